package community.porter.console.security;

import community.porter.access.console.ConsoleRole;
import community.porter.access.org.OrgNode;
import java.util.Objects;

/**
 * The signed-in console user as services see them: who they are, what they are and which part
 * of the organisation tree is theirs. Every console service takes one and draws the line of
 * what may be seen and changed here, not in the page, so a crafted request meets the same rule
 * as a click.
 *
 * @param userId the console user's id
 * @param username the login name, as audit entries name the actor ({@code console:<username>})
 * @param role what the user is
 * @param nodeId the id of the user's organisation node
 * @param nodePath the path of that node ({@code /1/4/9/}); everything at or under it is in scope
 */
public record ConsoleActor(long userId, String username, ConsoleRole role, long nodeId, String nodePath) {

    public ConsoleActor {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(nodePath, "nodePath");
    }

    /** The actor as audit entries and records name them: {@code console:<username>}. */
    public String auditName() {
        return "console:" + username;
    }

    /** True when {@code node} is the user's own node or lies under it. */
    public boolean covers(OrgNode node) {
        return node != null && coversPath(node.getPath());
    }

    /** True when the node with {@code path} is the user's own node or lies under it. */
    public boolean coversPath(String path) {
        return path != null && path.startsWith(nodePath);
    }

    /**
     * Refuses, as if it did not exist, a node outside the user's scope: telling a committee's
     * administrator "forbidden" would tell them the other committee's record exists.
     *
     * @throws OutOfScopeException when {@code node} is not at or under the user's node
     */
    public OrgNode require(OrgNode node) {
        if (!covers(node)) {
            throw new OutOfScopeException();
        }
        return node;
    }

    /**
     * True when the user belongs to a root of the organisation tree (a node without parent, whose
     * path holds one id): what reaches the whole installation, such as an API key, is theirs.
     */
    public boolean isAtTreeRoot() {
        return nodePath.indexOf('/', 1) == nodePath.length() - 1;
    }

    /** Administrators of any level; property staff are not. */
    public boolean isAdministrator() {
        return role != ConsoleRole.STAFF;
    }
}

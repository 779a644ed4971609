package community.porter.console.users;

import community.porter.access.console.ConsoleRole;
import community.porter.access.console.ConsoleUser;
import community.porter.access.org.OrgNodeType;
import java.time.Instant;

/**
 * A console user as the user pages show them, copied out of the persistence context.
 *
 * @param id the user's id
 * @param username the login name
 * @param displayName the name shown in the console
 * @param role what the user is
 * @param nodeId the id of the user's node
 * @param nodeName the node's name
 * @param nodeType the node's level
 * @param enabled false when the user may not sign in
 * @param locked true while a lock-out from failed logins lasts
 * @param self true when this is the signed-in user, who changes nothing of their own here
 */
public record UserLine(long id, String username, String displayName, ConsoleRole role, long nodeId, String nodeName,
        OrgNodeType nodeType, boolean enabled, boolean locked, boolean self) {

    static UserLine of(ConsoleUser user, Instant now, long actorId) {
        return new UserLine(user.getId(), user.getUsername(), user.getDisplayName(), user.getRole(),
                user.getNode().getId(), user.getNode().getName(), user.getNode().getType(), user.isEnabled(),
                user.isLockedAt(now), user.getId() == actorId);
    }
}

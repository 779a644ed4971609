package community.porter.console.users;

import community.porter.access.console.ConsoleRole;
import community.porter.access.console.ConsoleUser;
import community.porter.access.console.ConsoleUserRepository;
import community.porter.access.org.OrgNode;
import community.porter.access.org.OrgNodeRepository;
import community.porter.access.org.OrgNodeType;
import community.porter.access.person.Language;
import community.porter.console.security.ConsoleActor;
import community.porter.console.security.ConsoleAudit;
import community.porter.console.security.OutOfScopeException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Console users as administrators manage them. An administrator sees and changes only the users
 * at or under their own node whose role is not above their own, never one above or beside; a user
 * outside that is answered as if it did not exist. Property staff manage nobody. Nobody changes
 * their own account here (their password has its own page), so nobody locks themselves out or
 * raises themselves.
 */
@Service
class UserAdministration {

    private final ConsoleUserRepository users;
    private final OrgNodeRepository nodes;
    private final PasswordEncoder passwords;
    private final ConsoleAudit audit;
    private final Clock clock;

    UserAdministration(ConsoleUserRepository users, OrgNodeRepository nodes, PasswordEncoder passwords,
            ConsoleAudit audit, Clock clock) {
        this.users = users;
        this.nodes = nodes;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<UserLine> list(ConsoleActor actor) {
        requireAdministrator(actor);
        var now = clock.instant();
        return users.findAtOrUnder(actor.nodePath()).stream()
                .filter(user -> Grants.mayGrant(actor, user.getRole()))
                .map(user -> UserLine.of(user, now, actor.userId()))
                .toList();
    }

    /** The user {@code id}; one outside the actor's reach is not found. */
    @Transactional(readOnly = true)
    UserLine user(ConsoleActor actor, long id) {
        return UserLine.of(requireUser(actor, id), clock.instant(), actor.userId());
    }

    /** The roles the actor may give, from the top down. */
    List<ConsoleRole> grantableRoles(ConsoleActor actor) {
        requireAdministrator(actor);
        return Arrays.stream(ConsoleRole.values()).filter(role -> Grants.mayGrant(actor, role)).toList();
    }

    /** The nodes in scope a console user may belong to, down to communities, by path. */
    @Transactional(readOnly = true)
    List<NodeChoice> nodes(ConsoleActor actor) {
        requireAdministrator(actor);
        return nodes.findAtOrUnder(actor.nodePath()).stream()
                .filter(node -> node.getType().compareTo(OrgNodeType.COMMUNITY) <= 0)
                .map(node -> new NodeChoice(node.getId(), node.getName(), node.getType()))
                .toList();
    }

    /**
     * Creates a console user.
     *
     * @throws OutOfScopeException when the node is not in the actor's scope
     * @throws UserRefusedException when the name is taken, the password too weak or the role
     *                              does not fit
     */
    @Transactional
    long create(ConsoleActor actor, NewUserForm form) {
        requireAdministrator(actor);
        OrgNode node = requireNode(actor, form.getNode());
        checkRole(actor, form.getRole(), node);
        if (users.existsByUsername(form.getUsername())) {
            throw new UserRefusedException("username", "users.username.taken");
        }
        PasswordRule.problem(form.getUsername(), form.getPassword()).ifPresent(problem -> {
            throw new UserRefusedException("password", problem);
        });
        ConsoleUser user = users.save(new ConsoleUser(form.getUsername(), passwords.encode(form.getPassword()),
                form.getDisplayName(), node, form.getRole(), Language.ZH,
                clock.instant()));
        audit.record(actor, "USER_CREATED", "console_user", user.getId(),
                "username=" + user.getUsername() + " role=" + user.getRole() + " node=" + node.getId());
        return user.getId();
    }

    /** Gives user {@code id} another role and node, under the same rules as a new user. */
    @Transactional
    void assign(ConsoleActor actor, long id, ConsoleRole role, Long nodeId) {
        ConsoleUser user = requireOther(actor, id);
        OrgNode node = requireNode(actor, nodeId);
        checkRole(actor, role, node);
        String before = user.getRole() + "@" + user.getNode().getId();
        user.assign(role, node);
        audit.record(actor, "USER_CHANGED", "console_user", id,
                "username=" + user.getUsername() + " " + before + " -> " + role + "@" + node.getId());
    }

    @Transactional
    void disable(ConsoleActor actor, long id) {
        ConsoleUser user = requireOther(actor, id);
        user.disable();
        audit.record(actor, "USER_DISABLED", "console_user", id, "username=" + user.getUsername());
    }

    @Transactional
    void enable(ConsoleActor actor, long id) {
        ConsoleUser user = requireOther(actor, id);
        user.enable();
        audit.record(actor, "USER_ENABLED", "console_user", id, "username=" + user.getUsername());
    }

    /** Lifts a lock-out from failed logins at once and starts the count of failures again. */
    @Transactional
    void unlock(ConsoleActor actor, long id) {
        ConsoleUser user = requireOther(actor, id);
        user.recordSuccessfulLogin();
        audit.record(actor, "USER_UNLOCKED", "console_user", id, "username=" + user.getUsername());
    }

    /** Sets a password the administrator typed; the audit entry never holds it. */
    @Transactional
    void resetPassword(ConsoleActor actor, long id, String password) {
        ConsoleUser user = requireOther(actor, id);
        PasswordRule.problem(user.getUsername(), password).ifPresent(problem -> {
            throw new UserRefusedException("password", problem);
        });
        user.changePasswordHash(passwords.encode(password));
        audit.record(actor, "USER_PASSWORD_RESET", "console_user", id, "username=" + user.getUsername());
    }

    private static void requireAdministrator(ConsoleActor actor) {
        if (!actor.isAdministrator()) {
            throw new AccessDeniedException("Console users are managed by administrators only");
        }
    }

    /** A user at or under the actor's node, not above the actor's role. */
    private ConsoleUser requireUser(ConsoleActor actor, long id) {
        requireAdministrator(actor);
        return users.findById(id)
                .filter(user -> actor.covers(user.getNode()))
                .filter(user -> Grants.mayGrant(actor, user.getRole()))
                .orElseThrow(OutOfScopeException::new);
    }

    private ConsoleUser requireOther(ConsoleActor actor, long id) {
        ConsoleUser user = requireUser(actor, id);
        if (user.getId() == actor.userId()) {
            throw new UserRefusedException(null, "users.refused.self");
        }
        return user;
    }

    private OrgNode requireNode(ConsoleActor actor, Long nodeId) {
        if (nodeId == null) {
            throw new UserRefusedException("node", "users.node.required");
        }
        return actor.require(nodes.findById(nodeId).orElseThrow(OutOfScopeException::new));
    }

    private static void checkRole(ConsoleActor actor, ConsoleRole role, OrgNode node) {
        if (role == null || !Grants.mayGrant(actor, role)) {
            throw new UserRefusedException("role", "users.role.aboveOwn");
        }
        if (!Grants.fits(role, node.getType())) {
            throw new UserRefusedException("role", "users.role.doesNotFitNode");
        }
    }

    /** A node offered in a select: its id, name and level. */
    public record NodeChoice(long id, String name, OrgNodeType type) {
    }
}

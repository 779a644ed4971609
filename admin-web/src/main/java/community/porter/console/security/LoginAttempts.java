package community.porter.console.security;

import community.porter.access.audit.AuditTrail;
import community.porter.access.console.ConsoleUser;
import community.porter.access.console.ConsoleUserRepository;
import community.porter.console.system.ConsoleProperties;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed console logins on the user's record, so a lock-out survives a restart and holds
 * on every node of a cluster: {@code porter.console.max-failed-logins} wrong passwords in a row
 * lock the account for {@code porter.console.lockout}. Names that belong to no user are not
 * counted, so guessing names cannot fill anything up. Logins, failed logins and lock-outs of real
 * users go to the audit log.
 */
@Service
public class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

    private final ConsoleUserRepository users;
    private final ConsoleProperties.Console policy;
    private final AuditTrail audit;
    private final Clock clock;

    LoginAttempts(ConsoleUserRepository users, ConsoleProperties properties, AuditTrail audit,
            ObjectProvider<Clock> clock) {
        this.users = users;
        this.policy = properties.console();
        this.audit = audit;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** A wrong password for {@code username}; may lock the account. */
    @Transactional
    public void recordFailure(String username) {
        if (username == null) {
            return;
        }
        var now = clock.instant();
        users.findByUsername(username).filter(user -> !user.isLockedAt(now)).ifPresent(user -> {
            user.recordFailedLogin(now, policy.maxFailedLogins(), policy.lockout());
            users.save(user);
            // Who tried to get in is part of the record administrators read (and answer for).
            record(user, "LOGIN_FAILED", null);
            if (user.isLockedAt(now)) {
                log.warn("Console user {} locked until {} after {} failed logins",
                        username, user.getLockedUntil(), policy.maxFailedLogins());
                record(user, "ACCOUNT_LOCKED", "until " + user.getLockedUntil());
            }
        });
    }

    /** A successful login: the count of failures starts again. */
    @Transactional
    public void recordSuccess(String username) {
        users.findByUsername(username).ifPresent(user -> {
            user.recordSuccessfulLogin();
            users.save(user);
            record(user, "LOGIN", null);
        });
    }

    private void record(ConsoleUser user, String action, String detail) {
        audit.record("console:" + user.getUsername(), action, "console_user", user.getId().toString(), detail,
                user.getNode().getPath());
    }
}

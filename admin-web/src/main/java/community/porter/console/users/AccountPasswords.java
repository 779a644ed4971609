package community.porter.console.users;

import community.porter.access.console.ConsoleUser;
import community.porter.access.console.ConsoleUserRepository;
import community.porter.console.security.ConsoleActor;
import community.porter.console.security.ConsoleAudit;
import community.porter.console.security.OutOfScopeException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every signed-in console user changes their own password, proving it is them with the current
 * one: a session left open on a shared screen must not be enough to take the account over.
 */
@Service
class AccountPasswords {

    private final ConsoleUserRepository users;
    private final PasswordEncoder passwords;
    private final ConsoleAudit audit;

    AccountPasswords(ConsoleUserRepository users, PasswordEncoder passwords, ConsoleAudit audit) {
        this.users = users;
        this.passwords = passwords;
        this.audit = audit;
    }

    /**
     * Replaces the actor's password.
     *
     * @throws UserRefusedException when the current password is wrong or the new one too weak
     */
    @Transactional
    void change(ConsoleActor actor, String currentPassword, String newPassword) {
        ConsoleUser user = users.findById(actor.userId()).orElseThrow(OutOfScopeException::new);
        if (currentPassword == null || !passwords.matches(currentPassword, user.getPasswordHash())) {
            throw new UserRefusedException("currentPassword", "users.password.currentWrong");
        }
        PasswordRule.problem(user.getUsername(), newPassword).ifPresent(problem -> {
            throw new UserRefusedException("newPassword", problem);
        });
        user.changePasswordHash(passwords.encode(newPassword));
        audit.record(actor, "PASSWORD_CHANGED", "console_user", user.getId(), null);
    }
}

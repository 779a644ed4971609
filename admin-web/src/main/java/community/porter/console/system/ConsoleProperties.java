package community.porter.console.system;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the web console: the bootstrap administrator ({@code porter.admin.*}) and the
 * login session ({@code porter.console.*}). Both groups live under {@code porter} because
 * operators look for the admin user there (SPEC §8); everything has a default, so Porter starts
 * with no configuration at all.
 *
 * @param admin the administrator created when the console has no user yet
 * @param console session and login policy of the console
 */
@Validated
@ConfigurationProperties(prefix = "porter")
public record ConsoleProperties(@Valid @DefaultValue Admin admin, @Valid @DefaultValue Console console) {

    /**
     * The first console user, created by {@link AdminBootstrap} only while no console user exists.
     *
     * @param username {@code porter.admin.username}: login name of the first administrator
     *     (default {@code admin})
     * @param password {@code porter.admin.password}: its password; blank (the default) means a
     *     random 16-character password is generated and printed once at start
     */
    public record Admin(
            @DefaultValue("admin") @NotBlank @Size(max = 64)
                    @Pattern(regexp = "[A-Za-z0-9._@-]+",
                            message = "may contain only letters, digits and . _ @ -")
                    String username,
            @Pattern(regexp = "\\s*|.{8,128}",
                            message = "must be blank (generate one) or 8 to 128 characters long")
                    String password) {

        /** True when no password is configured and one has to be generated. */
        public boolean generatePassword() {
            return password == null || password.isBlank();
        }

        /** Keeps the configured password out of {@code toString()}, so it never reaches a log. */
        @Override
        public String toString() {
            return "Admin[username=" + username + ", password=" + (generatePassword() ? "<generate>" : "<set>") + "]";
        }
    }

    /**
     * Login session and lock-out policy.
     *
     * @param sessionTimeout {@code porter.console.session-timeout}: a console session ends after
     *     this much inactivity (default 30 minutes)
     * @param maxFailedLogins {@code porter.console.max-failed-logins}: wrong passwords in a row
     *     that lock an account (default 5)
     * @param lockout {@code porter.console.lockout}: how long a locked account stays locked
     *     (default 15 minutes)
     */
    public record Console(
            @DefaultValue("30m") @NotNull @DurationMin(minutes = 1) Duration sessionTimeout,
            @DefaultValue("5") @Min(1) @Max(100) int maxFailedLogins,
            @DefaultValue("15m") @NotNull @DurationMin(minutes = 1) Duration lockout) {}
}

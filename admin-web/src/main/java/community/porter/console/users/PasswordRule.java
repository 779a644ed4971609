package community.porter.console.users;

import java.util.Optional;

/**
 * What a console password must be: at least {@value #MIN_LENGTH} characters, and not the user
 * name, the first thing anyone guessing would try.
 */
final class PasswordRule {

    static final int MIN_LENGTH = 12;

    private PasswordRule() {
    }

    /** The key of the text saying what is wrong with {@code password}, or empty when it will do. */
    static Optional<String> problem(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("users.password.tooShort");
        }
        if (username != null && password.strip().equalsIgnoreCase(username.strip())) {
            return Optional.of("users.password.isUsername");
        }
        return Optional.empty();
    }
}

package community.porter.access.visitor;

import java.security.SecureRandom;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/**
 * Draws the digit codes of the visitor flow: 4-digit approval codes and 6-digit pass codes. A
 * pass code opens a door, so codes come from {@link SecureRandom} and are never sequential.
 */
@Component
public class VisitorCodes {

    /** Enough draws that a collision streak means the code space is exhausted, not bad luck. */
    private static final int MAX_DRAWS = 50;

    private final SecureRandom random = new SecureRandom();

    /**
     * A code of {@code digits} digits that {@code taken} does not reject.
     *
     * @throws IllegalStateException when every draw was taken (the community has run out of codes)
     */
    public String unique(int digits, Predicate<String> taken) {
        int bound = (int) Math.pow(10, digits);
        for (int i = 0; i < MAX_DRAWS; i++) {
            String code = String.format("%0" + digits + "d", random.nextInt(bound));
            if (!taken.test(code)) {
                return code;
            }
        }
        throw new IllegalStateException("no free " + digits + "-digit code after " + MAX_DRAWS + " draws");
    }
}

package community.porter.demo.smsc;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How the demo SMSC simulator is set up. It always listens on the loopback interface: it has no
 * real subscribers behind it and must never be reachable from the network.
 *
 * @param port              TCP port to listen on; 0 picks a free one ({@link DemoSmsc#port()}
 *                          tells which)
 * @param systemId          the system_id an ESME must bind with (at most 15 characters)
 * @param password          the password an ESME must bind with (at most 8 characters, SMPP 3.4)
 * @param serviceNumber     Porter's service number: the destination of every simulated MO
 * @param countryCode       country calling code used to read national numbers in submit_sm
 *                          destinations (e.g. {@code 86})
 * @param maxParts          most parts a simulated MO may be split into
 * @param conversationLimit messages kept per phone; older ones are dropped
 * @param receiptDelay      how long after a submit_sm its delivery receipt is sent, like a
 *                          handset acknowledging a little later
 * @param redeliveryDelay   how long before a deliver_sm that was refused, timed out or lost with
 *                          its session is offered again
 * @param requestTimeout    how long the ESME has to answer a deliver_sm
 */
public record DemoSmscSettings(
        int port,
        String systemId,
        String password,
        String serviceNumber,
        String countryCode,
        int maxParts,
        int conversationLimit,
        Duration receiptDelay,
        Duration redeliveryDelay,
        Duration requestTimeout) {

    /**
     * A free port: Porter binds in-process and learns the port from {@link DemoSmsc#port()}, so
     * two demos (or a test suite) on one machine never collide.
     */
    public static final int DEFAULT_PORT = 0;
    public static final String DEFAULT_SYSTEM_ID = "porter";
    public static final String DEFAULT_PASSWORD = "demo";
    public static final String DEFAULT_SERVICE_NUMBER = "10690000";

    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,20}");

    /** Checks every setting, so a wrong one stops start-up with a clear message. */
    public DemoSmscSettings {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("demo SMSC port " + port + " is not 0 to 65535");
        }
        requireLength("system id", systemId, 15);
        requireLength("password", password, 8);
        requireDigits("service number", serviceNumber);
        requireDigits("country code", countryCode);
        if (maxParts < 1 || maxParts > 255) {
            throw new IllegalArgumentException("demo SMSC max parts " + maxParts + " is not 1 to 255");
        }
        if (conversationLimit < 1) {
            throw new IllegalArgumentException("demo SMSC conversation limit must be positive");
        }
        requirePositive("receipt delay", receiptDelay, true);
        requirePositive("redelivery delay", redeliveryDelay, false);
        requirePositive("request timeout", requestTimeout, false);
    }

    /** Settings for the demo: a free port, {@code porter}/{@code demo}, service number {@code 10690000}. */
    public static DemoSmscSettings defaults() {
        return new DemoSmscSettings(DEFAULT_PORT, DEFAULT_SYSTEM_ID, DEFAULT_PASSWORD, DEFAULT_SERVICE_NUMBER,
                "86", 10, 200, Duration.ofMillis(300), Duration.ofSeconds(5), Duration.ofSeconds(10));
    }

    /** The same settings on another port (0 for a free one). */
    public DemoSmscSettings withPort(int newPort) {
        return new DemoSmscSettings(newPort, systemId, password, serviceNumber, countryCode, maxParts,
                conversationLimit, receiptDelay, redeliveryDelay, requestTimeout);
    }

    /** The same settings with other bind credentials. */
    public DemoSmscSettings withCredentials(String newSystemId, String newPassword) {
        return new DemoSmscSettings(port, newSystemId, newPassword, serviceNumber, countryCode, maxParts,
                conversationLimit, receiptDelay, redeliveryDelay, requestTimeout);
    }

    /** The same settings with another service number. */
    public DemoSmscSettings withServiceNumber(String newServiceNumber) {
        return new DemoSmscSettings(port, systemId, password, newServiceNumber, countryCode, maxParts,
                conversationLimit, receiptDelay, redeliveryDelay, requestTimeout);
    }

    /** The same settings with other delays (tests shorten them). */
    public DemoSmscSettings withDelays(Duration newReceiptDelay, Duration newRedeliveryDelay,
            Duration newRequestTimeout) {
        return new DemoSmscSettings(port, systemId, password, serviceNumber, countryCode, maxParts,
                conversationLimit, newReceiptDelay, newRedeliveryDelay, newRequestTimeout);
    }

    private static void requireLength(String what, String value, int max) {
        Objects.requireNonNull(value, "demo SMSC " + what);
        if (value.isEmpty() || value.length() > max) {
            throw new IllegalArgumentException("demo SMSC " + what + " must have 1 to " + max + " characters");
        }
    }

    private static void requireDigits(String what, String value) {
        if (value == null || !DIGITS.matcher(value).matches()) {
            throw new IllegalArgumentException("demo SMSC " + what + " '" + value + "' must be digits only");
        }
    }

    private static void requirePositive(String what, Duration value, boolean zeroAllowed) {
        Objects.requireNonNull(value, "demo SMSC " + what);
        if (value.isNegative() || (!zeroAllowed && value.isZero())) {
            throw new IllegalArgumentException("demo SMSC " + what + " must be positive");
        }
    }
}

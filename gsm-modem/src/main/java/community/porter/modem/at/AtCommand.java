package community.porter.modem.at;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One AT command and the rules for reading its answer. Build it with {@link #of(String)} and the
 * {@code with...} methods; {@link AtSession#execute(AtCommand)} runs it.
 *
 * @param text              the command line without its CR, e.g. {@code AT+CMGR=3}
 * @param timeoutClass      which of the session's default deadlines applies
 * @param timeout           a deadline for this command alone, overriding the class's
 * @param responsePrefix    the prefix of this command's information response, e.g.
 *                          {@code +CREG:}; a line with it is this command's answer even where the
 *                          same prefix also comes unsolicited (+CREG, +CPIN, +CFUN)
 * @param finalOptional     whether the information response may be the last thing the modem
 *                          sends: after it the final result is waited for only the session's
 *                          short grace period (for modems that answer AT+CMGS with
 *                          {@code +CMGS: <mr>} and no OK)
 * @param payload           text to type after the {@code >} prompt, sent with Ctrl-Z (the PDU of
 *                          AT+CMGS)
 * @param sensitive         whether the command line holds a secret (a PIN): logs and errors
 *                          show {@link #logText()} instead
 */
public record AtCommand(String text, TimeoutClass timeoutClass, Optional<Duration> timeout,
        Optional<String> responsePrefix, boolean finalOptional, Optional<String> payload, boolean sensitive) {

    /**
     * @throws IllegalArgumentException when the text or payload holds a character that would
     *                                  end it early on the wire (CR, LF, Ctrl-Z, ESC)
     */
    public AtCommand {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(timeoutClass, "timeoutClass");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(responsePrefix, "responsePrefix");
        Objects.requireNonNull(payload, "payload");
        if (text.isBlank()) {
            throw new IllegalArgumentException("an AT command needs text");
        }
        checkCharacters(text, "command");
        payload.ifPresent(p -> checkCharacters(p, "payload"));
        timeout.ifPresent(d -> {
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("a command timeout must be positive, got " + d);
            }
        });
        if (finalOptional && responsePrefix.isEmpty()) {
            throw new IllegalArgumentException("an optional final result needs the response prefix it follows");
        }
    }

    /**
     * @param text the command line without CR
     * @return a short command with no information prefix
     */
    public static AtCommand of(String text) {
        return new AtCommand(text, TimeoutClass.SHORT, Optional.empty(), Optional.empty(), false, Optional.empty(),
                false);
    }

    /**
     * @param prefix the information response's prefix, e.g. {@code +CSQ:}
     * @return this command expecting that answer
     */
    public AtCommand expecting(String prefix) {
        return new AtCommand(text, timeoutClass, timeout, Optional.of(prefix), finalOptional, payload, sensitive);
    }

    /**
     * The rule for modems that end a command with its information response and no OK: the
     * command completes on a line with {@code prefix}, waiting only a short grace period for an
     * OK that may or may not follow.
     *
     * @param prefix the information response's prefix
     * @return this command with that rule
     */
    public AtCommand completingOn(String prefix) {
        return new AtCommand(text, timeoutClass, timeout, Optional.of(prefix), true, payload, sensitive);
    }

    /**
     * @param text what to type after the prompt, without Ctrl-Z
     * @return this command sent in two steps, in the {@link TimeoutClass#SEND} class
     */
    public AtCommand withPayload(String text) {
        return new AtCommand(this.text, TimeoutClass.SEND, timeout, responsePrefix, finalOptional,
                Optional.of(text), sensitive);
    }

    /**
     * @param timeoutClass the default deadline that applies
     * @return this command in that class
     */
    public AtCommand in(TimeoutClass timeoutClass) {
        return new AtCommand(text, timeoutClass, timeout, responsePrefix, finalOptional, payload, sensitive);
    }

    /**
     * @param deadline how long this command may take, from the moment it is written
     * @return this command with its own deadline
     */
    public AtCommand withTimeout(Duration deadline) {
        return new AtCommand(text, timeoutClass, Optional.of(deadline), responsePrefix, finalOptional, payload,
                sensitive);
    }

    /**
     * @return this command marked as holding a secret
     */
    public AtCommand asSensitive() {
        return new AtCommand(text, timeoutClass, timeout, responsePrefix, finalOptional, payload, true);
    }

    /**
     * @return the text for logs and error messages: everything after {@code =} hidden when the
     *         command is sensitive
     */
    public String logText() {
        if (!sensitive) {
            return text;
        }
        int equals = text.indexOf('=');
        return (equals < 0 ? text : text.substring(0, equals + 1)) + "****";
    }

    /**
     * @param line a line the modem sent
     * @return whether it is the echo of this command or of its payload: modems echo with their
     *         own case and spacing, so both are ignored
     */
    boolean isEcho(String line) {
        String echoed = comparable(line);
        return echoed.equals(comparable(text)) || payload.map(p -> echoed.equals(comparable(p))).orElse(false);
    }

    /**
     * @param line a line the modem sent
     * @return whether it starts with this command's information prefix
     */
    boolean isInformation(String line) {
        return responsePrefix.map(prefix -> line.regionMatches(true, 0, prefix, 0, prefix.length())).orElse(false);
    }

    private static String comparable(String line) {
        return line.replace(" ", "").toUpperCase(Locale.ROOT);
    }

    private static void checkCharacters(String value, String what) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\r' || c == '\n' || c == AtSession.CTRL_Z || c == AtSession.ESC) {
                throw new IllegalArgumentException(String.format(
                        "the %s must not contain control character 0x%02X", what, (int) c));
            }
        }
    }

    /** Which default deadline a command gets (see {@link AtSessionSettings}). */
    public enum TimeoutClass {
        /** Queries and settings the modem answers at once (default 5 s). */
        SHORT,
        /** Commands that touch the SIM or the radio at length: listing, PIN, reset (default 30 s). */
        LONG,
        /** AT+CMGS and its payload: the network may take its time to accept (default 60 s). */
        SEND
    }
}

package community.porter.modem.at;

import java.time.Duration;
import java.util.Objects;

/**
 * The deadlines and tables of an {@link AtSession}.
 *
 * @param shortTimeout   deadline of {@link AtCommand.TimeoutClass#SHORT} commands: queries and
 *                       settings a modem answers at once (default 5 s)
 * @param longTimeout    deadline of {@link AtCommand.TimeoutClass#LONG} commands: listing a full
 *                       SIM, entering a PIN, a reset (default 30 s)
 * @param sendTimeout    deadline of {@link AtCommand.TimeoutClass#SEND} commands, from the
 *                       payload's Ctrl-Z to the result: the network may take its time to
 *                       accept a message (default 60 s)
 * @param promptTimeout  how long to wait for the {@code >} prompt before aborting with ESC
 *                       (default 10 s)
 * @param finalGrace     how long a command whose final result is optional waits for it after
 *                       its information response (default 1 s): long enough for a modem that
 *                       does send OK, so that OK is not taken for the next command's; also
 *                       how long the line must stay quiet after the {@code AT} that brings the
 *                       modem back in step after a timeout
 * @param resyncTimeout  after a timeout, how long the {@code AT} that brings the modem back in
 *                       step may take before the next command (default 2 s)
 * @param turnTimeout    how long a command may wait for the one before it to finish before
 *                       giving up unsent (default 90 s: longer than the longest send)
 * @param readPoll       how long the reader waits for bytes before checking whether the session
 *                       was closed (default 200 ms)
 * @param urcs           the unsolicited result codes recognised
 */
public record AtSessionSettings(Duration shortTimeout, Duration longTimeout, Duration sendTimeout,
        Duration promptTimeout, Duration finalGrace, Duration resyncTimeout, Duration turnTimeout,
        Duration readPoll, UrcTable urcs) {

    /** The defaults described on each component. */
    public static final AtSessionSettings DEFAULT = new AtSessionSettings(Duration.ofSeconds(5),
            Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(10), Duration.ofSeconds(1),
            Duration.ofSeconds(2), Duration.ofSeconds(90), Duration.ofMillis(200), UrcTable.defaults());

    /**
     * @throws IllegalArgumentException when a duration is not positive
     */
    public AtSessionSettings {
        positive(shortTimeout, "shortTimeout");
        positive(longTimeout, "longTimeout");
        positive(sendTimeout, "sendTimeout");
        positive(promptTimeout, "promptTimeout");
        positive(finalGrace, "finalGrace");
        positive(resyncTimeout, "resyncTimeout");
        positive(turnTimeout, "turnTimeout");
        positive(readPoll, "readPoll");
        Objects.requireNonNull(urcs, "urcs");
    }

    /**
     * @param shortDeadline deadline of short commands
     * @param longDeadline  deadline of long commands
     * @param sendDeadline  deadline of sends
     * @param prompt        wait for the prompt
     * @return these settings with those deadlines
     */
    public AtSessionSettings withTimeouts(Duration shortDeadline, Duration longDeadline, Duration sendDeadline,
            Duration prompt) {
        return new AtSessionSettings(shortDeadline, longDeadline, sendDeadline, prompt, finalGrace, resyncTimeout,
                turnTimeout, readPoll, urcs);
    }

    /**
     * @param grace  wait for an optional final result
     * @param resync deadline of the {@code AT} after a timeout
     * @return these settings with those waits
     */
    public AtSessionSettings withGraceAndResync(Duration grace, Duration resync) {
        return new AtSessionSettings(shortTimeout, longTimeout, sendTimeout, promptTimeout, grace, resync,
                turnTimeout, readPoll, urcs);
    }

    /**
     * @param table the unsolicited result codes to recognise
     * @return these settings with that table
     */
    public AtSessionSettings withUrcs(UrcTable table) {
        return new AtSessionSettings(shortTimeout, longTimeout, sendTimeout, promptTimeout, finalGrace,
                resyncTimeout, turnTimeout, readPoll, table);
    }

    /**
     * @param command a command
     * @return its deadline: its own, or its class's
     */
    public Duration timeoutFor(AtCommand command) {
        return command.timeout().orElseGet(() -> switch (command.timeoutClass()) {
            case SHORT -> shortTimeout;
            case LONG -> longTimeout;
            case SEND -> sendTimeout;
        });
    }

    private static void positive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, got " + value);
        }
    }
}

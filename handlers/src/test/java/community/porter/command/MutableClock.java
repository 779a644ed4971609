package community.porter.command;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * A clock that stands still until a test moves it, so minute and day windows and the 24-hour
 * quiet period of the visitor help are tested by moving time, never by waiting for it.
 * Thread-safe; always UTC.
 */
public final class MutableClock extends Clock {

    /** Hour of the (UTC) day a test starts at: far from midnight, on a whole minute. */
    private static final Duration MORNING = Duration.ofHours(2);

    private volatile Instant now;

    public MutableClock(Instant start) {
        this.now = start;
    }

    /** Moves time forward by {@code amount}. */
    public void advance(Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("time only moves forward: " + amount);
        }
        now = now.plus(amount);
    }

    /**
     * Moves to 02:00:00 UTC two days on: every minute and day window and every 24-hour period
     * that an earlier test opened is over.
     */
    public void startNewDay() {
        now = now.truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(2)).plus(MORNING);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("Porter keeps time in UTC");
    }
}

package community.porter.modem.camel;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A per-modem budget of parts per minute over a sliding minute: SIM contracts and operators'
 * anti-spam rules count messages per minute per SIM, so a burst must wait, not be refused.
 */
final class SendRate {

    private static final long MINUTE_MILLIS = 60_000;

    private final int perMinute;
    private final Clock clock;
    private final Deque<Long> sent = new ArrayDeque<>();

    /** @param perMinute parts per minute, 0 for no limit */
    SendRate(int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    /** @return how many parts may go now without waiting; {@link Integer#MAX_VALUE} when unlimited */
    synchronized int budget() {
        if (perMinute == 0) {
            return Integer.MAX_VALUE;
        }
        forgetOld(clock.millis());
        return perMinute - sent.size();
    }

    /**
     * Takes one part from the budget.
     *
     * @return milliseconds to wait before sending it; 0 when it may go now
     */
    synchronized long reserve() {
        if (perMinute == 0) {
            return 0;
        }
        long now = clock.millis();
        forgetOld(now);
        long at = sent.size() < perMinute ? now : sent.toArray(new Long[0])[sent.size() - perMinute] + MINUTE_MILLIS;
        sent.addLast(Math.max(at, now));
        return Math.max(0, at - now);
    }

    private void forgetOld(long now) {
        while (!sent.isEmpty() && sent.peekFirst() <= now - MINUTE_MILLIS) {
            sent.removeFirst();
        }
    }
}

package community.porter.modem.camel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** A modem's parts-per-minute budget over a sliding minute. */
class SendRateTest {

    /** A clock the test moves. */
    private static final class MovingClock extends Clock {
        private Instant now = Instant.parse("2026-11-23T10:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }
    }

    @Test
    void aBurstBeyondTheRateWaitsForTheMinuteToMoveOn() {
        MovingClock clock = new MovingClock();
        SendRate rate = new SendRate(2, clock);

        assertThat(rate.budget()).isEqualTo(2);
        assertThat(rate.reserve()).isZero();
        clock.advance(Duration.ofSeconds(10));
        assertThat(rate.reserve()).isZero();
        assertThat(rate.budget()).isZero();
        // The third part may go a minute after the first.
        assertThat(rate.reserve()).isEqualTo(Duration.ofSeconds(50).toMillis());

        clock.advance(Duration.ofSeconds(61));
        assertThat(rate.budget()).isEqualTo(1);
    }

    @Test
    void noLimitNeverWaits() {
        SendRate rate = new SendRate(0, new MovingClock());

        for (int i = 0; i < 1000; i++) {
            assertThat(rate.reserve()).isZero();
        }
        assertThat(rate.budget()).isEqualTo(Integer.MAX_VALUE);
    }
}

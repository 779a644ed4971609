package community.porter.access.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UnblockTriesTest {

    static final Instant T0 = Instant.parse("2026-11-23T01:30:00Z");
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(15);

    @Test
    void theFifthWrongSecretWithinTheWindowLocksForTheLockDuration() {
        UnblockTries tries = new UnblockTries("+8613800000002", "D0002", T0);

        for (int i = 1; i <= 4; i++) {
            assertThat(tries.countWrong(T0.plusSeconds(i), 5, WINDOW, LOCK)).isEqualTo(5 - i);
        }
        assertThat(tries.countWrong(T0.plusSeconds(5), 5, WINDOW, LOCK)).as("tries left").isZero();

        assertThat(tries.isLocked(T0.plusSeconds(6))).isTrue();
        assertThat(tries.isLocked(T0.plusSeconds(5).plus(LOCK))).as("lock over").isFalse();
    }

    @Test
    void wrongSecretsOlderThanTheWindowNoLongerCount() {
        UnblockTries tries = new UnblockTries("+8613800000002", "D0002", T0);
        for (int i = 0; i < 4; i++) {
            tries.countWrong(T0, 5, WINDOW, LOCK);
        }

        assertThat(tries.countWrong(T0.plus(WINDOW), 5, WINDOW, LOCK)).isEqualTo(4);
        assertThat(tries.isLocked(T0.plus(WINDOW))).isFalse();
    }
}

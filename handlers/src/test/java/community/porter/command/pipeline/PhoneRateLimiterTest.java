package community.porter.command.pipeline;

import static community.porter.command.pipeline.PhoneRateLimiter.Verdict.ALLOW;
import static community.porter.command.pipeline.PhoneRateLimiter.Verdict.LIMITED_ANSWER;
import static community.porter.command.pipeline.PhoneRateLimiter.Verdict.LIMITED_SILENT;
import static org.assertj.core.api.Assertions.assertThat;

import community.porter.command.MutableClock;
import community.porter.command.pipeline.PhoneRateLimiter.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The per-phone abuse limits of SPEC §3.5, counted in minute and day windows of the clock. */
class PhoneRateLimiterTest {

    private static final String PHONE = "+8613800000001";
    private static final String OTHER = "+8613800000002";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T02:00:00Z"));
    private final PhoneRateLimiter limiter = new PhoneRateLimiter(new LimitsProperties(10, 100, 5), clock);

    @Test
    void tenCommandsAMinuteAreAllowedTheEleventhIsAnsweredOnceAndTheRestIsSilence() {
        List<Verdict> verdicts = check(PHONE, false, 13);

        assertThat(verdicts.subList(0, 10)).containsOnly(ALLOW);
        assertThat(verdicts.subList(10, 13)).containsExactly(LIMITED_ANSWER, LIMITED_SILENT, LIMITED_SILENT);
    }

    @Test
    void theNextMinuteStartsAfresh() {
        check(PHONE, false, 12);

        clock.advance(Duration.ofMinutes(1));

        assertThat(check(PHONE, false, 11)).endsWith(LIMITED_ANSWER).startsWith(ALLOW);
    }

    @Test
    void theSixthDoorCommandInAMinuteIsLimitedWhileOtherCommandsStillPass() {
        assertThat(check(PHONE, true, 5)).containsOnly(ALLOW);

        assertThat(limiter.check(PHONE, true)).isEqualTo(LIMITED_ANSWER);
        assertThat(limiter.check(PHONE, false)).isEqualTo(ALLOW);
        assertThat(limiter.check(PHONE, true)).isEqualTo(LIMITED_SILENT);
    }

    @Test
    void aHundredCommandsADayAreAllowedThenOneAnswerThenSilenceUntilTheNextDay() {
        List<Verdict> verdicts = new ArrayList<>();
        for (int minute = 0; minute < 11; minute++) {
            verdicts.addAll(check(PHONE, false, 10));
            clock.advance(Duration.ofMinutes(1));
        }

        assertThat(verdicts.subList(0, 100)).containsOnly(ALLOW);
        assertThat(verdicts.subList(100, 110)).containsExactly(LIMITED_ANSWER, LIMITED_SILENT, LIMITED_SILENT,
                LIMITED_SILENT, LIMITED_SILENT, LIMITED_SILENT, LIMITED_SILENT, LIMITED_SILENT, LIMITED_SILENT,
                LIMITED_SILENT);
        assertThat(limiter.check(PHONE, false)).as("a fresh minute of the same day").isEqualTo(LIMITED_SILENT);

        clock.advance(Duration.ofDays(1));
        assertThat(limiter.check(PHONE, false)).isEqualTo(ALLOW);
    }

    @Test
    void anotherPhoneIsNotAffectedByAFlood() {
        check(PHONE, true, 50);

        assertThat(check(OTHER, true, 5)).containsOnly(ALLOW);
    }

    @Test
    void theLimitsAreConfigurable() {
        PhoneRateLimiter strict = new PhoneRateLimiter(new LimitsProperties(2, 3, 1), clock);

        assertThat(List.of(strict.check(PHONE, true), strict.check(PHONE, true))).containsExactly(ALLOW, LIMITED_ANSWER);
        assertThat(strict.check(OTHER, false)).isEqualTo(ALLOW);
        assertThat(strict.check(OTHER, false)).isEqualTo(ALLOW);
        assertThat(strict.check(OTHER, false)).isEqualTo(LIMITED_ANSWER);
    }

    @Test
    void phonesNotHeardFromTodayAreForgottenAndTodaysAreKept() {
        limiter.check(PHONE, false);
        clock.advance(Duration.ofDays(1));
        limiter.check(OTHER, false);

        limiter.forgetIdle();

        assertThat(limiter.countedPhones()).isEqualTo(1);
        assertThat(limiter.check(OTHER, false)).isEqualTo(ALLOW);
    }

    private List<Verdict> check(String phone, boolean door, int times) {
        List<Verdict> verdicts = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            verdicts.add(limiter.check(phone, door));
        }
        return verdicts;
    }
}

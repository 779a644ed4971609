package community.porter.command.pipeline;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts the commands of each phone in fixed minute and day windows (SPEC §3.5). The first
 * message over a limit is answered once with {@code RATE_LIMITED}; the rest of that window is
 * silence, so a flood cannot turn Porter into an SMS cannon.
 */
@Component
public class PhoneRateLimiter {

    /** What to do with one message. */
    public enum Verdict {
        ALLOW,
        /** Over a limit for the first time in this window: answer once. */
        LIMITED_ANSWER,
        /** Over a limit again: stay silent. */
        LIMITED_SILENT
    }

    private final LimitsProperties limits;
    private final Clock clock;
    private final ConcurrentMap<String, Counters> counters = new ConcurrentHashMap<>();

    public PhoneRateLimiter(LimitsProperties limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /** Counts one message of {@code phone} and says whether it may be handled. */
    public Verdict check(String phone, boolean doorCommand) {
        Instant now = clock.instant();
        long minute = now.truncatedTo(ChronoUnit.MINUTES).getEpochSecond();
        long day = now.truncatedTo(ChronoUnit.DAYS).getEpochSecond();
        Counters c = counters.computeIfAbsent(phone, p -> new Counters());
        synchronized (c) {
            c.roll(minute, day);
            c.minuteCount++;
            c.dayCount++;
            if (doorCommand) {
                c.doorCount++;
            }
            boolean overDay = c.dayCount > limits.perDay();
            boolean overMinute = c.minuteCount > limits.perMinute()
                    || (doorCommand && c.doorCount > limits.doorPerMinute());
            if (overDay) {
                return c.answerOnce(true);
            }
            return overMinute ? c.answerOnce(false) : Verdict.ALLOW;
        }
    }

    /**
     * Drops counters of phones not heard from today, so memory follows active phones only (any
     * number can write to Porter, and a sender address is easily forged). Runs every hour.
     */
    @Scheduled(fixedDelay = 1, initialDelay = 1, timeUnit = TimeUnit.HOURS)
    public void forgetIdle() {
        long today = clock.instant().truncatedTo(ChronoUnit.DAYS).getEpochSecond();
        counters.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                return e.getValue().day < today;
            }
        });
    }

    /** How many phones are being counted now. */
    int countedPhones() {
        return counters.size();
    }

    private static final class Counters {
        long minute;
        long day;
        int minuteCount;
        int doorCount;
        int dayCount;
        boolean answeredThisMinute;
        boolean answeredToday;

        void roll(long nowMinute, long nowDay) {
            if (nowDay != day) {
                day = nowDay;
                dayCount = 0;
                answeredToday = false;
            }
            if (nowMinute != minute) {
                minute = nowMinute;
                minuteCount = 0;
                doorCount = 0;
                answeredThisMinute = false;
            }
        }

        Verdict answerOnce(boolean dayLimit) {
            boolean answered = dayLimit ? answeredToday : answeredThisMinute;
            if (answered) {
                return Verdict.LIMITED_SILENT;
            }
            if (dayLimit) {
                answeredToday = true;
            } else {
                answeredThisMinute = true;
            }
            return Verdict.LIMITED_ANSWER;
        }
    }
}

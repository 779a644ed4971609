package community.porter.access.notice;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How broadcasts are released ({@code porter.broadcasts.*}). Quiet hours are read in the
 * community's time zone, {@code porter.visitors.time-zone}.
 *
 * @param quietHours      {@code HH:mm-HH:mm} in which non-urgent broadcasts release nothing and
 *                        wait for the morning; urgent ones (the emergency channel {@code AQ}, or
 *                        flagged urgent) go at once; blank for none; default {@code 22:00-07:00}
 * @param window          the most messages of one broadcast waiting in the outbox at a time: the
 *                        next batch is released as they leave, so a broadcast goes at the
 *                        connectors' pace and a cancel stops what is not released; default 500
 * @param releaseInterval how often the release step looks at broadcasts in progress; default 1 s
 * @param maxListSize     the most phones an uploaded list may hold; default 100000
 * @param maxTextLength   the longest broadcast text, in characters; default 1000
 */
@Validated
@ConfigurationProperties("porter.broadcasts")
public record BroadcastsProperties(
        @NotNull @DefaultValue("22:00-07:00") String quietHours,
        @Positive @DefaultValue("500") int window,
        @NotNull @DefaultValue("1s") Duration releaseInterval,
        @Positive @DefaultValue("100000") int maxListSize,
        @Positive @DefaultValue("1000") int maxTextLength) {

    public BroadcastsProperties {
        // Parsed here so a wrong setting stops start-up with the reason.
        QuietHours.parse(quietHours);
        if (releaseInterval != null && (releaseInterval.isZero() || releaseInterval.isNegative())) {
            throw new IllegalArgumentException("porter.broadcasts.release-interval must be positive: " + releaseInterval);
        }
        if (maxTextLength > 4000) {
            throw new IllegalArgumentException("porter.broadcasts.max-text-length is at most 4000: " + maxTextLength);
        }
    }

    /** The quiet hours as a span. */
    public QuietHours quiet() {
        return QuietHours.parse(quietHours);
    }

    /** The defaults, for tests and tools that build the pipeline without Spring. */
    public static BroadcastsProperties defaults() {
        return new BroadcastsProperties("22:00-07:00", 500, Duration.ofSeconds(1), 100_000, 1000);
    }
}

package community.porter.access.visitor;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Visitor requests and the pass validity policy ({@code porter.visitors.*}, SPEC §3.2).
 *
 * @param approvalTimeout    how long a visit request waits for a resident's {@code TY} before it
 *                           expires and the visitor is told; default 30 min
 * @param timeZone           the community's time zone: a guest pass ends at 23:59 of the day
 *                           there, and validity times in replies are written in it; default
 *                           {@code Asia/Shanghai}
 * @param frequentVisits     passes a courier or takeaway phone must have been issued in the
 *                           community within {@code frequentWindow} to count as a frequent visitor;
 *                           default 4
 * @param frequentWindow     the window frequency is counted over; default 30 days
 * @param frequentValidity   how long a frequent courier's or takeaway's pass lasts; default 30 days
 * @param deliveryValidity   how long any other courier, takeaway, maintenance or water/gas delivery
 *                           pass lasts; default 1 day
 * @param maxInviteDays      the most days an {@code FK} invitation may ask for; default 7
 * @param sweepInterval      how often overdue requests are expired and their visitors told;
 *                           default 30 s
 */
@Validated
@ConfigurationProperties("porter.visitors")
public record VisitorsProperties(
        @NotNull @DefaultValue("30m") Duration approvalTimeout,
        @NotNull @DefaultValue("Asia/Shanghai") ZoneId timeZone,
        @Positive @DefaultValue("4") int frequentVisits,
        @NotNull @DefaultValue("30d") Duration frequentWindow,
        @NotNull @DefaultValue("30d") Duration frequentValidity,
        @NotNull @DefaultValue("1d") Duration deliveryValidity,
        @Positive @Max(31) @DefaultValue("7") int maxInviteDays,
        @NotNull @DefaultValue("30s") Duration sweepInterval) {

    public VisitorsProperties {
        for (Duration d : new Duration[] {approvalTimeout, frequentWindow, frequentValidity, deliveryValidity,
                sweepInterval}) {
            if (d != null && (d.isZero() || d.isNegative())) {
                throw new IllegalArgumentException("porter.visitors durations must be positive: " + d);
            }
        }
    }

    /** The defaults, for tests and tools that build the policy without Spring. */
    public static VisitorsProperties defaults() {
        return new VisitorsProperties(Duration.ofMinutes(30), ZoneId.of("Asia/Shanghai"), 4, Duration.ofDays(30),
                Duration.ofDays(30), Duration.ofDays(1), 7, Duration.ofSeconds(30));
    }
}

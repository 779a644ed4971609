package community.porter.access.event;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Events for other applications ({@code porter.integration.*}, docs/integration.md).
 *
 * @param statusEvents  which messages get status events on {@code porter.sms.status}:
 *                      {@code API} (default) only those other applications sent (kind API or with
 *                      a clientRef); {@code ALL} also Porter's own replies, notices and broadcasts,
 *                      which costs a stored event per state change of every message
 * @param relayBatch    events published per batch; default 500
 * @param sweepInterval how often the relay looks for events a missed wake-up (a crash right after
 *                      a commit) left unpublished; default 2 s
 * @param retention     how long a published event is kept before it is deleted; default 1 h
 * @param purgeInterval how often published events past their retention are deleted; default 1 min
 */
@Validated
@ConfigurationProperties("porter.integration")
public record IntegrationProperties(
        @NotNull @DefaultValue("API") StatusEvents statusEvents,
        @Positive @Max(10000) @DefaultValue("500") int relayBatch,
        @NotNull @DefaultValue("2s") Duration sweepInterval,
        @NotNull @DefaultValue("1h") Duration retention,
        @NotNull @DefaultValue("1m") Duration purgeInterval) {

    /** Which outbound messages are followed on {@code porter.sms.status}. */
    public enum StatusEvents {
        /** Messages other applications sent: kind API, or any message with a clientRef. */
        API,
        /** Every outbound message, Porter's own replies and broadcasts too. */
        ALL
    }

    @AssertTrue(message = "sweep-interval, retention and purge-interval must be positive")
    public boolean isEveryDurationPositive() {
        return positive(sweepInterval) && positive(retention) && positive(purgeInterval);
    }

    private static boolean positive(Duration duration) {
        return duration == null || !duration.isNegative() && !duration.isZero();
    }
}

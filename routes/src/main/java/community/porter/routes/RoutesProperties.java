package community.porter.routes;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How messages move between the steps ({@code porter.routes.*}).
 *
 * @param commandThreads   threads running commands; default 4
 * @param queueSize        capacity of each in-memory hand-over queue; the database holds the
 *                         truth, so a full queue only slows the producer; default 10000
 * @param retryDelay       first wait before sending again through a transport that could not
 *                         take a message; doubles up to {@code maxRetryDelay}; default 1 s
 * @param maxRetryDelay    longest wait between tries; default 30 s
 * @param retries          tries before a message is left to the recovery sweep; default 8
 * @param sweepInterval    how often the recovery sweep looks for work left between steps;
 *                         default 30 s
 * @param sweepAge         how old such work must be before the sweep takes it; default 30 s
 * @param stalledSendAge   how long a message may stay claimed by one send before the sweep takes
 *                         that send for lost and queues the message again (at least once, SPEC
 *                         §5); longer than all tries of one send together; default 10 min
 */
@Validated
@ConfigurationProperties("porter.routes")
public record RoutesProperties(
        @Positive @DefaultValue("4") int commandThreads,
        @Positive @DefaultValue("10000") int queueSize,
        @NotNull @DefaultValue("1s") Duration retryDelay,
        @NotNull @DefaultValue("30s") Duration maxRetryDelay,
        @Positive @DefaultValue("8") int retries,
        @NotNull @DefaultValue("30s") Duration sweepInterval,
        @NotNull @DefaultValue("30s") Duration sweepAge,
        @NotNull @DefaultValue("10m") Duration stalledSendAge) {
}

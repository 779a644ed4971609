package community.porter.command.door;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Door controllers ({@code porter.doors.*}, docs/door-protocol.md).
 *
 * @param ackTimeout       how long a person waits for the controller to confirm an opening
 *                         before being told it did not; also the {@code deadline} the controller
 *                         must not open after; default 5 s
 * @param maxRequestAge    a {@code KM} older than this when it finally runs (it waited through a
 *                         crash or an outage) is answered {@code EXPIRED}, never opened; default 2 min
 * @param heartbeatTimeout a controller silent for this long has its doors marked offline; default 90 s
 * @param sweepInterval    how often unanswered openings past their deadline are answered, queued
 *                         commands re-published and silent controllers checked; default 1 s
 * @param publishAge       how long a stored command may wait to be published before the sweep
 *                         publishes it (the after-commit hand-over normally does it at once);
 *                         default 2 s
 */
@Validated
@ConfigurationProperties("porter.doors")
public record DoorsProperties(
        @NotNull @DefaultValue("5s") Duration ackTimeout,
        @NotNull @DefaultValue("2m") Duration maxRequestAge,
        @NotNull @DefaultValue("90s") Duration heartbeatTimeout,
        @NotNull @DefaultValue("1s") Duration sweepInterval,
        @NotNull @DefaultValue("2s") Duration publishAge) {
}

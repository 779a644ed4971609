package community.porter.access.message;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of delivery receipts ({@code porter.receipts.*}).
 *
 * @param keepUnmatched how long a receipt that matches no sent part is kept waiting for its part
 *                      to be recorded (its submit_sm_resp may come later than the receipt, or be
 *                      recorded only after a restart); older ones are purged and logged. Default
 *                      3 days, at least 1 minute
 * @param sweepInterval how often kept receipts are matched against the parts recorded since and
 *                      old ones purged; default 1 minute, at least 1 second
 */
@Validated
@ConfigurationProperties("porter.receipts")
public record ReceiptProperties(
        @NotNull @DurationMin(minutes = 1) @DefaultValue("3d") Duration keepUnmatched,
        @NotNull @DurationMin(seconds = 1) @DefaultValue("1m") Duration sweepInterval) {
}

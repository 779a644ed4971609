package community.porter.access.message;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the inbox ({@code porter.inbox.*}).
 *
 * @param redeliveryWindow how long after an acknowledgement may have been lost (a dropped
 *                         connection, a restart) a message with the same sender and text from
 *                         the same connection counts as the SMSC's re-delivered copy of it
 *                         (SPEC §5); default 10 minutes
 * @param ackFlushInterval how often confirmed acknowledgements are written to the database in
 *                         one batch; default 200 ms
 */
@Validated
@ConfigurationProperties("porter.inbox")
public record InboxProperties(
        @NotNull @DefaultValue("10m") Duration redeliveryWindow,
        @NotNull @DefaultValue("200ms") Duration ackFlushInterval) {
}

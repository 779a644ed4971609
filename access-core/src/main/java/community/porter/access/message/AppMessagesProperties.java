package community.porter.access.message;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What Porter accepts from other applications ({@code porter.app-messages.*}).
 *
 * @param maxParts    most SMS parts one message may take, counted as the transports will split it;
 *                    a longer text is refused when it is submitted rather than failing later at the
 *                    SMSC; default 6, the transports' own default limit
 */
@Validated
@ConfigurationProperties("porter.app-messages")
public record AppMessagesProperties(
        @Min(1) @Max(255) @DefaultValue("6") int maxParts) {
}

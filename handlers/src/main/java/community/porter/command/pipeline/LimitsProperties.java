package community.porter.command.pipeline;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Per-phone abuse limits ({@code porter.limits.*}, SPEC §3.5).
 *
 * @param perMinute     commands one phone may send in a minute; default 10
 * @param perDay        commands one phone may send in a day; default 100
 * @param doorPerMinute door-opening commands ({@code KM}) one phone may send in a minute; default 5
 */
@Validated
@ConfigurationProperties("porter.limits")
public record LimitsProperties(
        @Positive @DefaultValue("10") int perMinute,
        @Positive @DefaultValue("100") int perDay,
        @Positive @DefaultValue("5") int doorPerMinute) {
}

package community.porter.access.card;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Lost cards and their unblocking ({@code porter.cards.*}, SPEC §3.5).
 *
 * @param unblockTries  wrong secrets (PIN or last 4 of ID) a phone may send for one card within
 *                      {@code unblockWindow} before {@code JG} is locked for that phone and card;
 *                      default 5
 * @param unblockWindow how long wrong secrets keep counting, from the first one; default 15 min
 * @param unblockLock   how long {@code JG} stays locked once the tries are used up; default 15 min
 */
@Validated
@ConfigurationProperties("porter.cards")
public record CardsProperties(
        @Min(1) @DefaultValue("5") int unblockTries,
        @NotNull @DefaultValue("15m") Duration unblockWindow,
        @NotNull @DefaultValue("15m") Duration unblockLock) {
}

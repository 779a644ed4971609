package community.porter.access.message;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the acceptance journal ({@code porter.outbox.*}), the local file where every part
 * a transport accepted is written before the outbox records it (see {@link FileAcceptanceJournal}).
 *
 * @param journalDir       the directory of the journal's segment files; created when missing;
 *                         default {@code ./data/journal}, next to the embedded database
 * @param journalSegment   how long one segment file is written before the next one starts;
 *                         default 10 minutes
 * @param journalRetention how long a segment is kept after its last line. The outbox records a
 *                         part within milliseconds in normal running, so a segment is only
 *                         needed until the next start; default 1 hour
 */
@Validated
@ConfigurationProperties("porter.outbox")
public record OutboxJournalProperties(
        @NotNull @DefaultValue("./data/journal") Path journalDir,
        @NotNull @DefaultValue("10m") Duration journalSegment,
        @NotNull @DefaultValue("1h") Duration journalRetention) {

    public OutboxJournalProperties {
        if (journalSegment != null && (journalSegment.isNegative() || journalSegment.isZero())) {
            throw new IllegalArgumentException("porter.outbox.journal-segment must be positive, got " + journalSegment);
        }
        if (journalRetention != null && journalSegment != null && journalRetention.compareTo(journalSegment) < 0) {
            throw new IllegalArgumentException("porter.outbox.journal-retention (" + journalRetention
                    + ") must be at least porter.outbox.journal-segment (" + journalSegment + ")");
        }
    }
}

package community.porter.access.notice;

import java.time.Instant;
import java.util.Map;

/**
 * How far a broadcast got, as the console shows it live.
 *
 * @param total       every recipient row, opted-out ones included
 * @param counts      recipients per {@link RecipientStatus}, every status present
 * @param released    recipients handed to the outbox so far
 * @param percentDone share of recipients in a final status ({@link RecipientStatus#isFinal}),
 *                    0–100 with one decimal; 100 for a broadcast without recipients
 */
public record BroadcastProgress(long id, Broadcast.State state, String text, BroadcastTarget.Kind targetKind,
        String target, boolean urgent, String author, Instant createdAt, Instant scheduledAt, Instant validUntil,
        Instant expandedAt, Instant finishedAt, int total, Map<RecipientStatus, Integer> counts, int released,
        double percentDone) {

    public BroadcastProgress {
        counts = Map.copyOf(counts);
    }
}

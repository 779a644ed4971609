package community.porter.access.notice;

import java.util.List;

/**
 * Published (as a Spring application event) when broadcast copies are stored in the outbox. A
 * listener bound to the transaction's commit hands them to the outbound route; should that
 * hand-over be lost, the recovery sweep sends queued outbox rows anyway.
 *
 * @param outboxIds the stored copies
 */
public record BroadcastReleased(List<Long> outboxIds) {

    public BroadcastReleased {
        outboxIds = List.copyOf(outboxIds);
    }
}

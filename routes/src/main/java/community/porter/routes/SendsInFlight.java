package community.porter.routes;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The outbox messages this process has claimed and is sending now, with when each was claimed.
 * An outbox row in state {@code SENDING} that is not here belongs to no send of this process: the
 * recovery sweep can tell a lost send from a slow one ({@link StalledSends}).
 */
@Component
class SendsInFlight {

    private final Map<Long, Instant> claimed = new ConcurrentHashMap<>();
    private final Clock clock;

    SendsInFlight(Clock clock) {
        this.clock = clock;
    }

    void started(long outboxId) {
        claimed.put(outboxId, clock.instant());
    }

    void finished(long outboxId) {
        claimed.remove(outboxId);
    }

    boolean contains(long outboxId) {
        return claimed.containsKey(outboxId);
    }

    /** Sends claimed before {@code before} and still not finished. */
    List<Long> claimedBefore(Instant before) {
        return claimed.entrySet().stream().filter(e -> e.getValue().isBefore(before)).map(Map.Entry::getKey).toList();
    }

    Set<Long> ids() {
        return Set.copyOf(claimed.keySet());
    }
}

package community.porter.routes;

import community.porter.access.message.PendingWork;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Finds sends that will never finish and queues their messages again, so that no message stays
 * claimed for ever: a message left {@code SENDING} by no send of this process (its exchange was
 * lost), seen so in two sweeps running (a claim just made may not be registered yet), and a send
 * still unfinished after {@code porter.routes.stalled-send-age}, far past all its tries. Either is
 * a fault worth a warning; sending again keeps the promise of at least once (SPEC §5).
 *
 * <p>One node only: on several nodes sharing a database, another node's sends look lost here.
 */
@Component
class StalledSends {

    private static final Logger log = LoggerFactory.getLogger(StalledSends.class);
    private static final int BATCH = 1000;

    private final PendingWork pending;
    private final SendsInFlight inFlight;
    private final RoutesProperties properties;
    private final Clock clock;
    private Set<Long> suspects = Set.of();

    StalledSends(PendingWork pending, SendsInFlight inFlight, RoutesProperties properties, Clock clock) {
        this.pending = pending;
        this.inFlight = inFlight;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Queues the messages of lost and stalled sends again.
     *
     * @return their ids, for the outbound route
     */
    synchronized List<Long> requeue() {
        Set<Long> orphans = new HashSet<>(pending.sendingMessages(BATCH));
        orphans.removeAll(inFlight.ids());
        List<Long> lost = orphans.stream().filter(suspects::contains).toList();
        orphans.removeAll(lost);
        suspects = Set.copyOf(orphans);

        List<Long> requeued = new ArrayList<>();
        for (long id : lost) {
            if (pending.requeueSending(id)) {
                log.warn("Outbound message {} was left claimed by no send; queued again", id);
                requeued.add(id);
            }
        }
        for (long id : inFlight.claimedBefore(clock.instant().minus(properties.stalledSendAge()))) {
            inFlight.finished(id);
            if (pending.requeueSending(id)) {
                log.warn("Outbound message {} has been sending for over {}; queued again", id,
                        properties.stalledSendAge());
                requeued.add(id);
            }
        }
        return requeued;
    }
}

package community.porter.routes;

import community.porter.access.notice.BroadcastReleased;
import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Hands released broadcast copies to the outbound route once the batch that stored them has
 * committed: a rolled-back batch never reaches a transport. Should this hand-over be lost (a crash
 * right after the commit), the recovery sweep sends the queued copies.
 */
@Component
class BroadcastWakeUp {

    private final ProducerTemplate producer;

    BroadcastWakeUp(ProducerTemplate producer) {
        this.producer = producer;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void sendAfterCommit(BroadcastReleased released) {
        for (long id : released.outboxIds()) {
            producer.sendBody(Endpoints.OUTBOUND, id);
        }
    }
}

package community.porter.routes;

import community.porter.access.message.OutboxMessageQueued;
import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Hands an outbox message stored outside the command route (an application's message, a
 * broadcast batch) to the outbound route once the transaction that stored it has committed. A
 * message of a rolled-back transaction is never sent; should the hand-over be lost (a crash right
 * after the commit), the recovery sweep sends the message.
 */
@Component
class OutboundWakeUp {

    private final ProducerTemplate producer;

    OutboundWakeUp(ProducerTemplate producer) {
        this.producer = producer;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void sendAfterCommit(OutboxMessageQueued queued) {
        producer.sendBody(Endpoints.OUTBOUND, queued.outboxId());
    }
}

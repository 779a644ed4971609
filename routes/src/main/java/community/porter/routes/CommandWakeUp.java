package community.porter.routes;

import community.porter.access.message.InboundMessageStored;
import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Hands an inbound message stored outside a transport route (a kiosk's visit request) to the
 * command route. It is published after the store has committed, so outside any transaction, and
 * then handed over at once; should the hand-over be lost, the recovery sweep runs the command.
 */
@Component
class CommandWakeUp {

    private final ProducerTemplate producer;
    private final String queue;

    CommandWakeUp(ProducerTemplate producer, RoutesProperties properties) {
        this.producer = producer;
        this.queue = Endpoints.producer(Endpoints.COMMANDS, properties.queueSize());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void runAfterStore(InboundMessageStored stored) {
        producer.sendBody(queue, stored.inboxId());
    }
}

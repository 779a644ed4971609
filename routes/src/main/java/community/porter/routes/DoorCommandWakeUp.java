package community.porter.routes;

import community.porter.access.door.DoorCommandQueued;
import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Hands a stored door command to the publisher once the transaction that stored it has
 * committed: a command of a rolled-back change never reaches a controller. Should this hand-over
 * be lost (a crash right after the commit), the door sweep publishes the command.
 */
@Component
class DoorCommandWakeUp {

    private final ProducerTemplate producer;
    private final String queue;

    DoorCommandWakeUp(ProducerTemplate producer, RoutesProperties properties) {
        this.producer = producer;
        this.queue = Endpoints.producer(Endpoints.DOOR_COMMANDS, properties.queueSize());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void publishAfterCommit(DoorCommandQueued queued) {
        producer.sendBody(queue, queued.commandId());
    }
}

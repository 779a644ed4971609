package community.porter.routes.integration;

import community.porter.access.event.IntegrationEventStored;
import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Wakes the relay once the transaction that stored an event has committed: an event of a
 * rolled-back change is never published. Wake-ups while one is pending are folded into it, so a
 * burst of events costs one run. Should a wake-up be lost (a crash right after the commit), the
 * relay's sweep publishes the event.
 */
@Component
class IntegrationEventWakeUp {

    private final IntegrationEventRelay relay;
    private final ProducerTemplate producer;

    IntegrationEventWakeUp(IntegrationEventRelay relay, ProducerTemplate producer) {
        this.relay = relay;
        this.producer = producer;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void wakeAfterCommit(IntegrationEventStored stored) {
        if (relay.request()) {
            producer.sendBody(IntegrationEventRoutes.WAKE_UP, null);
        }
    }
}

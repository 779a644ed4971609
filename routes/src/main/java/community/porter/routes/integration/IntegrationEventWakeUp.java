package community.porter.routes.integration;

import community.porter.access.event.IntegrationEventStored;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Wakes the relay once the transaction that stored an event has committed: an event of a
 * rolled-back change is never published. A wake-up while one is pending is dropped (the pending
 * one covers it), so a burst of events costs one run. Should a wake-up be lost (a crash right
 * after the commit, Camel stopping), the relay's sweep publishes the event.
 */
@Component
class IntegrationEventWakeUp {

    private static final Logger log = LoggerFactory.getLogger(IntegrationEventWakeUp.class);

    private final ProducerTemplate producer;

    IntegrationEventWakeUp(ProducerTemplate producer) {
        this.producer = producer;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void wakeAfterCommit(IntegrationEventStored stored) {
        try {
            producer.sendBody(IntegrationEventRoutes.WAKE_UP, null);
        } catch (RuntimeException e) {
            // The cause has committed; its caller must not see a failure for it. The sweep publishes.
            log.debug("Relay not woken for event {}: {}", stored.eventId(), e.toString());
        }
    }
}

package community.porter.routes.integration;

import community.porter.access.event.IntegrationEventStore;
import community.porter.access.event.IntegrationEventStore.PendingEvent;
import community.porter.access.event.IntegrationProperties;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Publishes stored integration events to their topics, oldest first, in batches, and marks them
 * published. Runs on one thread at a time (the relay route), until no event is left. Should Porter
 * stop between publishing and marking, the events are published again under the same
 * {@code eventId}: consumers get them at least once.
 */
@Component
public class IntegrationEventRelay {

    /** Message properties every event carries, for subscribers' selectors. */
    public static final String EVENT_ID = "eventId";
    /** The event's {@code type}, as a message property. */
    public static final String TYPE = "type";
    /** The sending application's {@code clientRef}, as a message property where there is one. */
    public static final String CLIENT_REF = "clientRef";

    private static final Logger log = LoggerFactory.getLogger(IntegrationEventRelay.class);

    private final IntegrationEventStore store;
    private final ProducerTemplate producer;
    private final int batch;

    IntegrationEventRelay(IntegrationEventStore store, ProducerTemplate producer, IntegrationProperties properties) {
        this.store = store;
        this.producer = producer;
        this.batch = properties.relayBatch();
    }

    /** Publishes every unpublished event; returns how many. */
    synchronized int publishPending() {
        int published = 0;
        List<PendingEvent> events;
        do {
            events = store.unpublished(batch);
            List<Long> sent = new ArrayList<>(events.size());
            try {
                for (PendingEvent event : events) {
                    producer.sendBodyAndHeaders("jms:topic:" + event.address(), event.body(), headers(event));
                    sent.add(event.eventId());
                }
            } finally {
                // What reached the broker is marked even when a later send failed, so that it is
                // not repeated needlessly; the rest waits for the next run.
                store.markPublished(sent);
                published += sent.size();
            }
        } while (events.size() == batch);
        if (published > 0) {
            log.debug("Published {} integration events", published);
        }
        return published;
    }

    private static Map<String, Object> headers(PendingEvent event) {
        Map<String, Object> headers = new HashMap<>(4);
        headers.put(EVENT_ID, event.eventId());
        headers.put(TYPE, event.type());
        if (event.clientRef() != null) {
            headers.put(CLIENT_REF, event.clientRef());
        }
        return headers;
    }
}

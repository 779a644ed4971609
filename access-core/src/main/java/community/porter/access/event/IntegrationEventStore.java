package community.porter.access.event;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The stored integration events as the relay sees them: what is still to publish, and done. */
@Service
public class IntegrationEventStore {

    private final IntegrationEventRepository events;
    private final Clock clock;

    public IntegrationEventStore(IntegrationEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** Up to {@code limit} events not yet published, oldest first. */
    @Transactional(readOnly = true)
    public List<PendingEvent> unpublished(int limit) {
        return events.findUnpublished(PageRequest.of(0, limit)).stream()
                .map(e -> new PendingEvent(e.getId(), e.getAddress(), e.getType(), e.getClientRef(),
                        withEventId(e.getId(), e.getBody())))
                .toList();
    }

    /** The id is only known after the insert, so it joins the body here, as its first field. */
    static String withEventId(long id, String body) {
        return "{\"eventId\":" + id + "," + body.substring(1);
    }

    /** The events were handed to the broker. */
    @Transactional
    public int markPublished(Collection<Long> ids) {
        return ids.isEmpty() ? 0 : events.markPublished(ids, clock.instant());
    }

    /** Deletes events published before {@code before}; returns how many. */
    @Transactional
    public int purgePublishedBefore(Instant before) {
        return events.deletePublishedBefore(before);
    }

    /**
     * An event to publish.
     *
     * @param eventId   its stable id, for consumers to de-duplicate by
     * @param address   the topic it goes to
     * @param type      what happened, also a message property
     * @param clientRef the sending application's reference, if any; also a message property
     * @param body      the JSON body, {@code eventId} included
     */
    public record PendingEvent(long eventId, String address, String type, String clientRef, String body) {
    }
}

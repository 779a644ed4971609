package community.porter.access.event;

import community.porter.access.card.Card;
import community.porter.access.card.CardStatus;
import community.porter.access.card.CardStatusChanged;
import community.porter.access.door.AccessRecord;
import community.porter.access.door.AccessRecorded;
import community.porter.access.door.Door;
import community.porter.access.door.DoorAlarmRaised;
import community.porter.access.message.InboundStored;
import community.porter.access.message.OutboxMessage;
import community.porter.access.message.OutboxMessageChanged;
import community.porter.access.org.OrgNode;
import community.porter.access.org.Room;
import community.porter.access.visitor.PassIssued;
import community.porter.access.visitor.VisitorPass;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns what happens in Porter into stored integration events. It listens synchronously, so each
 * event is written in the transaction of its cause: both commit, or neither. One small insert per
 * event; the relay publishes them afterwards.
 *
 * <p>The entities an event names may have been detached by the time it is heard (a bulk update
 * that clears the persistence context runs earlier in the same transaction), so what the body
 * reads through their associations is looked up again by id in the current session.
 */
@Component
class IntegrationEventWriter {

    private static final Logger log = LoggerFactory.getLogger(IntegrationEventWriter.class);

    private final IntegrationEventRepository events;
    private final IntegrationProperties properties;
    private final ApplicationEventPublisher publisher;
    private final EntityManager entities;
    private final Clock clock;

    IntegrationEventWriter(IntegrationEventRepository events, IntegrationProperties properties,
            ApplicationEventPublisher publisher, EntityManager entities, Clock clock) {
        this.events = events;
        this.entities = entities;
        this.properties = properties;
        this.publisher = publisher;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void on(OutboxMessageChanged changed) {
        OutboxMessage message = changed.message();
        if (!followed(message)) {
            return;
        }
        write(IntegrationAddresses.SMS_STATUS, message.getState().name(), message.getClientRef(),
                () -> IntegrationEventBodies.status(message, statusTime(message)));
    }

    @EventListener
    @Transactional
    void on(InboundStored stored) {
        write(IntegrationAddresses.SMS_INBOUND, "INBOUND", null, () -> IntegrationEventBodies.inbound(stored.message()));
    }

    @EventListener
    @Transactional
    void on(AccessRecorded recorded) {
        AccessRecord record = recorded.record();
        write(IntegrationAddresses.ACCESS_EVENTS, IntegrationEventBodies.accessType(record), null,
                () -> IntegrationEventBodies.access(record, attached(Door.class, record.getDoor().getId()),
                        record.getCard() == null ? null : attached(Card.class, record.getCard().getId())));
    }

    @EventListener
    @Transactional
    void on(DoorAlarmRaised alarm) {
        write(IntegrationAddresses.ACCESS_EVENTS, "DOOR_ALARM", null,
                () -> IntegrationEventBodies.alarm(attached(Door.class, alarm.door().getId()), alarm.kind(), clock.instant()));
    }

    @EventListener
    @Transactional
    void on(PassIssued issued) {
        VisitorPass pass = issued.pass();
        write(IntegrationAddresses.ACCESS_EVENTS, "PASS_ISSUED", null, () -> IntegrationEventBodies.passIssued(pass,
                attached(Room.class, pass.getRoom().getId()), attached(OrgNode.class, pass.getCommunity().getId())));
    }

    @EventListener
    @Transactional
    void on(CardStatusChanged changed) {
        Card card = changed.card();
        String type = card.getStatus() == CardStatus.LOST ? "CARD_LOST" : "CARD_UNBLOCKED";
        Instant at = card.getStatusChangedAt() != null ? card.getStatusChangedAt() : clock.instant();
        write(IntegrationAddresses.ACCESS_EVENTS, type, null, () -> IntegrationEventBodies.card(type, card.getNumber(),
                attached(OrgNode.class, card.getCommunity().getId()), changed.caseNumber(), at));
    }

    /** The entity with {@code id} in the current session: the same instance when it is managed still. */
    private <T> T attached(Class<T> type, Long id) {
        return entities.find(type, id);
    }

    private boolean followed(OutboxMessage message) {
        return properties.statusEvents() == IntegrationProperties.StatusEvents.ALL
                || message.getKind() == OutboxMessage.Kind.API || message.getClientRef() != null;
    }

    private Instant statusTime(OutboxMessage message) {
        Instant at = switch (message.getState()) {
            case QUEUED -> message.getCreatedAt();
            case SENT -> message.getSentAt();
            case DELIVERED -> message.getDeliveredAt();
            default -> null;
        };
        return at != null ? at : clock.instant();
    }

    /**
     * Stores an event. Should its body fail to build (a fault in this code, never the database),
     * the event is left out and the fault logged: an announcement must not cost its cause, a door
     * that opened or a message that was sent.
     */
    private void write(String address, String type, String clientRef, Supplier<String> body) {
        String json;
        try {
            json = body.get();
        } catch (RuntimeException e) {
            log.error("Integration event {} for {} left out: its body could not be written", type, address, e);
            return;
        }
        IntegrationEvent event = events.save(new IntegrationEvent(address, type, clientRef, json, clock.instant()));
        publisher.publishEvent(new IntegrationEventStored(event.getId()));
    }
}

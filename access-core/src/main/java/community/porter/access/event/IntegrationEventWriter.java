package community.porter.access.event;

import community.porter.access.card.CardStatus;
import community.porter.access.card.CardStatusChanged;
import community.porter.access.door.AccessRecorded;
import community.porter.access.door.DoorAlarmRaised;
import community.porter.access.message.InboundStored;
import community.porter.access.message.OutboxMessage;
import community.porter.access.message.OutboxMessageChanged;
import community.porter.access.visitor.PassIssued;
import java.time.Clock;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns what happens in Porter into stored integration events. It listens synchronously, so each
 * event is written in the transaction of its cause: both commit, or neither. One small insert per
 * event; the relay publishes them afterwards.
 */
@Component
class IntegrationEventWriter {

    private final IntegrationEventRepository events;
    private final IntegrationProperties properties;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    IntegrationEventWriter(IntegrationEventRepository events, IntegrationProperties properties,
            ApplicationEventPublisher publisher, Clock clock) {
        this.events = events;
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
                IntegrationEventBodies.status(message, statusTime(message)));
    }

    @EventListener
    @Transactional
    void on(InboundStored stored) {
        write(IntegrationAddresses.SMS_INBOUND, "INBOUND", null, IntegrationEventBodies.inbound(stored.message()));
    }

    @EventListener
    @Transactional
    void on(AccessRecorded recorded) {
        write(IntegrationAddresses.ACCESS_EVENTS, IntegrationEventBodies.accessType(recorded.record()), null,
                IntegrationEventBodies.access(recorded.record()));
    }

    @EventListener
    @Transactional
    void on(DoorAlarmRaised alarm) {
        write(IntegrationAddresses.ACCESS_EVENTS, "DOOR_ALARM", null,
                IntegrationEventBodies.alarm(alarm.door(), alarm.kind(), clock.instant()));
    }

    @EventListener
    @Transactional
    void on(PassIssued issued) {
        write(IntegrationAddresses.ACCESS_EVENTS, "PASS_ISSUED", null, IntegrationEventBodies.passIssued(issued.pass()));
    }

    @EventListener
    @Transactional
    void on(CardStatusChanged changed) {
        String type = changed.card().getStatus() == CardStatus.LOST ? "CARD_LOST" : "CARD_UNBLOCKED";
        Instant at = changed.card().getStatusChangedAt() != null ? changed.card().getStatusChangedAt() : clock.instant();
        write(IntegrationAddresses.ACCESS_EVENTS, type, null,
                IntegrationEventBodies.card(type, changed.card(), changed.caseNumber(), at));
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

    private void write(String address, String type, String clientRef, String body) {
        IntegrationEvent event = events.save(new IntegrationEvent(address, type, clientRef, body, clock.instant()));
        publisher.publishEvent(new IntegrationEventStored(event.getId()));
    }
}

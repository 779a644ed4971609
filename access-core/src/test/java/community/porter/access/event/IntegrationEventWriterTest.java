package community.porter.access.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import community.porter.access.door.AccessRecord;
import community.porter.access.door.AccessRecorded;
import community.porter.access.door.AccessResult;
import community.porter.access.door.Door;
import community.porter.access.message.OutboxMessage;
import community.porter.access.message.OutboxMessageChanged;
import community.porter.access.event.IntegrationProperties.StatusEvents;
import community.porter.access.org.OrgNode;
import community.porter.access.org.OrgNodeType;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.context.ApplicationEventPublisher;

/** Which outbound messages are followed on {@code porter.sms.status}, and what their events say. */
class IntegrationEventWriterTest {

    private static final Instant NOW = Instant.parse("2026-11-23T11:12:00Z");

    private final IntegrationEventRepository events = mock(IntegrationEventRepository.class);
    private final ApplicationEventPublisher publisher = mock(ApplicationEventPublisher.class);
    private final EntityManager entities = mock(EntityManager.class);
    private final IntegrationEvent stored = mock(IntegrationEvent.class);

    IntegrationEventWriterTest() {
        when(stored.getId()).thenReturn(1L);
    }

    @Test
    void onlyApplicationsMessagesAreFollowedByDefault() {
        IntegrationEventWriter writer = writer(StatusEvents.API);
        when(events.save(any())).thenReturn(stored);

        writer.on(new OutboxMessageChanged(message(OutboxMessage.Kind.REPLY, null)));
        verify(events, never()).save(any());

        writer.on(new OutboxMessageChanged(message(OutboxMessage.Kind.API, null)));
        writer.on(new OutboxMessageChanged(message(OutboxMessage.Kind.NOTICE, "ref-1")));
        ArgumentCaptor<IntegrationEvent> saved = ArgumentCaptor.forClass(IntegrationEvent.class);
        verify(events, org.mockito.Mockito.times(2)).save(saved.capture());
        assertThat(saved.getAllValues()).extracting(IntegrationEvent::getAddress).containsOnly("porter.sms.status");
        assertThat(saved.getAllValues().get(1).getClientRef()).isEqualTo("ref-1");
        verify(publisher, org.mockito.Mockito.times(2)).publishEvent(any(IntegrationEventStored.class));
    }

    @Test
    void everyMessageIsFollowedWhenAllAreAskedFor() {
        IntegrationEventWriter writer = writer(StatusEvents.ALL);
        when(events.save(any())).thenReturn(stored);

        writer.on(new OutboxMessageChanged(message(OutboxMessage.Kind.BROADCAST, null)));

        ArgumentCaptor<IntegrationEvent> saved = ArgumentCaptor.forClass(IntegrationEvent.class);
        verify(events).save(saved.capture());
        assertThat(saved.getValue().getType()).isEqualTo("QUEUED");
        assertThat(saved.getValue().getBody()).startsWith("{\"schema\":1,\"type\":\"QUEUED\",\"at\":\"" + NOW + "\"")
                .contains("\"kind\":\"BROADCAST\"", "\"to\":\"+8613800000001\"", "\"state\":\"QUEUED\"");
    }

    @Test
    void aBodyThatCannotBeWrittenLeavesTheEventOutWithoutFailingTheCause() {
        IntegrationEventWriter writer = writer(StatusEvents.ALL);
        OrgNode community = new OrgNode(OrgNodeType.COMMUNITY, "DEMO", "Demo");
        AccessRecord record = new AccessRecord(new Door(community, community, "GATE", "gate", "ctl-gate"), null, null,
                "+8613800000001", NOW, AccessResult.GRANTED, "KM");
        when(entities.find(any(), any())).thenThrow(new IllegalStateException("the door cannot be read"));

        writer.on(new AccessRecorded(record));

        verify(events, never()).save(any());
    }

    @Test
    void theEventIdLeadsThePublishedBody() {
        assertThat(IntegrationEventStore.withEventId(42, "{\"schema\":1,\"type\":\"X\"}"))
                .isEqualTo("{\"eventId\":42,\"schema\":1,\"type\":\"X\"}");
    }

    private IntegrationEventWriter writer(StatusEvents statusEvents) {
        IntegrationProperties properties = new IntegrationProperties(statusEvents, 500, Duration.ofSeconds(2),
                Duration.ofHours(1), Duration.ofMinutes(1));
        return new IntegrationEventWriter(events, properties, publisher, entities,
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static OutboxMessage message(OutboxMessage.Kind kind, String clientRef) {
        return new OutboxMessage(kind, 5, "+8613800000001", "hello", null, clientRef, null, NOW);
    }
}

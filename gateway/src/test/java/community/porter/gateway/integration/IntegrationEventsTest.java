package community.porter.gateway.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import community.porter.access.card.CardDesk;
import community.porter.access.demo.DemoCommunity;
import community.porter.access.door.AccessRecord;
import community.porter.access.door.AccessRecordRepository;
import community.porter.access.door.AccessResult;
import community.porter.access.door.Door;
import community.porter.access.door.DoorControllers;
import community.porter.access.door.DoorRepository;
import community.porter.access.event.IntegrationAddresses;
import community.porter.access.event.IntegrationEvent;
import community.porter.access.event.IntegrationEventRepository;
import community.porter.access.event.IntegrationEventStore;
import community.porter.access.message.AppMessage;
import community.porter.access.message.AppMessages;
import community.porter.access.message.Inbox;
import community.porter.access.message.Outbox;
import community.porter.access.message.OutboxMessage;
import community.porter.access.org.Room;
import community.porter.access.org.RoomRepository;
import community.porter.access.person.SenderDirectory;
import community.porter.access.visitor.PassIssuer;
import community.porter.access.visitor.VisitorType;
import community.porter.routes.integration.IntegrationEventRelay;
import community.porter.sms.InboundSms;
import jakarta.jms.ConnectionFactory;
import jakarta.persistence.EntityManager;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Events for other applications: written in the transaction of their cause (none for a cause
 * rolled back), published after the commit with a stable eventId, and published by the sweep
 * when a crash left them stored but unpublished.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:events;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "spring.artemis.embedded.persistent=false",
        "porter.broker.listen=",
        "camel.springboot.main-run-controller=false",
        "porter.integration.sweep-interval=300ms",
        // Small batches, so that the relay is seen to go on until nothing is left.
        "porter.integration.relay-batch=2",
        "logging.level.root=WARN"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntegrationEventsTest {

    static final Duration WAIT = Duration.ofSeconds(10);

    @Autowired ConnectionFactory connectionFactory;
    @Autowired AppMessages appMessages;
    @Autowired Outbox outbox;
    @Autowired Inbox inbox;
    @Autowired DoorControllers doorControllers;
    @Autowired IntegrationEventRepository events;
    @Autowired IntegrationEventStore store;
    @Autowired TransactionTemplate transaction;
    @Autowired DemoCommunity demo;
    @Autowired DoorRepository doors;
    @Autowired AccessRecordRepository accessRecords;
    @Autowired EntityManager entityManager;
    @Autowired CardDesk cardDesk;
    @Autowired SenderDirectory senders;
    @Autowired PassIssuer passIssuer;
    @Autowired RoomRepository rooms;
    @Autowired Clock clock;

    @BeforeAll
    void seed() {
        demo.seed(0);
    }

    @Test
    void aStatusEventIsPublishedAfterTheCommitWithItsEventIdAndClientRef() throws JMSException {
        try (JMSContext context = connectionFactory.createContext();
                JMSConsumer status = context.createConsumer(context.createTopic(IntegrationAddresses.SMS_STATUS),
                        "clientRef = 'ev-1'")) {
            long id = appMessages.submit(new AppMessage(DemoCommunity.OWNER_PHONE, "hello", null, null, "ev-1", "test")).id();

            Message queued = status.receive(WAIT.toMillis());
            assertThat(queued).as("QUEUED on " + IntegrationAddresses.SMS_STATUS).isNotNull();
            long eventId = queued.getLongProperty(IntegrationEventRelay.EVENT_ID);
            assertThat(queued.getStringProperty(IntegrationEventRelay.TYPE)).isEqualTo("QUEUED");
            assertThat(((TextMessage) queued).getText())
                    .startsWith("{\"eventId\":" + eventId + ",\"schema\":1,\"type\":\"QUEUED\"")
                    .contains("\"messageId\":" + id, "\"clientRef\":\"ev-1\"", "\"kind\":\"API\"",
                            "\"to\":\"" + DemoCommunity.OWNER_PHONE + "\"");
            await().atMost(WAIT).until(() -> events.findById(eventId).orElseThrow().getPublishedAt() != null);
        }
    }

    @Test
    void aCauseRolledBackLeavesNoEventAndACommittedOneLeavesOne() {
        transaction.executeWithoutResult(status -> {
            appMessages.submit(new AppMessage(DemoCommunity.OWNER_PHONE, "never", null, null, "ev-rolled-back", "test"));
            assertThat(eventsOf("ev-rolled-back")).as("written inside the transaction").hasSize(1);
            status.setRollbackOnly();
        });
        appMessages.submit(new AppMessage(DemoCommunity.OWNER_PHONE, "kept", null, null, "ev-committed", "test"));

        assertThat(eventsOf("ev-rolled-back")).isEmpty();
        assertThat(eventsOf("ev-committed")).singleElement().extracting(IntegrationEvent::getType).isEqualTo("QUEUED");
    }

    @Test
    void eventsACrashLeftUnpublishedArePublishedByTheSweepInOrderAcrossBatches() throws JMSException {
        try (JMSContext context = connectionFactory.createContext();
                JMSConsumer access = context.createConsumer(context.createTopic(IntegrationAddresses.ACCESS_EVENTS),
                        "type = 'CRASH_TEST'")) {
            // Stored and committed, but no wake-up followed: what a crash right after the commit leaves.
            List<Long> left = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                left.add(events.save(new IntegrationEvent(IntegrationAddresses.ACCESS_EVENTS, "CRASH_TEST", null,
                        "{\"schema\":1,\"type\":\"CRASH_TEST\"}", clock.instant())).getId());
            }

            List<String> published = new ArrayList<>();
            for (int i = 0; i < left.size(); i++) {
                Message message = access.receive(WAIT.toMillis());
                assertThat(message).as("event %d of %d published by the sweep", i + 1, left.size()).isNotNull();
                published.add(((TextMessage) message).getText());
            }
            assertThat(published).containsExactlyElementsOf(left.stream()
                    .map(id -> "{\"eventId\":" + id + ",\"schema\":1,\"type\":\"CRASH_TEST\"}").toList());
            await().atMost(WAIT).until(() -> left.stream()
                    .allMatch(id -> events.findById(id).orElseThrow().getPublishedAt() != null));
        }
    }

    @Test
    void repliesHaveNoStatusEventsWhenOnlyApplicationsMessagesAreFollowed() {
        long before = events.count();

        OutboxMessage reply = transaction.execute(status ->
                outbox.enqueue(OutboxMessage.Kind.REPLY, 5, DemoCommunity.OWNER_PHONE, "a reply", null));

        assertThat(events.findAll()).noneMatch(e -> e.getBody().contains("\"messageId\":" + reply.getId() + ","));
        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void anInboundMessageIsAnnouncedOnceAndItsCopyNot() {
        InboundSms sms = new InboundSms("test", DemoCommunity.TENANT_PHONE, "10690000", "hello porter", "smsc-77", null,
                clock.instant(), false);

        long id = inbox.store(sms).inboxId();
        long copy = inbox.store(sms).inboxId();

        assertThat(copy).isNotEqualTo(id);
        List<IntegrationEvent> inbound = events.findAll().stream()
                .filter(e -> e.getAddress().equals(IntegrationAddresses.SMS_INBOUND)
                        && e.getBody().contains("\"text\":\"hello porter\""))
                .toList();
        assertThat(inbound).singleElement().satisfies(e -> assertThat(e.getBody())
                .contains("\"messageId\":" + id, "\"from\":\"" + DemoCommunity.TENANT_PHONE + "\""));
    }

    @Test
    void anOpeningAndARefusalAtADoorAreAccessEvents() {
        String controller = "ctl-gate";
        doorControllers.recordOpening(controller, "GATE", "D0001", null, true, null, clock.instant());
        doorControllers.recordOpening(controller, "GATE", null, "+8613700000099", false, "no pass", clock.instant());

        List<IntegrationEvent> access = events.findAll().stream()
                .filter(e -> e.getAddress().equals(IntegrationAddresses.ACCESS_EVENTS)).toList();
        assertThat(access).anySatisfy(e -> {
            assertThat(e.getType()).isEqualTo("DOOR_OPENED");
            assertThat(e.getBody()).contains("\"door\":\"GATE\"", "\"card\":\"D0001\"", "\"result\":\"GRANTED\"");
        });
        assertThat(access).anySatisfy(e -> {
            assertThat(e.getType()).isEqualTo("ACCESS_DENIED");
            assertThat(e.getBody()).contains("\"phone\":\"+8613700000099\"", "\"detail\":\"no pass\"");
        });
    }

    @Test
    void anAccessRecordOfADoorDetachedEarlierInTheTransactionIsStillAnnounced() {
        // As in a door answer: a bulk update that clears the session runs between loading the
        // door and saving the record, so the door's community is a proxy without a session.
        transaction.executeWithoutResult(status -> {
            Door gate = doors.findByControllerId("ctl-gate").get(0);
            entityManager.clear();
            accessRecords.save(new AccessRecord(gate, null, null, "+8613700000098", clock.instant(),
                    AccessResult.GRANTED, "KM"));
        });

        assertThat(events.findAll()).anySatisfy(e -> {
            assertThat(e.getType()).isEqualTo("DOOR_OPENED");
            assertThat(e.getBody()).contains("\"phone\":\"+8613700000098\"", "\"door\":\"GATE\"",
                    "\"community\":\"" + DemoCommunity.CODE + "\"");
        });
    }

    @Test
    void aCardReportedLostAndAPassIssuedAreAccessEvents() {
        transaction.executeWithoutResult(status -> cardDesk.reportLost(senders.identify(DemoCommunity.FAMILY_PHONE),
                Optional.of("D0002")));
        Room room = rooms.findByCodeOrderByIdAsc("1-1-101").get(0);
        transaction.executeWithoutResult(status -> passIssuer.issue(null, "+8613700000097", VisitorType.KD, room,
                Optional.empty(), null, clock.instant()));

        List<IntegrationEvent> access = events.findAll().stream()
                .filter(e -> e.getAddress().equals(IntegrationAddresses.ACCESS_EVENTS)).toList();
        assertThat(access).anySatisfy(e -> {
            assertThat(e.getType()).isEqualTo("CARD_LOST");
            assertThat(e.getBody()).contains("\"card\":\"D0002\"", "\"caseNumber\":\"GS");
        });
        assertThat(access).anySatisfy(e -> {
            assertThat(e.getType()).isEqualTo("PASS_ISSUED");
            assertThat(e.getBody()).contains("\"visitorPhone\":\"+8613700000097\"", "\"room\":\"1-1-101\"",
                    "\"visitorType\":\"KD\"").doesNotContain("passCode");
        });
    }

    @Test
    void publishedEventsAreDeletedOncePastTheirRetention() {
        IntegrationEvent event = events.save(new IntegrationEvent("porter.test.purge", "PURGE_TEST", null,
                "{\"schema\":1}", clock.instant()));
        await().atMost(WAIT).until(() -> events.findById(event.getId()).orElseThrow().getPublishedAt() != null);
        Instant publishedAt = events.findById(event.getId()).orElseThrow().getPublishedAt();

        store.purgePublishedBefore(publishedAt);
        assertThat(events.existsById(event.getId())).as("not yet past its retention").isTrue();

        store.purgePublishedBefore(publishedAt.plusMillis(1));
        assertThat(events.existsById(event.getId())).isFalse();
    }

    private List<IntegrationEvent> eventsOf(String clientRef) {
        return events.findAll().stream().filter(e -> clientRef.equals(e.getClientRef())).toList();
    }
}

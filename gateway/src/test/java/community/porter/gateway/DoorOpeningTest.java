package community.porter.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import community.porter.access.demo.DemoCommunity;
import community.porter.access.door.AccessRecordRepository;
import community.porter.access.door.AccessResult;
import community.porter.access.door.Door;
import community.porter.access.door.DoorCommand;
import community.porter.access.door.DoorCommandOutbox;
import community.porter.access.door.DoorCommandRepository;
import community.porter.access.door.DoorRepository;
import community.porter.access.message.CommandLogEntry;
import community.porter.access.message.CommandLogRepository;
import community.porter.access.message.CommandOutcome;
import community.porter.access.message.Inbox;
import community.porter.access.message.OutboxMessage;
import community.porter.access.message.OutboxRepository;
import community.porter.command.pipeline.CommandPipeline;
import community.porter.demo.door.SimulatedDoorController;
import community.porter.demo.door.SimulatedDoorController.Behaviour;
import community.porter.demo.door.SimulatedDoorControllers;
import community.porter.routes.door.DoorEvent;
import community.porter.routes.door.DoorProtocol;
import community.porter.sms.InboundSms;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Door commands end to end inside Porter: the command pipeline, the door-command publisher, the
 * embedded broker, simulated controllers speaking docs/door-protocol.md, the events route and the
 * outbox. No SMPP connection is configured, so replies stay in the outbox, where they are read.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:doors;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "spring.artemis.embedded.persistent=false",
        "porter.broker.listen=",
        "camel.springboot.main-run-controller=false",
        "porter.doors.ack-timeout=3s",
        "porter.doors.heartbeat-timeout=2s",
        "porter.doors.sweep-interval=200ms",
        "logging.level.root=WARN"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DoorOpeningTest {

    static final Duration WAIT = Duration.ofSeconds(10);

    @Autowired DemoCommunity demo;
    @Autowired Inbox inbox;
    @Autowired CommandPipeline pipeline;
    @Autowired CommandLogRepository commandLog;
    @Autowired OutboxRepository outbox;
    @Autowired DoorRepository doors;
    @Autowired DoorCommandRepository commands;
    @Autowired DoorCommandOutbox commandOutbox;
    @Autowired AccessRecordRepository records;
    @Autowired ConnectionFactory connectionFactory;
    @Autowired TransactionTemplate transaction;
    @Autowired Clock clock;

    SimulatedDoorControllers controllers;

    @BeforeAll
    void seedAndStartControllers() {
        demo.seed(0);
        List<String> ids = doors.findAll().stream().map(Door::getControllerId).distinct().toList();
        controllers = new SimulatedDoorControllers(connectionFactory, ids, Duration.ofMillis(300), clock);
    }

    @AfterAll
    void stopControllers() {
        controllers.close();
    }

    @BeforeEach
    void everyControllerAcknowledgesAndIsOnline() {
        controllers.all().forEach(c -> {
            c.behave(Behaviour.ACK);
            c.startHeartbeats();
        });
        await().atMost(WAIT).until(() -> doors.findAll().stream().allMatch(Door::isOnline));
    }

    @Test
    void kmOpensTheOwnersEntranceAndRepliesOnlyAfterTheControllerAcknowledges() {
        SimulatedDoorController entrance = controllers.controller("ctl-1-1");
        entrance.behave(Behaviour.HOLD);

        long inboxId = receive(DemoCommunity.OWNER_PHONE, "KM");

        assertThat(logOf(inboxId).getOutcome()).as("provisional, crash-safe outcome")
                .isEqualTo(CommandOutcome.DOOR_TIMEOUT);
        await().atMost(WAIT).until(() -> entrance.received().stream()
                .anyMatch(c -> String.valueOf(inboxId).equals(c.idempotencyKey())));
        assertThat(repliesTo(inboxId)).as("no reply before the controller acknowledged").isEmpty();

        entrance.releaseHeld();

        await().atMost(WAIT).until(() -> !repliesTo(inboxId).isEmpty());
        assertThat(repliesTo(inboxId)).singleElement().satisfies(reply -> {
            assertThat(reply.getText()).isEqualTo("entrance 1-1 is open.");
            assertThat(reply.getPriority()).isZero();
        });
        assertThat(logOf(inboxId)).extracting(CommandLogEntry::getOutcome, CommandLogEntry::getReplyCount)
                .containsExactly(CommandOutcome.OK, 1);
    }

    @Test
    void aSilentControllerIsAnsweredWithATimeoutOnce() {
        controllers.controller("ctl-gate").behave(Behaviour.SILENT);

        long inboxId = receive(DemoCommunity.FAMILY_PHONE, "KM GATE");

        await().atMost(WAIT).until(() -> !repliesTo(inboxId).isEmpty());
        assertThat(repliesTo(inboxId)).singleElement().extracting(OutboxMessage::getText)
                .isEqualTo("main gate did not confirm. Check whether it opened; if not, send KM again.");
        assertThat(logOf(inboxId)).extracting(CommandLogEntry::getOutcome, CommandLogEntry::getReplyCount)
                .containsExactly(CommandOutcome.DOOR_TIMEOUT, 1);
        assertThat(commandFor(inboxId).getState()).isEqualTo(DoorCommand.State.TIMED_OUT);
    }

    @Test
    void aDoorWhoseControllerStoppedItsHeartbeatsIsOfflineAndNoOpenIsSent() {
        SimulatedDoorController entrance = controllers.controller("ctl-2-1");
        entrance.stopHeartbeats();
        await().atMost(WAIT).until(() -> doors.findByControllerId("ctl-2-1").stream().noneMatch(Door::isOnline));
        int before = entrance.received().size();

        long inboxId = receive(DemoCommunity.TENANT_PHONE, "KM");

        assertThat(logOf(inboxId).getOutcome()).isEqualTo(CommandOutcome.DOOR_OFFLINE);
        assertThat(repliesTo(inboxId)).singleElement().extracting(OutboxMessage::getText).asString()
                .startsWith("entrance 2-1 is offline");
        assertThat(entrance.received()).hasSize(before);
    }

    @Test
    void aRefusalByTheControllerIsAnsweredNoRight() {
        controllers.controller("ctl-gate").behave(Behaviour.NACK);

        long inboxId = receive(DemoCommunity.OWNER_PHONE, "KM GATE");

        await().atMost(WAIT).until(() -> !repliesTo(inboxId).isEmpty());
        assertThat(repliesTo(inboxId)).singleElement().extracting(OutboxMessage::getText).asString()
                .startsWith("You may not open main gate");
        assertThat(logOf(inboxId).getOutcome()).isEqualTo(CommandOutcome.FORBIDDEN);
        assertThat(commandFor(inboxId)).extracting(DoorCommand::getState, DoorCommand::getReason)
                .containsExactly(DoorCommand.State.NACKED, "NO_RIGHT");
    }

    @Test
    void aResidentCannotOpenAnotherUnitsEntrance() {
        long inboxId = receive(DemoCommunity.OWNER_PHONE, "KM 2-1");

        assertThat(logOf(inboxId).getOutcome()).isEqualTo(CommandOutcome.FORBIDDEN);
        assertThat(repliesTo(inboxId)).singleElement().extracting(OutboxMessage::getText).asString()
                .startsWith("You may not open entrance 2-1");
        assertThat(commands.findAll()).noneMatch(c -> Long.valueOf(inboxId).equals(c.getInboxId()));
    }

    @Test
    void staffWithTheDoorPermissionOpenAnyEntranceOfTheCommunity() {
        long inboxId = receive(DemoCommunity.STAFF_PHONE, "KM 3-2");

        await().atMost(WAIT).until(() -> !repliesTo(inboxId).isEmpty());
        assertThat(repliesTo(inboxId)).singleElement().extracting(OutboxMessage::getText)
                .isEqualTo("entrance 3-2 is open.");
        assertThat(logOf(inboxId).getOutcome()).isEqualTo(CommandOutcome.OK);
        assertThat(controllers.controller("ctl-3-2").openings()).isPositive();
    }

    @Test
    void anAlarmTextsTheStaffOnDuty() {
        Instant before = clock.instant();

        controllers.controller("ctl-gate").raiseAlarm("GATE", "FORCED_DOOR");

        await().atMost(WAIT).until(() -> !alertsTo(DemoCommunity.STAFF_PHONE, before).isEmpty());
        assertThat(alertsTo(DemoCommunity.STAFF_PHONE, before)).singleElement().satisfies(alert -> {
            assertThat(alert.getKind()).isEqualTo(OutboxMessage.Kind.NOTICE);
            assertThat(alert.getPriority()).isZero();
            assertThat(alert.getText()).isEqualTo("安全警报：大门被强行打开，请立即查看。");
        });
    }

    @Test
    void invalidEventJsonIsDeadLetteredAndTheNextEventIsStillProcessed() throws Exception {
        SimulatedDoorController entrance = controllers.controller("ctl-1-1");
        long recordsBefore = records.count();
        try (JMSContext context = connectionFactory.createContext()) {
            JMSConsumer deadLetters = context.createConsumer(context.createQueue(DoorProtocol.DEAD_LETTERS));

            entrance.sendText("{\"schema\":1,\"type\":\"OPENED\",");
            entrance.reportCardOpening("1-1", "D0001");

            Message dead = deadLetters.receive(WAIT.toMillis());
            assertThat(dead).as("dead letter").isNotNull();
            assertThat(((TextMessage) dead).getText()).isEqualTo("{\"schema\":1,\"type\":\"OPENED\",");
            assertThat(dead.getStringProperty(DoorProtocol.REASON)).startsWith("not JSON");
        }
        await().atMost(WAIT).until(() -> records.count() > recordsBefore);
        assertThat(records.findAll()).anySatisfy(r -> {
            assertThat(r.getResult()).isEqualTo(AccessResult.GRANTED);
            assertThat(r.getDetail()).isNull();
        });
    }

    @Test
    void aCommandIsPublishedOnlyAfterItsTransactionCommitted() {
        SimulatedDoorController gate = controllers.controller("ctl-gate");

        Long rolledBack = transaction.execute(status -> {
            long id = commandOutbox.sync("ctl-gate");
            status.setRollbackOnly();
            return id;
        });
        long committed = transaction.execute(status -> commandOutbox.sync("ctl-gate"));

        // One publisher takes commands in order: had the rolled-back one been sent, it would be first.
        await().atMost(WAIT).until(() -> gate.received().stream().anyMatch(c -> c.id() == committed));
        assertThat(gate.received()).noneMatch(c -> c.id() == rolledBack);
        assertThat(commands.findById(committed)).get().extracting(DoorCommand::getState)
                .isIn(DoorCommand.State.SENT, DoorCommand.State.ACKED);
    }

    @Test
    void aControllerThatComesBackGetsItsBlockedCards() {
        SimulatedDoorController gate = controllers.controller("ctl-gate");

        gate.send(new DoorEvent.SyncRequest("ctl-gate", clock.instant()));

        await().atMost(WAIT).until(() -> gate.received().stream()
                .filter(c -> c.type() == DoorCommand.Type.SYNC).count() >= 2);
    }

    private long receive(String phone, String text) {
        long id = inbox.store(new InboundSms("test", phone, "10690000", text, null, null, clock.instant(), false))
                .inboxId();
        pipeline.run(id);
        return id;
    }

    private CommandLogEntry logOf(long inboxId) {
        return commandLog.findAll().stream().filter(e -> e.getInboxId() == inboxId).findFirst().orElseThrow();
    }

    private List<OutboxMessage> repliesTo(long inboxId) {
        return outbox.findAll().stream().filter(m -> Long.valueOf(inboxId).equals(m.getInboxId())).toList();
    }

    private List<OutboxMessage> alertsTo(String phone, Instant since) {
        return outbox.findAll().stream()
                .filter(m -> m.getKind() == OutboxMessage.Kind.NOTICE && phone.equals(m.getRecipient())
                        && !m.getCreatedAt().isBefore(since))
                .toList();
    }

    private DoorCommand commandFor(long inboxId) {
        return commands.findAll().stream().filter(c -> Long.valueOf(inboxId).equals(c.getInboxId())).findFirst()
                .orElseThrow();
    }
}

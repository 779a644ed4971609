package community.porter.routes;

import static community.porter.routes.RouteTestSupport.DEADLINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import community.porter.access.demo.DemoCommunity;
import community.porter.access.message.Inbox;
import community.porter.access.message.InboxMessage;
import community.porter.access.message.InboxRepository;
import community.porter.access.message.OutboxMessage;
import community.porter.access.message.OutboxRepository;
import community.porter.sms.InboundSms;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.apache.camel.test.spring.junit5.UseAdviceWith;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The recovery sweep: what a crash left between two steps — a message stored but not handled, a
 * reply stored but not sent — is queued again and finished. The sweep's timer is replaced by
 * {@value #SWEEP}, so the test decides when it runs, and what each sweep queues is copied to two
 * mock endpoints. Sweep age: 1 hour.
 */
@CamelSpringBootTest
@SpringBootTest(properties = {"porter.routes.sweep-age=1h", "porter.routes.stalled-send-age=2s"})
@UseAdviceWith
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RecoveryRouteTest {

    private static final String SWEEP = "direct:sweep";
    private static final String SWEPT_INBOX = "mock:swept-inbox";
    private static final String SWEPT_OUTBOX = "mock:swept-outbox";
    private static final Duration OLD = Duration.ofHours(2);

    @Autowired CamelContext camel;
    @Autowired ProducerTemplate template;
    @Autowired JdbcTemplate jdbc;
    @Autowired DemoCommunity demo;
    @Autowired Inbox inbox;
    @Autowired InboxRepository inboxMessages;
    @Autowired OutboxRepository outboxMessages;
    @Autowired FakeTransport firstTransport;
    @Autowired SendsInFlight inFlight;

    @BeforeEach
    void sweepOnDemand() throws Exception {
        if (!camel.isStarted()) {
            AdviceWith.adviceWith(camel, "recovery", route -> {
                route.replaceFromWith(SWEEP);
                route.weaveByToUri("seda:porter-commands*").before().to(SWEPT_INBOX);
                route.weaveByToUri(Endpoints.OUTBOUND).before().to(SWEPT_OUTBOX);
            });
            camel.start();
        }
        demo.seed(0);
    }

    @AfterEach
    void restThenCleanUp() {
        RouteTestSupport.awaitQuiet(camel);
        RouteTestSupport.clearMessages(jdbc);
        firstTransport.reset();
        MockEndpoint.resetMocks(camel);
    }

    @Test
    @Order(1) // it needs the context's first sweep
    void theFirstSweepFinishesAllLeftWorkAndLaterSweepsOnlyWorkOlderThanTheSweepAge() {
        // Left by the process before this one, moments before it stopped.
        long unhandled = receivedAgo(DemoCommunity.OWNER_PHONE, Duration.ZERO);
        long unsent = queuedAgo(Duration.ZERO);

        sweep();

        assertThat(swept(SWEPT_INBOX)).containsExactly(unhandled);
        assertThat(swept(SWEPT_OUTBOX)).contains(unsent);
        awaitHandledAndAnswered(unhandled);
        awaitSent(unsent);

        MockEndpoint.resetMocks(camel);
        long freshMessage = receivedAgo(DemoCommunity.FAMILY_PHONE, Duration.ZERO);
        long oldMessage = receivedAgo(DemoCommunity.TENANT_PHONE, OLD);
        long freshReply = queuedAgo(Duration.ZERO);
        long oldReply = queuedAgo(OLD);

        sweep();

        assertThat(swept(SWEPT_INBOX)).containsExactly(oldMessage);
        assertThat(swept(SWEPT_OUTBOX)).containsExactly(oldReply);
        awaitHandledAndAnswered(oldMessage);
        awaitSent(oldReply);
        assertThat(inboxMessages.findById(freshMessage).orElseThrow().getState())
                .as("a message stored moments ago is still on its way").isEqualTo(InboxMessage.State.RECEIVED);
        assertThat(outboxMessages.findById(freshReply).orElseThrow().getState()).isEqualTo(OutboxMessage.State.QUEUED);
        assertThat(firstTransport.handed()).as("every reply sent once")
                .extracting(sms -> sms.id()).doesNotHaveDuplicates();
    }

    @Test
    @Order(2)
    void sweptMessagesGoBackToTheLaneOfTheirPriority() {
        long broadcast = queuedAgo(OutboxMessage.Kind.BROADCAST, 9, OLD);
        long doorAnswer = queuedAgo(OutboxMessage.Kind.REPLY, 0, OLD);
        NotifyBuilder urgentLane = new NotifyBuilder(camel).fromRoute(Lane.URGENT.routeId())
                .whenExactBodiesReceived(doorAnswer).create();
        NotifyBuilder bulkLane = new NotifyBuilder(camel).fromRoute(Lane.BULK.routeId())
                .whenExactBodiesReceived(broadcast).create();

        sweep();

        assertThat(urgentLane.matches(DEADLINE.toMillis(), TimeUnit.MILLISECONDS)).as("urgent lane").isTrue();
        assertThat(bulkLane.matches(DEADLINE.toMillis(), TimeUnit.MILLISECONDS)).as("bulk lane").isTrue();
        awaitSent(doorAnswer);
        awaitSent(broadcast);
    }

    @Test
    @Order(3)
    void aMessageLeftClaimedByNoSendIsQueuedAgainOnTheSecondSweepThatFindsItSo() {
        long orphan = queuedAgo(Duration.ZERO);
        jdbc.update("update outbox_message set state = 'SENDING' where id = ?", orphan);

        sweep();
        assertThat(outboxMessages.findById(orphan).orElseThrow().getState())
                .as("a claim seen once may be one just made").isEqualTo(OutboxMessage.State.SENDING);

        sweep();
        awaitSent(orphan);
        assertThat(firstTransport.handed()).extracting(sms -> sms.id()).containsExactly(orphan);
    }

    @Test
    @Order(4)
    void aSendStillUnfinishedAfterTheStalledSendAgeIsGivenUpAndTheMessageQueuedAgain() {
        long stuck = queuedAgo(Duration.ZERO);
        jdbc.update("update outbox_message set state = 'SENDING' where id = ?", stuck);
        inFlight.started(stuck);

        await().atMost(DEADLINE).pollInterval(Duration.ofMillis(500)).until(() -> {
            sweep();
            return outboxMessages.findById(stuck).orElseThrow().getState() == OutboxMessage.State.SENT;
        });
        assertThat(inFlight.contains(stuck)).isFalse();
        assertThat(firstTransport.handed()).extracting(sms -> sms.id()).containsExactly(stuck);
    }

    @Test
    @Order(5)
    void aMessageBeingSentIsNeverTakenForLost() {
        long slow = queuedAgo(Duration.ZERO);
        firstTransport.hold();
        template.sendBody(Endpoints.OUTBOUND, slow);
        await().atMost(DEADLINE).until(() -> inFlight.contains(slow));

        sweep();
        sweep();
        firstTransport.release();

        awaitSent(slow);
        assertThat(firstTransport.handed()).extracting(sms -> sms.id()).containsExactly(slow);
        await().atMost(DEADLINE).until(() -> !inFlight.contains(slow));
    }

    private void sweep() {
        template.sendBody(SWEEP, null);
    }

    private List<Long> swept(String mock) {
        return camel.getEndpoint(mock, MockEndpoint.class).getReceivedExchanges().stream()
                .map(e -> e.getMessage().getBody(Long.class)).toList();
    }

    private long receivedAgo(String phone, Duration ago) {
        Instant at = Instant.now().minus(ago);
        return inbox.store(new InboundSms("main", phone, "10690000", "H", null, null, at, false)).inboxId();
    }

    private long queuedAgo(Duration ago) {
        return queuedAgo(OutboxMessage.Kind.API, 5, ago);
    }

    private long queuedAgo(OutboxMessage.Kind kind, int priority, Duration ago) {
        return outboxMessages.save(new OutboxMessage(kind, priority, DemoCommunity.STAFF_PHONE,
                "Water off tomorrow 9-12.", null, null, null, Instant.now().minus(ago))).getId();
    }

    private void awaitHandledAndAnswered(long inboxId) {
        await().atMost(DEADLINE).until(() -> outboxMessages.findAll().stream()
                .anyMatch(m -> Long.valueOf(inboxId).equals(m.getInboxId()) && m.getState() == OutboxMessage.State.SENT));
        assertThat(inboxMessages.findById(inboxId).orElseThrow().getState()).isEqualTo(InboxMessage.State.HANDLED);
    }

    private void awaitSent(long outboxId) {
        await().atMost(DEADLINE).until(() -> outboxMessages.findById(outboxId).orElseThrow().getState()
                == OutboxMessage.State.SENT);
    }
}

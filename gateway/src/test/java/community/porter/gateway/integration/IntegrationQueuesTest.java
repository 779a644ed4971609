package community.porter.gateway.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doThrow;

import community.porter.access.demo.DemoCommunity;
import community.porter.access.message.AppMessages;
import community.porter.access.message.CommandLogEntry;
import community.porter.access.message.CommandLogRepository;
import community.porter.access.message.OutboxMessage;
import community.porter.access.message.OutboxRepository;
import community.porter.routes.integration.IntegrationQueues;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The queues other applications send on, through the embedded broker into Porter: what Porter
 * cannot take is dead-lettered with its reason and never holds up the next message; what fails
 * for a passing reason (the database) is rolled back and taken again later, never dead-lettered.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:queues;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "spring.artemis.embedded.persistent=false",
        "porter.broker.listen=",
        "camel.springboot.main-run-controller=false",
        "logging.level.root=WARN"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntegrationQueuesTest {

    static final Duration WAIT = Duration.ofSeconds(15);

    @Autowired ConnectionFactory connectionFactory;
    @Autowired OutboxRepository outbox;
    @Autowired CommandLogRepository commandLog;
    @Autowired DemoCommunity demo;
    @Autowired EmbeddedActiveMQ broker;
    @MockitoSpyBean AppMessages appMessages;

    @BeforeAll
    void seed() {
        demo.seed(0);
    }

    @Test
    void aMalformedMessageIsDeadLetteredWithItsReasonAndTheNextGoodOneIsStored() throws JMSException {
        String malformed = "{\"schema\":1,\"to\":";
        send(IntegrationQueues.SMS_OUTBOUND, malformed);
        send(IntegrationQueues.SMS_OUTBOUND, good("q-good-1", "Parcel at the gate"));

        DeadLetter dead = deadLetter(IntegrationQueues.SMS_OUTBOUND_DLQ);
        assertThat(dead.body()).as("dead letter unchanged").isEqualTo(malformed);
        assertThat(dead.reason()).startsWith("not JSON");
        await().atMost(WAIT).until(() -> outbox.findByClientRef("q-good-1").isPresent());
        assertThat(outbox.findByClientRef("q-good-1")).get().satisfies(m -> {
            assertThat(m.getKind()).isEqualTo(OutboxMessage.Kind.API);
            assertThat(m.getRecipient()).isEqualTo(DemoCommunity.OWNER_PHONE);
            assertThat(m.getText()).isEqualTo("Parcel at the gate");
        });
    }

    @Test
    void aMessageOfAnUnknownSchemaOrRefusedByPorterIsDeadLetteredWithTheReasonAndField() throws JMSException {
        send(IntegrationQueues.SMS_OUTBOUND, "{\"schema\":2,\"to\":\"13800000001\",\"text\":\"x\"}");
        send(IntegrationQueues.SMS_OUTBOUND, "{\"schema\":1,\"to\":\"not a phone\",\"text\":\"x\",\"clientRef\":\"q-bad-to\"}");

        DeadLetter schema = deadLetter(IntegrationQueues.SMS_OUTBOUND_DLQ);
        assertThat(schema.reason()).startsWith("unknown schema 2");
        DeadLetter refused = deadLetter(IntegrationQueues.SMS_OUTBOUND_DLQ);
        assertThat(refused.field()).isEqualTo("to");
        assertThat(refused.reason()).isNotBlank();
        assertThat(outbox.findByClientRef("q-bad-to")).isEmpty();
    }

    @Test
    void aResubmissionIsHarmlessButAReusedClientRefForAnotherTextIsDeadLettered() throws JMSException {
        send(IntegrationQueues.SMS_OUTBOUND, good("q-same", "once"));
        send(IntegrationQueues.SMS_OUTBOUND, good("q-same", "once"));
        send(IntegrationQueues.SMS_OUTBOUND, good("q-same", "something else"));

        DeadLetter conflict = deadLetter(IntegrationQueues.SMS_OUTBOUND_DLQ);
        assertThat(conflict.body()).contains("something else");
        assertThat(conflict.field()).isEqualTo("clientRef");
        assertThat(outbox.findByClientRef("q-same")).get().extracting(OutboxMessage::getText).isEqualTo("once");
        assertThat(noDeadLetter(IntegrationQueues.SMS_OUTBOUND_DLQ)).as("the repeat was not dead-lettered").isTrue();
    }

    @Test
    void aDatabaseFailureRollsTheMessageBackForRedeliveryInsteadOfDeadLetteringIt() throws JMSException {
        doThrow(new CannotCreateTransactionException("database away")).doCallRealMethod().when(appMessages)
                .submit(argThat(m -> m != null && "q-flaky".equals(m.clientRef())));

        send(IntegrationQueues.SMS_OUTBOUND, good("q-flaky", "after the outage"));

        await().atMost(WAIT).until(() -> outbox.findByClientRef("q-flaky").isPresent());
        assertThat(noDeadLetter(IntegrationQueues.SMS_OUTBOUND_DLQ)).isTrue();
    }

    @Test
    void aMalformedVisitRequestIsDeadLetteredAndTheNextOneRunsAsTheVisitorsSq() throws JMSException {
        send(IntegrationQueues.VISITOR_REQUESTS, "{\"schema\":1,\"kiosk\":\"gate-1\",\"visitorPhone\":\"13700000011\"}");
        send(IntegrationQueues.VISITOR_REQUESTS, """
                {"schema":1,"kiosk":"gate-1","requestRef":"kq-1","visitorPhone":"13700000011","visitorName":"Wang",
                 "type":"KD","room":"1-1-101"}""");

        DeadLetter dead = deadLetter(IntegrationQueues.VISITOR_REQUESTS_DLQ);
        assertThat(dead.reason()).isEqualTo("requestRef is required");
        await().atMost(WAIT).until(() -> logOf("+8613700000011").isPresent());
        assertThat(logOf("+8613700000011")).get().extracting(CommandLogEntry::getCommand).isEqualTo("SQ");
    }

    @Test
    void theEmbeddedBrokerRedeliversARolledBackIntakeMessageForAsLongAsItTakes() {
        for (String queue : List.of(IntegrationQueues.SMS_OUTBOUND, IntegrationQueues.VISITOR_REQUESTS)) {
            AddressSettings settings = broker.getActiveMQServer().getAddressSettingsRepository().getMatch(queue);
            assertThat(settings.getMaxDeliveryAttempts()).as(queue + " delivery attempts").isEqualTo(-1);
            assertThat(settings.getRedeliveryDelay()).as(queue + " redelivery delay").isPositive();
        }
    }

    private Optional<CommandLogEntry> logOf(String phone) {
        return commandLog.findByPhoneOrderByIdDesc(phone, PageRequest.of(0, 1)).stream().findFirst();
    }

    private static String good(String clientRef, String text) {
        return "{\"schema\":1,\"to\":\"13800000001\",\"text\":\"" + text + "\",\"clientRef\":\"" + clientRef + "\"}";
    }

    private void send(String queue, String body) {
        try (JMSContext context = connectionFactory.createContext()) {
            context.createProducer().send(context.createQueue(queue), body);
        }
    }

    private DeadLetter deadLetter(String queue) throws JMSException {
        try (JMSContext context = connectionFactory.createContext();
                JMSConsumer consumer = context.createConsumer(context.createQueue(queue))) {
            Message message = consumer.receive(WAIT.toMillis());
            assertThat(message).as("a dead letter on " + queue).isNotNull();
            return new DeadLetter(((TextMessage) message).getText(), message.getStringProperty(IntegrationQueues.REASON),
                    message.getStringProperty(IntegrationQueues.FIELD));
        }
    }

    /** A dead-lettered message as read off its queue. */
    record DeadLetter(String body, String reason, String field) {
    }

    private boolean noDeadLetter(String queue) {
        try (JMSContext context = connectionFactory.createContext();
                JMSConsumer consumer = context.createConsumer(context.createQueue(queue))) {
            return consumer.receiveNoWait() == null;
        }
    }
}

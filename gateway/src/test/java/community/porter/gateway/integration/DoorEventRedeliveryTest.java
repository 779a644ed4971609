package community.porter.gateway.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;

import community.porter.access.demo.DemoCommunity;
import community.porter.access.door.Door;
import community.porter.access.door.DoorControllers;
import community.porter.access.door.DoorRepository;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import java.time.Duration;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * A door controller's event that fails only because the database is away (or Porter is stopping)
 * is rolled back and delivered again by the broker, not dead-lettered: a lost ACK would tell a
 * resident the door did not open when it did.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:door-events;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "spring.artemis.embedded.persistent=false",
        "porter.broker.listen=",
        "camel.springboot.main-run-controller=false",
        "logging.level.root=WARN"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DoorEventRedeliveryTest {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String CONTROLLER = "ctl-1-1";

    @Autowired ConnectionFactory connectionFactory;
    @Autowired DemoCommunity demo;
    @Autowired DoorRepository doors;
    @Autowired EmbeddedActiveMQ broker;
    @MockitoSpyBean DoorControllers controllers;

    @BeforeAll
    void seed() {
        demo.seed(0);
    }

    @Test
    void anEventThatFailedWhileTheDatabaseWasAwayIsDeliveredAgainAndActedOn() {
        doThrow(new CannotCreateTransactionException("database away")).doCallRealMethod().when(controllers)
                .heartbeat(CONTROLLER);

        send("{\"schema\":1,\"type\":\"HEARTBEAT\",\"controllerId\":\"" + CONTROLLER + "\",\"at\":\"2026-11-23T11:12:30Z\"}");

        await().atMost(WAIT).until(() -> doors.findByControllerId(CONTROLLER).stream().allMatch(Door::isOnline));
        assertThat(doors.findByControllerId(CONTROLLER)).isNotEmpty();
        try (JMSContext context = connectionFactory.createContext();
                JMSConsumer consumer = context.createConsumer(context.createQueue("porter.door.events.dlq"))) {
            assertThat(consumer.receiveNoWait()).as("nothing dead-lettered").isNull();
        }
    }

    @Test
    void theEmbeddedBrokerRedeliversDoorEventsForAsLongAsItTakes() {
        AddressSettings settings = broker.getActiveMQServer().getAddressSettingsRepository()
                .getMatch("porter.door.events");
        assertThat(settings.getMaxDeliveryAttempts()).isEqualTo(-1);
    }

    private void send(String body) {
        try (JMSContext context = connectionFactory.createContext()) {
            context.createProducer().send(context.createQueue("porter.door.events"), body);
        }
    }
}

package community.porter.gateway.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import community.porter.access.demo.DemoCommunity;
import community.porter.access.event.IntegrationAddresses;
import community.porter.access.message.OutboxRepository;
import community.porter.routes.integration.IntegrationQueues;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * Porter on an external broker ({@code spring.artemis.mode=native}) that goes away and comes
 * back: the intake consumer and the event relay attach again by themselves, so a message sent
 * after the restart is taken in and its status event published.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:restart;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "spring.artemis.mode=native",
        "camel.springboot.main-run-controller=false",
        "porter.integration.sweep-interval=300ms",
        "logging.level.root=WARN",
        // The outage is expected here; its warnings would only hide a real failure in the output.
        "logging.level.org.apache.camel.component.jms=ERROR",
        "logging.level.org.springframework.jms=ERROR"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExternalBrokerRestartTest {

    static final Duration WAIT = Duration.ofSeconds(45);
    static final int PORT = freePort();

    /** Made here, not by JUnit: the broker starts before the application context, ahead of any extension. */
    static final Path brokerData = temporaryDirectory();

    static EmbeddedActiveMQ broker;

    @Autowired OutboxRepository outbox;
    @Autowired DemoCommunity demo;

    @DynamicPropertySource
    static void brokerUrl(DynamicPropertyRegistry registry) throws Exception {
        broker = startBroker();
        registry.add("spring.artemis.broker-url", () -> "tcp://127.0.0.1:" + PORT);
    }

    @BeforeAll
    void seed() {
        demo.seed(0);
    }

    @AfterAll
    void stopBroker() throws Exception {
        if (broker != null) {
            broker.stop();
        }
        FileSystemUtils.deleteRecursively(brokerData);
    }

    @Test
    void afterTheBrokerRestartsAMessageSentToPorterIsTakenInAndItsStatusPublished() throws Exception {
        send("{\"schema\":1,\"to\":\"13800000001\",\"text\":\"before\",\"clientRef\":\"restart-1\"}");
        await("taken in before the restart").atMost(WAIT).until(() -> outbox.findByClientRef("restart-1").isPresent());

        broker.stop();
        broker = startBroker();

        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(url());
                JMSContext context = factory.createContext();
                JMSConsumer status = context.createConsumer(context.createTopic(IntegrationAddresses.SMS_STATUS),
                        "clientRef = 'restart-2'")) {
            context.createProducer().send(context.createQueue(IntegrationQueues.SMS_OUTBOUND),
                    "{\"schema\":1,\"to\":\"13800000001\",\"text\":\"after\",\"clientRef\":\"restart-2\"}");

            await("taken in after the restart").atMost(WAIT).until(() -> outbox.findByClientRef("restart-2").isPresent());
            Message queued = status.receive(WAIT.toMillis());
            assertThat(queued).as("status event published after the restart").isNotNull();
            assertThat(queued.getStringProperty("type")).isEqualTo("QUEUED");
        }
    }

    private static void send(String body) {
        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(url());
                JMSContext context = factory.createContext()) {
            context.createProducer().send(context.createQueue(IntegrationQueues.SMS_OUTBOUND), body);
        }
    }

    private static EmbeddedActiveMQ startBroker() throws Exception {
        Configuration configuration = new ConfigurationImpl()
                .setPersistenceEnabled(true)
                .setSecurityEnabled(false)
                .setJMXManagementEnabled(false)
                .setJournalDirectory(brokerData.resolve("journal").toString())
                .setBindingsDirectory(brokerData.resolve("bindings").toString())
                .setLargeMessagesDirectory(brokerData.resolve("large").toString())
                .setPagingDirectory(brokerData.resolve("paging").toString())
                .addAcceptorConfiguration("tcp", url());
        EmbeddedActiveMQ started = new EmbeddedActiveMQ();
        started.setConfiguration(configuration);
        started.start();
        return started;
    }

    private static String url() {
        return "tcp://127.0.0.1:" + PORT;
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("porter-broker");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

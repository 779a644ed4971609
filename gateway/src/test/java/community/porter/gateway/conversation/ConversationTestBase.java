package community.porter.gateway.conversation;

import community.porter.access.demo.DemoCommunity;
import community.porter.access.door.Door;
import community.porter.access.door.DoorRepository;
import community.porter.access.message.CommandLogRepository;
import community.porter.access.message.Inbox;
import community.porter.access.message.OutboxRepository;
import community.porter.command.pipeline.CommandPipeline;
import community.porter.demo.door.SimulatedDoorController.Behaviour;
import community.porter.demo.door.SimulatedDoorControllers;
import jakarta.jms.ConnectionFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * The whole application without transports: demo community, embedded broker, simulated door
 * controllers that acknowledge, and a clock the scripts move. Conversation test classes extend
 * this and {@link #play} scripts; they share one application context, so each test uses phones,
 * rooms or cards no other test changes, or restores what it changed.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:conversations;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "spring.artemis.embedded.persistent=false",
        "porter.broker.listen=",
        "camel.springboot.main-run-controller=false",
        "porter.limits.per-minute=1000",
        "porter.limits.per-day=100000",
        "porter.limits.door-per-minute=1000",
        "porter.doors.sweep-interval=200ms",
        "logging.level.root=WARN"})
@Import(ConversationTestBase.ScriptClock.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ConversationTestBase {

    /** Where the scripts' clock starts: a weekday morning in Beijing. */
    public static final Instant START = Instant.parse("2026-11-23T01:30:00Z");

    @Autowired protected DemoCommunity demo;
    @Autowired protected Inbox inbox;
    @Autowired protected CommandPipeline pipeline;
    @Autowired protected OutboxRepository outbox;
    @Autowired protected CommandLogRepository commandLog;
    @Autowired protected DoorRepository doors;
    @Autowired protected ConnectionFactory connectionFactory;
    @Autowired protected MutableClock clock;

    protected SimulatedDoorControllers controllers;

    /** Replaces the application's clock with one the scripts move. */
    @TestConfiguration
    static class ScriptClock {
        @Bean
        @Primary
        MutableClock scriptClock() {
            return new MutableClock(START);
        }
    }

    @BeforeAll
    void seedAndStartControllers() {
        demo.seed(0);
        controllers = new SimulatedDoorControllers(connectionFactory,
                doors.findAll().stream().map(Door::getControllerId).distinct().toList(), Duration.ofMillis(300),
                Clock.systemUTC());
    }

    @AfterAll
    void stopControllers() {
        controllers.close();
    }

    @BeforeEach
    void everyControllerAcknowledges() {
        controllers.all().forEach(c -> {
            c.behave(Behaviour.ACK);
            c.startHeartbeats();
        });
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> doors.findAll().stream().allMatch(Door::isOnline));
    }

    /** Plays one script against the application; see {@link ConversationScript}. */
    protected ConversationScript play(String script) {
        ConversationScript conversation = new ConversationScript(inbox, pipeline, outbox, commandLog, clock);
        conversation.play(script);
        return conversation;
    }
}

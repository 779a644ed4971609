package community.porter.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import community.porter.access.demo.DemoCommunity;
import community.porter.access.door.Door;
import community.porter.access.door.DoorRepository;
import community.porter.console.simulator.PhoneSimulator;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo as a person sees it: the simulated controllers of every demo door come online, and a
 * {@code KM} typed in the phone simulator travels over SMPP, opens the door through the broker
 * and is answered once the controller acknowledged.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:doordemo;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "spring.artemis.embedded.persistent=false",
        "porter.broker.listen=",
        "camel.springboot.main-run-controller=false",
        "logging.level.root=WARN"})
@ActiveProfiles("demo")
class DoorDemoTest {

    static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired DoorRepository doors;
    @Autowired PhoneSimulator phones;

    @Test
    void kmFromTheDemoOwnerOpensTheEntranceThroughASimulatedController() {
        await().atMost(WAIT).until(() -> doors.findAll().stream().allMatch(Door::isOnline));

        phones.send(DemoCommunity.OWNER_PHONE, "KM");

        await().atMost(WAIT).until(() -> phones.conversation(DemoCommunity.OWNER_PHONE).stream()
                .anyMatch(m -> !m.fromPhone()));
        assertThat(phones.conversation(DemoCommunity.OWNER_PHONE)).filteredOn(m -> !m.fromPhone())
                .extracting(PhoneSimulator.SimulatedMessage::text).containsExactly("entrance 1-1 is open.");
    }
}

package community.porter.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import community.porter.smpp.JsmppSmsc;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code KM} over real SMPP against the packaged Porter in demo mode, its simulated controllers
 * switched off: the test itself is controller {@code ctl-1-1} (entrance 1-1), speaking
 * docs/door-protocol.md over STOMP on the broker port from outside the process. It proves the
 * resident is answered only when the controller acknowledges — and, when the controller stays
 * silent, told so once the acknowledgement timeout has passed.
 */
class DoorOpeningEndToEndTest {

    private static final String SERVICE = "10690000";
    private static final String OWNER = "+8613800000001";
    private static final String CONTROLLER = "ctl-1-1";
    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(3);
    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @TempDir
    static Path workDir;

    private static SmppPorter fixture;
    private static JsmppSmsc smsc;
    private static PorterProcess porter;
    private static StompDoorController entrance;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void startSmscPorterAndController() throws Exception {
        fixture = SmppPorter.start(workDir,
                "--porter.demo.door-controllers=false",
                "--porter.doors.ack-timeout=" + ACK_TIMEOUT.toSeconds() + "s");
        smsc = fixture.smsc();
        porter = fixture.porter();

        entrance = StompDoorController.connect(porter.brokerPort(), CONTROLLER);
        entrance.comeOnline();
        entrance.keepSendingHeartbeats(Duration.ofSeconds(1));
    }

    @AfterAll
    static void stop() throws Exception {
        if (entrance != null) {
            entrance.close();
        }
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void demoModeLeavesTheDoorsToTheExternalController() {
        assertThat(porter.output()).contains("Demo community").doesNotContain("Simulated door controllers");
    }

    @Test
    void theOwnerIsAnsweredOnlyAfterTheControllerAcknowledgesTheOpening() throws Exception {
        int repliesBefore = fixture.textsTo(OWNER).size();

        JsonNode open = sendKmAndAwaitTheOpen();
        assertThat(open.path("door").asText()).isEqualTo("1-1");
        assertThat(fixture.textsTo(OWNER)).as("replies before the controller acknowledged").hasSize(repliesBefore);
        assertThat(latestKm().path("outcome").asText()).as("provisional outcome").isEqualTo("DOOR_TIMEOUT");

        entrance.ack(open.path("commandId").asLong());

        await("reply to the owner").atMost(DEADLINE).until(() -> fixture.textsTo(OWNER).size() > repliesBefore);
        assertThat(fixture.textsTo(OWNER).subList(repliesBefore, fixture.textsTo(OWNER).size()))
                .containsExactly("entrance 1-1 is open.");
        await("outcome OK in the command log").atMost(DEADLINE)
                .until(() -> latestKm().path("outcome").asText().equals("OK"));
        assertThat(latestKm().path("replyCount").asInt()).isEqualTo(1);
    }

    @Test
    void aSilentControllerLeavesTheOwnerWithATimeoutReply() throws Exception {
        int repliesBefore = fixture.textsTo(OWNER).size();

        JsonNode open = sendKmAndAwaitTheOpen();
        long openSeenAt = System.nanoTime();

        await("timeout reply to the owner").atMost(DEADLINE).until(() -> fixture.textsTo(OWNER).size() > repliesBefore);
        Duration waited = Duration.ofNanos(System.nanoTime() - openSeenAt);
        assertThat(fixture.textsTo(OWNER).subList(repliesBefore, fixture.textsTo(OWNER).size())).containsExactly(
                "entrance 1-1 did not confirm. Check whether it opened; if not, send KM again.");
        assertThat(waited).as("the reply waits for the acknowledgement timeout")
                .isGreaterThan(ACK_TIMEOUT.minusSeconds(1));
        JsonNode km = latestKm();
        assertThat(km.path("outcome").asText()).isEqualTo("DOOR_TIMEOUT");
        assertThat(km.path("replyCount").asInt()).isEqualTo(1);
        assertThat(entrance.openCommands()).as("the unanswered OPEN")
                .anyMatch(c -> c.path("commandId").asLong() == open.path("commandId").asLong());
    }

    /** The owner texts {@code KM}; returns the new {@code OPEN} the controller receives for it. */
    private JsonNode sendKmAndAwaitTheOpen() throws Exception {
        List<Long> seen = entrance.openCommands().stream().map(c -> c.path("commandId").asLong()).toList();

        assertThat(smsc.deliverGsm(OWNER, SERVICE, "KM").get(10, TimeUnit.SECONDS)).as("deliver_sm_resp status")
                .isZero();

        return await("OPEN for " + CONTROLLER).atMost(DEADLINE)
                .until(() -> entrance.openCommands().stream()
                        .filter(c -> !seen.contains(c.path("commandId").asLong())).findFirst(), Optional::isPresent)
                .orElseThrow();
    }

    /** The owner's latest command-log row, which must be a {@code KM}. */
    private JsonNode latestKm() throws Exception {
        String body = porter.get("/api/v1/commands?limit=1&phone=" + OWNER.replace("+", "%2B")).body();
        JsonNode latest = json.readTree(body).get(0);
        assertThat(latest.path("text").asText()).isEqualTo("KM");
        return latest;
    }
}

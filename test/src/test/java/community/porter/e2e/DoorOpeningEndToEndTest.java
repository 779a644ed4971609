package community.porter.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import community.porter.smpp.JsmppSmsc;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.jsmpp.bean.SubmitSm;
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

    private static JsmppSmsc smsc;
    private static PorterProcess porter;
    private static StompDoorController entrance;
    private static final List<SubmitSm> accepted = new CopyOnWriteArrayList<>();
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void startSmscPorterAndController() throws Exception {
        smsc = JsmppSmsc.start();
        smsc.answerSubmits(submit -> {
            accepted.add(submit);
            return 0;
        });
        porter = PorterProcess.start(workDir, "--demo",
                "--porter.demo.door-controllers=false",
                "--porter.doors.ack-timeout=" + ACK_TIMEOUT.toSeconds() + "s",
                "--porter.smpp.connections[0].name=operator",
                "--porter.smpp.connections[0].host=127.0.0.1",
                "--porter.smpp.connections[0].port=" + smsc.port(),
                "--porter.smpp.connections[0].system-id=porter",
                "--porter.smpp.connections[0].password=secret");
        await("Porter binds to the SMSC").atMost(DEADLINE).until(smsc::isBound);

        entrance = StompDoorController.connect(porter.brokerPort(), CONTROLLER);
        entrance.comeOnline();
        entrance.keepSendingHeartbeats(Duration.ofSeconds(1));
    }

    @AfterAll
    static void stop() throws Exception {
        if (entrance != null) {
            entrance.close();
        }
        if (porter != null) {
            porter.close();
        }
        if (smsc != null) {
            smsc.close();
        }
    }

    @Test
    void demoModeLeavesTheDoorsToTheExternalController() {
        assertThat(porter.output()).contains("Demo community").doesNotContain("Simulated door controllers");
    }

    @Test
    void theOwnerIsAnsweredOnlyAfterTheControllerAcknowledgesTheOpening() throws Exception {
        int repliesBefore = repliesTo(OWNER).size();

        JsonNode open = sendKmAndAwaitTheOpen();
        assertThat(open.path("door").asText()).isEqualTo("1-1");
        assertThat(repliesTo(OWNER)).as("replies before the controller acknowledged").hasSize(repliesBefore);
        assertThat(latestKm().path("outcome").asText()).as("provisional outcome").isEqualTo("DOOR_TIMEOUT");

        entrance.ack(open.path("commandId").asLong());

        await("reply to the owner").atMost(DEADLINE).until(() -> repliesTo(OWNER).size() > repliesBefore);
        assertThat(repliesTo(OWNER).subList(repliesBefore, repliesTo(OWNER).size()))
                .containsExactly("entrance 1-1 is open.");
        await("outcome OK in the command log").atMost(DEADLINE)
                .until(() -> latestKm().path("outcome").asText().equals("OK"));
        assertThat(latestKm().path("replyCount").asInt()).isEqualTo(1);
    }

    @Test
    void aSilentControllerLeavesTheOwnerWithATimeoutReply() throws Exception {
        int repliesBefore = repliesTo(OWNER).size();

        JsonNode open = sendKmAndAwaitTheOpen();
        long openSeenAt = System.nanoTime();

        await("timeout reply to the owner").atMost(DEADLINE).until(() -> repliesTo(OWNER).size() > repliesBefore);
        Duration waited = Duration.ofNanos(System.nanoTime() - openSeenAt);
        assertThat(repliesTo(OWNER).subList(repliesBefore, repliesTo(OWNER).size())).containsExactly(
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

    /** Texts of the single-part replies accepted for {@code phone}, in order. */
    private static List<String> repliesTo(String phone) {
        return new ArrayList<>(accepted.stream().filter(s -> Submitted.destination(s).equals(phone.substring(1)))
                .map(Submitted::text).toList());
    }
}

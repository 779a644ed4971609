package community.porter.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import community.porter.modem.sim.Dialect;
import community.porter.modem.sim.SimulatedModem;
import community.porter.modem.sim.SubmittedMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A message received through a GSM modem survives Porter being killed at either side of
 * storing it: the start sweep reads it again from the SIM, the inbox recognises a copy of what
 * it had stored, the resident gets one reply, and the SIM is emptied.
 */
class ModemDurabilityEndToEndTest {

    private static final String OWNER = "+8613800000001";
    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @TempDir
    Path workDir;

    private SimulatedModem modem;
    private PorterProcess porter;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void start() {
        modem = SimulatedModem.start(Dialect.HUAWEI);
        porter = PorterProcess.start(workDir, "--demo",
                "--porter.modems[0].name=gate",
                "--porter.modems[0].port=" + modem.hostPath(),
                "--porter.routing.rules[0].transports[0]=modems");
        awaitModemRunning();
    }

    @AfterEach
    void stop() {
        if (porter != null) {
            porter.close();
        }
        if (modem != null) {
            modem.close();
        }
    }

    @Test
    void aCrashAfterStoringBeforeDeletingRecordsTheReReadMessageAsADuplicateAndRepliesOnce() throws Exception {
        // The modem stops answering at the delete: Porter stored and handled the message, but it stays on the SIM.
        modem.hangOnNext("AT+CMGD");
        modem.deliver(OWNER, "H");

        await("the help request handled").atMost(DEADLINE).until(() -> outcomes().contains("OK"));
        await("the modem hung on the delete").atMost(DEADLINE).until(modem::isHung);
        assertThat(modem.storage()).as("still on the SIM").hasSize(1);

        porter.kill();
        modem.recover();
        porter.startAndAwaitHealth();
        awaitModemRunning();

        await("the copy read again by the start sweep").atMost(DEADLINE).until(() -> outcomes().contains("DUPLICATE"));
        await("the message deleted from the SIM").atMost(DEADLINE).until(() -> modem.storage().isEmpty());
        await("the one reply submitted").atMost(DEADLINE).until(() -> wholeRepliesToOwner() >= 1);
        assertThat(outcomes()).containsExactlyInAnyOrder("OK", "DUPLICATE");
        assertThat(wholeRepliesToOwner()).as("replies to the resident in total").isEqualTo(1);
    }

    @Test
    void aCrashBeforeStoringLeavesTheMessageForTheStartSweepWhichHandlesItOnce() throws Exception {
        // The modem stops answering when Porter reads the new message: nothing is stored.
        modem.hangOnNext("AT+CMGR");
        modem.deliver(OWNER, "H");

        await("the modem hung on the read").atMost(DEADLINE).until(modem::isHung);
        assertThat(outcomes()).isEmpty();

        porter.kill();
        modem.recover();
        porter.startAndAwaitHealth();
        awaitModemRunning();

        await("the message handled after the restart").atMost(DEADLINE).until(() -> outcomes().contains("OK"));
        await("the message deleted from the SIM").atMost(DEADLINE).until(() -> modem.storage().isEmpty());
        await("the reply submitted").atMost(DEADLINE).until(() -> wholeRepliesToOwner() >= 1);
        assertThat(outcomes()).containsExactly("OK");
        assertThat(wholeRepliesToOwner()).as("replies to the resident in total").isEqualTo(1);
    }

    private void awaitModemRunning() {
        await("the modem runs").atMost(DEADLINE).until(() -> porter.health().contains("\"gate\"")
                && porter.health().contains("RUNNING"));
    }

    /** The outcomes of the resident's command-log rows. */
    private List<String> outcomes() throws Exception {
        String body = porter.get("/api/v1/commands?limit=100&phone=" + OWNER.replace("+", "%2B")).body();
        List<String> outcomes = new ArrayList<>();
        for (JsonNode row : json.readTree(body)) {
            outcomes.add(row.get("outcome").asText());
        }
        return outcomes;
    }

    /** Whole messages the modem sent to the resident: single parts and first parts of long ones. */
    private long wholeRepliesToOwner() {
        return modem.submitted().stream()
                .map(SubmittedMessage::submit)
                .filter(submit -> submit.destination().displayValue().equals(OWNER))
                .filter(submit -> submit.userData().concat().map(c -> c.sequence() == 1).orElse(true))
                .count();
    }
}

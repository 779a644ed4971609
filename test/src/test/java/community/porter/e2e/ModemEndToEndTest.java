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
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged Porter with a GSM modem (a simulated Huawei on a pseudo-terminal) as its transport:
 * a resident texts the modem, the reply goes out through the modem, the received message is
 * deleted from the SIM once stored, and the modem's status report marks the reply delivered.
 */
class ModemEndToEndTest {

    private static final String OWNER = "+8613800000001";
    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @TempDir
    static Path workDir;

    private static SimulatedModem modem;
    private static PorterProcess porter;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void start() {
        modem = SimulatedModem.start(Dialect.HUAWEI);
        try {
            // The demo's own SMSC still runs; the routing rule sends everything through the modems.
            porter = PorterProcess.start(workDir, "--demo",
                    "--porter.modems[0].name=gate",
                    "--porter.modems[0].port=" + modem.hostPath(),
                    "--porter.routing.rules[0].transports[0]=modems");
        } catch (RuntimeException | Error e) {
            modem.close();
            throw e;
        }
        await("the modem runs").atMost(DEADLINE).until(() -> porter.health().contains("\"gate\"")
                && porter.health().contains("RUNNING"));
    }

    @AfterAll
    static void stop() {
        if (porter != null) {
            porter.close();
        }
        if (modem != null) {
            modem.close();
        }
    }

    @Test
    void aHelpRequestToTheModemIsAnsweredThroughItAndReportedDelivered() throws Exception {
        modem.deliver(OWNER, "H");

        List<SubmittedMessage> reply = await("the reply submitted through the modem").atMost(DEADLINE)
                .until(() -> toOwner(), parts -> !parts.isEmpty() && complete(parts));
        StringBuilder text = new StringBuilder();
        reply.forEach(part -> text.append(part.submit().userData().text().orElse("")));
        assertThat(text.toString()).isNotBlank();
        assertThat(reply).allSatisfy(part -> assertThat(part.submit().statusReportRequest()).isTrue());
        await("the message deleted from the SIM once stored").atMost(DEADLINE).until(() -> modem.storage().isEmpty());
        assertThat(modem.deleted()).hasSize(1);

        reply.forEach(part -> modem.reportDelivered(part.messageReference()));

        await("the reply delivered").atMost(DEADLINE).until(() -> {
            JsonNode messages = json.readTree(porter.get("/api/v1/messages?to=" + OWNER.replace("+", "%2B")).body());
            for (JsonNode message : messages) {
                if (message.get("state").asText().equals("DELIVERED")) {
                    return true;
                }
            }
            return false;
        });
    }

    private static List<SubmittedMessage> toOwner() {
        return modem.submitted().stream()
                .filter(m -> m.submit().destination().displayValue().equals(OWNER)).toList();
    }

    private static boolean complete(List<SubmittedMessage> parts) {
        int total = parts.get(0).submit().userData().concat().map(c -> c.total()).orElse(1);
        return parts.size() >= total;
    }
}

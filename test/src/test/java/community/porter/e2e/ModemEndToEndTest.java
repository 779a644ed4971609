package community.porter.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import community.porter.modem.sim.Dialect;
import community.porter.modem.sim.SimulatedModem;
import community.porter.modem.sim.SubmittedMessage;
import community.porter.sms.codec.Alphabet;
import community.porter.sms.codec.ConcatInfo;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged Porter with a GSM modem (a simulated Huawei on a pseudo-terminal) as its transport:
 * a resident texts the modem, the reply goes out through the modem, the received message is
 * deleted from the SIM once stored, and the modem's status report marks the reply delivered; a
 * long Chinese reply leaves as UCS-2 parts that join to the text Porter stored.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
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
    @Order(1)
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

    @Test
    @Order(2)
    void aLongChineseReplyLeavesThroughTheModemAsUcs2PartsThatJoinToTheStoredText() throws Exception {
        int before = toOwner().size();
        modem.deliver(OWNER, "帮助");

        List<SubmittedMessage> parts = await("the Chinese help through the modem").atMost(DEADLINE)
                .until(() -> since(before), p -> !p.isEmpty() && complete(p));

        assertThat(parts).as("a long reply").hasSizeGreaterThan(1);
        assertThat(parts).allSatisfy(part -> assertThat(part.submit().userData().alphabet()).isEqualTo(Alphabet.UCS2));
        List<ConcatInfo> concat = parts.stream().map(part -> part.part().orElseThrow()).toList();
        assertThat(concat).extracting(ConcatInfo::reference).containsOnly(concat.get(0).reference());
        assertThat(concat).extracting(ConcatInfo::sequence)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, parts.size()).boxed().toList());
        String joined = String.join("", parts.stream().map(part -> part.text().orElseThrow()).toList());
        JsonNode stored = json.readTree(porter.get("/api/v1/messages?to=" + OWNER.replace("+", "%2B")).body());
        assertThat(joined).isEqualTo(stored.get(0).get("text").asText());
    }

    /** The parts to the owner submitted after the first {@code count}. */
    private static List<SubmittedMessage> since(int count) {
        List<SubmittedMessage> all = toOwner();
        return all.subList(Math.min(count, all.size()), all.size());
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

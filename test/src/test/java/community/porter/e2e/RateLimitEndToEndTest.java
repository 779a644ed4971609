package community.porter.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import community.porter.smpp.JsmppSmsc;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.SubmitSm;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The per-phone limit of SPEC §3.5 with Porter's default settings (10 commands a minute), over
 * real SMPP: a flood from one phone is answered ten times, then once with {@code RATE_LIMITED},
 * then not at all — while another phone sending at the same time is answered every time.
 */
class RateLimitEndToEndTest {

    private static final String SERVICE = "10690000";
    private static final String FLOODER = "+8613800000001";
    private static final String NEIGHBOUR = "+8613800000002";
    private static final int MO_ID_TLV = 0x1401;
    private static final Duration DEADLINE = Duration.ofSeconds(60);

    @TempDir
    static Path workDir;

    private static JsmppSmsc smsc;
    private static PorterProcess porter;
    private static final List<SubmitSm> accepted = new CopyOnWriteArrayList<>();
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void startSmscAndPorter() throws Exception {
        smsc = JsmppSmsc.start();
        smsc.answerSubmits(submit -> {
            accepted.add(submit);
            return 0;
        });
        // No porter.limits.* here: the defaults are what is tested.
        porter = PorterProcess.start(workDir, "--demo",
                "--porter.smpp.connections[0].name=operator",
                "--porter.smpp.connections[0].host=127.0.0.1",
                "--porter.smpp.connections[0].port=" + smsc.port(),
                "--porter.smpp.connections[0].system-id=porter",
                "--porter.smpp.connections[0].password=secret",
                "--porter.smpp.connections[0].mo-id-tlv=0x1401");
        await("Porter binds to the SMSC").atMost(DEADLINE).until(smsc::isBound);
    }

    @AfterAll
    static void stop() {
        if (porter != null) {
            porter.close();
        }
        if (smsc != null) {
            smsc.close();
        }
    }

    @Test
    void aFloodIsAnsweredTenTimesThenOnceRateLimitedThenSilenceWhileANeighbourIsServed() throws Exception {
        // The limiter counts in calendar minutes: start the burst early in one, so it ends in it.
        await("the start of a minute").atMost(Duration.ofSeconds(65)).pollInterval(Duration.ofMillis(200))
                .until(() -> LocalTime.now(ZoneOffset.UTC).getSecond() < 20);

        for (int i = 0; i < 25; i++) {
            deliverH(FLOODER, "flood-" + i);
            if (i % 5 == 2) {
                deliverH(NEIGHBOUR, "neighbour-" + i);
            }
        }

        await("every message logged").atMost(DEADLINE)
                .until(() -> commandsOf(FLOODER).size() == 25 && commandsOf(NEIGHBOUR).size() == 5);
        List<JsonNode> flood = commandsOf(FLOODER);
        assertThat(flood.stream().filter(c -> c.get("outcome").asText().equals("OK"))).hasSize(10);
        List<JsonNode> limited = flood.stream().filter(c -> c.get("outcome").asText().equals("RATE_LIMITED")).toList();
        assertThat(limited).hasSize(15);
        assertThat(limited.stream().filter(c -> c.get("replyCount").asInt() == 1)).as("answered once").hasSize(1);
        assertThat(limited.stream().filter(c -> c.get("replyCount").asInt() == 0)).as("then silence").hasSize(14);
        assertThat(commandsOf(NEIGHBOUR)).allSatisfy(c -> assertThat(c.get("outcome").asText()).isEqualTo("OK"));

        await("replies accepted by the SMSC").atMost(DEADLINE)
                .until(() -> repliesTo(FLOODER).size() == 11 && repliesTo(NEIGHBOUR).size() == 5);
        List<String> toFlooder = repliesTo(FLOODER);
        assertThat(toFlooder.stream().filter(t -> t.startsWith("Commands:"))).hasSize(10);
        assertThat(toFlooder.stream().filter(t -> t.startsWith("Too many messages"))).hasSize(1);
        assertThat(repliesTo(NEIGHBOUR)).allSatisfy(t -> assertThat(t).startsWith("Commands:"));
    }

    /** An {@code H} with its own SMSC message id, so no copy is mistaken for a re-delivery. */
    private static void deliverH(String from, String moId) throws Exception {
        OptionalParameter id = new OptionalParameter.OctetString((short) MO_ID_TLV, moId);
        assertThat(smsc.deliver(from, SERVICE, DataCodings.ZERO, new ESMClass(),
                "H".getBytes(StandardCharsets.US_ASCII), id).get(10, TimeUnit.SECONDS)).isZero();
    }

    private List<JsonNode> commandsOf(String phone) throws Exception {
        String body = porter.get("/api/v1/commands?limit=100&phone=" + phone.replace("+", "%2B")).body();
        List<JsonNode> rows = new ArrayList<>();
        json.readTree(body).forEach(rows::add);
        return rows;
    }

    /** Whole replies accepted for {@code phone}: parts of a long help text are joined by their reference. */
    private static List<String> repliesTo(String phone) {
        Map<Integer, TreeMap<Integer, String>> byReference = new LinkedHashMap<>();
        int single = -1;
        for (SubmitSm part : accepted) {
            if (Submitted.destination(part).equals(phone.substring(1))) {
                int[] ref = Submitted.part(part);
                int key = ref[0] == 0 && ref[1] == 1 ? single-- : ref[0];
                byReference.computeIfAbsent(key, k -> new TreeMap<>()).put(ref[1], Submitted.text(part));
            }
        }
        return byReference.values().stream().map(parts -> String.join("", parts.values())).toList();
    }
}

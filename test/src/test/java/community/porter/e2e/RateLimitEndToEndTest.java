package community.porter.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import community.porter.smpp.JsmppSmsc;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.OptionalParameter;
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

    private static SmppPorter fixture;
    private static JsmppSmsc smsc;

    @BeforeAll
    static void startSmscAndPorter() throws Exception {
        // No porter.limits.* here: the defaults are what is tested.
        fixture = SmppPorter.start(workDir,
                "--porter.smpp.connections[0].mo-id-tlv=0x1401");
        smsc = fixture.smsc();
    }

    @AfterAll
    static void stop() {
        if (fixture != null) {
            fixture.close();
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
                .until(() -> fixture.commandsOf(FLOODER).size() == 25 && fixture.commandsOf(NEIGHBOUR).size() == 5);
        List<JsonNode> flood = fixture.commandsOf(FLOODER);
        assertThat(flood.stream().filter(c -> c.get("outcome").asText().equals("OK"))).hasSize(10);
        List<JsonNode> limited = flood.stream().filter(c -> c.get("outcome").asText().equals("RATE_LIMITED")).toList();
        assertThat(limited).hasSize(15);
        assertThat(limited.stream().filter(c -> c.get("replyCount").asInt() == 1)).as("answered once").hasSize(1);
        assertThat(limited.stream().filter(c -> c.get("replyCount").asInt() == 0)).as("then silence").hasSize(14);
        assertThat(fixture.commandsOf(NEIGHBOUR))
                .allSatisfy(c -> assertThat(c.get("outcome").asText()).isEqualTo("OK"));

        await("replies accepted by the SMSC").atMost(DEADLINE)
                .until(() -> fixture.textsTo(FLOODER).size() == 11 && fixture.textsTo(NEIGHBOUR).size() == 5);
        List<String> toFlooder = fixture.textsTo(FLOODER);
        assertThat(toFlooder.stream().filter(t -> t.startsWith("Commands:"))).hasSize(10);
        assertThat(toFlooder.stream().filter(t -> t.startsWith("Too many messages"))).hasSize(1);
        assertThat(fixture.textsTo(NEIGHBOUR)).allSatisfy(t -> assertThat(t).startsWith("Commands:"));
    }

    /** An {@code H} with its own SMSC message id, so no copy is mistaken for a re-delivery. */
    private static void deliverH(String from, String moId) throws Exception {
        OptionalParameter id = new OptionalParameter.OctetString((short) MO_ID_TLV, moId);
        assertThat(smsc.deliver(from, SERVICE, DataCodings.ZERO, new ESMClass(),
                "H".getBytes(StandardCharsets.US_ASCII), id).get(10, TimeUnit.SECONDS)).isZero();
    }
}

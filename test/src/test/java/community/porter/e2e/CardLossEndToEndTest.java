package community.porter.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import community.porter.smpp.JsmppSmsc;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code GS} over real SMPP against the packaged Porter in demo mode: the owner is answered with a
 * case number, and every door controller of the community is told to block the card — checked
 * by listening to {@code porter.door.commands} from outside the process over STOMP, as a
 * controller service would.
 */
class CardLossEndToEndTest {

    private static final String SERVICE = "10690000";
    private static final String OWNER = "+8613800000001";
    private static final Duration DEADLINE = Duration.ofSeconds(30);
    /** The gate and the six unit entrances of DEMO. */
    private static final List<String> DEMO_CONTROLLERS = List.of("ctl-gate", "ctl-1-1", "ctl-1-2", "ctl-2-1",
            "ctl-2-2", "ctl-3-1", "ctl-3-2");

    @TempDir
    static Path workDir;

    private static SmppPorter fixture;
    private static JsmppSmsc smsc;
    private static PorterProcess porter;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void startSmscAndPorter() throws Exception {
        fixture = SmppPorter.start(workDir);
        smsc = fixture.smsc();
        porter = fixture.porter();
    }

    @AfterAll
    static void stop() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void theOwnersGsIsAnsweredWithACaseNumberAndEveryControllerBlocksTheCard() throws Exception {
        try (StompTopicSubscriber doorCommands = StompTopicSubscriber.subscribe(porter.brokerPort(),
                "porter.door.commands")) {

            assertThat(smsc.deliverGsm(OWNER, SERVICE, "GS").get(10, TimeUnit.SECONDS)).isZero();

            await("reply to the owner").atMost(DEADLINE).until(() -> !fixture.textsTo(OWNER).isEmpty());
            assertThat(fixture.textsTo(OWNER)).singleElement().asString()
                    .matches("Card D0001 is reported lost and blocked at every door\\. Case GS\\d{6}-\\d{6}\\..*");

            await("BLOCK_CARD D0001 to every controller").atMost(DEADLINE)
                    .untilAsserted(() -> assertThat(blockedD0001By(doorCommands)).containsAll(DEMO_CONTROLLERS));
            assertThat(blockedD0001By(doorCommands)).as("one command per controller")
                    .hasSameSizeAs(DEMO_CONTROLLERS);
        }
        HttpResponse<String> card = porter.get("/api/v1/cards/D0001");
        assertThat(card.statusCode()).isEqualTo(200);
        assertThat(json.readTree(card.body()).get("status").asText()).isEqualTo("LOST");
        assertThat(porter.get("/api/v1/cards/NOPE1").statusCode()).isEqualTo(404);
    }

    /** The controllers addressed by the BLOCK_CARD commands for D0001 seen on the topic. */
    private List<String> blockedD0001By(StompTopicSubscriber subscriber) {
        return subscriber.messages().stream().map(this::parse)
                .filter(c -> c.path("type").asText().equals("BLOCK_CARD") && c.path("card").asText().equals("D0001"))
                .map(c -> c.path("controllerId").asText()).toList();
    }

    private JsonNode parse(String body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON on porter.door.commands: " + body, e);
        }
    }
}

package community.porter.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import community.porter.smpp.JsmppSmsc;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsmpp.bean.SubmitSm;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The REST API of the packaged Porter as another application uses it: a key made with the jar's
 * {@code api-key create} task before the start, a message sent with it through jSMPP's SMSC, its
 * life read back (SENT, then DELIVERED once the SMSC's receipt arrived, with the times), and the
 * OpenAPI document served without a key.
 */
class RestApiEndToEndTest {

    private static final String RESIDENT = "+8613800000001";
    private static final short RECEIPTED_MESSAGE_ID = 0x001E;
    private static final short MESSAGE_STATE = 0x0427;
    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @TempDir
    static Path workDir;

    private static String cliKey;
    private static SmppPorter fixture;
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @BeforeAll
    static void createAKeyThenStartPorter() throws Exception {
        cliKey = createKeyWithTheJar("e2e crm");
        fixture = SmppPorter.start(workDir);
    }

    @AfterAll
    static void stop() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void aMessageSentWithAKeyReachesTheSmscAndItsLifeShowsSentThenDelivered() throws Exception {
        String text = "Your parcel is at the gate, code 4711.";
        Instant before = Instant.now();
        HttpResponse<String> accepted = post("/api/v1/messages", cliKey,
                "{\"to\":\"" + RESIDENT + "\",\"text\":\"" + text + "\",\"clientRef\":\"e2e-parcel-1\"}");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        long id = json.readTree(accepted.body()).get("id").asLong();
        assertThat(accepted.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/api/v1/messages/" + id));

        await("the SMSC gets the message").atMost(DEADLINE).until(() -> fixture.textsTo(RESIDENT).contains(text));
        JsonNode sent = awaitState(id, "SENT");
        assertThat(Instant.parse(sent.get("createdAt").asText())).isAfterOrEqualTo(before.minusSeconds(1));
        assertThat(Instant.parse(sent.get("sentAt").asText())).isAfterOrEqualTo(Instant.parse(sent.get("createdAt").asText()));
        assertThat(sent.get("clientRef").asText()).isEqualTo("e2e-parcel-1");
        String smscId = sent.at("/parts/0/smscId").asText();

        SubmitSm submit = submitWithId(smscId);
        assertThat(fixture.smsc().deliverReceipt(submit, "",
                        new org.jsmpp.bean.OptionalParameter.COctetString(RECEIPTED_MESSAGE_ID, smscId),
                        new org.jsmpp.bean.OptionalParameter.Byte(MESSAGE_STATE, (byte) 2))
                .get(10, TimeUnit.SECONDS)).isZero();

        JsonNode delivered = awaitState(id, "DELIVERED");
        assertThat(Instant.parse(delivered.get("deliveredAt").asText()))
                .isAfterOrEqualTo(Instant.parse(delivered.get("sentAt").asText()));
        assertThat(delivered.at("/parts/0/state").asText()).isEqualTo("DELIVERED");
        assertThat(delivered.at("/parts/0/submittedAt").isTextual()).isTrue();
        assertThat(delivered.at("/parts/0/receiptAt").isTextual()).isTrue();

        // The same message again under its reference is the same message, not a second SMS.
        HttpResponse<String> again = post("/api/v1/messages", cliKey,
                "{\"to\":\"" + RESIDENT + "\",\"text\":\"" + text + "\",\"clientRef\":\"e2e-parcel-1\"}");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json.readTree(again.body()).get("id").asLong()).isEqualTo(id);
        assertThat(json.readTree(again.body()).get("resubmission").asBoolean()).isTrue();
        assertThat(fixture.textsTo(RESIDENT).stream().filter(text::equals)).hasSize(1);
    }

    @Test
    void aKioskRequestTakesTheSqPathAndItsLifeShowsTheApprovalsSentToTheResidents() throws Exception {
        String request = "{\"visitorPhone\":\"+8613712340009\",\"visitorName\":\"王五\",\"type\":\"KD\","
                + "\"room\":\"1-1-101\",\"requestRef\":\"kiosk-e2e-1\"}";
        HttpResponse<String> accepted = post("/api/v1/visitor-requests", cliKey, request);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        long id = json.readTree(accepted.body()).get("id").asLong();

        JsonNode life = await("the request is handled").atMost(DEADLINE).until(
                () -> json.readTree(fixture.porter().get("/api/v1/inbound/" + id, cliKey).body()),
                inbound -> "HANDLED".equals(inbound.path("state").asText()) && inbound.path("replies").size() >= 2);
        assertThat(life.at("/command/command").asText()).isEqualTo("SQ");
        assertThat(life.at("/command/outcome").asText()).isEqualTo("OK");
        List<String> recipients = new ArrayList<>();
        life.get("replies").forEach(reply -> recipients.add(reply.get("to").asText()));
        assertThat(recipients).contains(RESIDENT, "+8613800000002");
        await("the owner's approval request reaches the SMSC").atMost(DEADLINE)
                .until(() -> fixture.textsTo(RESIDENT).stream().anyMatch(t -> t.contains("王五")));

        HttpResponse<String> again = post("/api/v1/visitor-requests", cliKey, request);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json.readTree(again.body()).get("id").asLong()).isEqualTo(id);
    }

    @Test
    void badInputAndABadKeyAreProblemsNotErrorPages() throws Exception {
        HttpResponse<String> invalid = post("/api/v1/messages", cliKey, "{\"to\":\"nobody\",\"text\":\"hi\"}");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json.readTree(invalid.body()).get("field").asText()).isEqualTo("to");

        HttpResponse<String> malformed = post("/api/v1/messages", cliKey, "{\"to\":");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.headers().firstValue("Content-Type")).hasValue("application/problem+json");

        HttpResponse<String> wrongKey = post("/api/v1/messages", "porter_not-a-key", "{\"to\":\"+8613800000002\",\"text\":\"x\"}");
        assertThat(wrongKey.statusCode()).isEqualTo(401);
        assertThat(wrongKey.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void theOpenApiDocumentIsServedWithoutAKeyAndConnectorHealthWithOne() throws Exception {
        HttpResponse<String> document = http.send(HttpRequest.newBuilder(
                        URI.create(fixture.porter().baseUrl() + "/api/v1/openapi.json")).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(document.statusCode()).isEqualTo(200);
        JsonNode openApi = json.readTree(document.body());
        assertThat(openApi.at("/info/title").asText()).isEqualTo("Porter REST API");
        assertThat(openApi.at("/paths").has("/api/v1/messages")).isTrue();
        assertThat(openApi.at("/components/securitySchemes/apiKey/name").asText()).isEqualTo("X-API-Key");

        JsonNode connectors = json.readTree(fixture.porter().get("/api/v1/health/connectors", cliKey).body());
        assertThat(connectors.at("/components/smsc/status").asText()).isEqualTo("UP");
        JsonNode doors = json.readTree(fixture.porter().get("/api/v1/health/doors", cliKey).body());
        List<String> codes = new ArrayList<>();
        doors.forEach(door -> codes.add(door.get("code").asText()));
        assertThat(codes).contains("GATE", "1-1");
    }

    private JsonNode awaitState(long id, String state) {
        return await("message " + id + " " + state).atMost(DEADLINE).until(
                () -> json.readTree(fixture.porter().get("/api/v1/messages/" + id, cliKey).body()),
                message -> state.equals(message.path("state").asText()));
    }

    private static SubmitSm submitWithId(String smscId) {
        JsmppSmsc smsc = fixture.smsc();
        List<String> ids = smsc.messageIds();
        List<SubmitSm> accepted = smsc.acceptedSubmits();
        for (int i = 0; i < ids.size(); i++) {
            if (ids.get(i).equals(smscId)) {
                return accepted.get(i);
            }
        }
        throw new AssertionError("the SMSC gave no id " + smscId + "; it gave " + ids);
    }

    private HttpResponse<String> post(String path, String key, String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(fixture.porter().baseUrl() + path))
                .header("X-API-Key", key).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Runs {@code java -jar porter.jar api-key create <name>} in Porter's working folder; returns the key. */
    private static String createKeyWithTheJar(String name) throws Exception {
        Files.createDirectories(workDir);
        Path output = workDir.resolve("api-key.out");
        Process task = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", PorterProcess.jar().toString(), "api-key", "create", name)
                .directory(workDir.toFile()).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        assertThat(task.waitFor(60, TimeUnit.SECONDS)).as("api-key task ends").isTrue();
        List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
        assertThat(task.exitValue()).as(String.join("\n", lines)).isZero();
        String key = lines.get(lines.size() - 1);
        assertThat(key).startsWith("porter_");
        return key;
    }
}

package community.porter.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broadcasts through the REST API of the packaged Porter, sent over SMPP to jSMPP's SMSC: a list
 * broadcast reaches each phone once and ends {@code DONE}; killed half-way, Porter resumes after a
 * restart without a second outbox message for anyone, so only copies in flight at the crash can
 * reach the SMSC twice: at most the submits awaiting the SMSC's response.
 */
class BroadcastEndToEndTest {

    private static final Duration DEADLINE = Duration.ofSeconds(120);
    private static final int WINDOW = 50;
    /** Submits per second the SMSC connection is allowed: the broadcast drains in about 10 s. */
    private static final int SMSC_PACE = 1000;
    private static final int SMPP_WINDOW = 10;

    @TempDir
    Path workDir;

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aListBroadcastReachesEachPhoneOnceAndEndsDone() throws Exception {
        List<String> phones = phones(300);
        try (SmppPorter fixture = start()) {
            JsonNode started = post(fixture, broadcast(phones, "12345"));
            assertThat(started.get("recipients").asInt()).isEqualTo(phones.size());
            assertThat(started.get("rejected").get(0).get("entry").asText()).isEqualTo("12345");
            long id = started.get("id").asLong();

            JsonNode done = awaitFinished(fixture, id);
            assertThat(done.get("state").asText()).isEqualTo("DONE");
            assertThat(done.get("percentDone").asDouble()).isEqualTo(100.0);
            assertThat(copiesPerPhone(fixture)).as("one copy per phone at the SMSC")
                    .hasSize(phones.size()).allSatisfy((phone, copies) -> assertThat(copies).isEqualTo(1L));
        }
    }

    @Test
    void aTenThousandRecipientBroadcastKilledHalfWayResumesAfterARestartWithoutASecondMessageForAnyone()
            throws Exception {
        List<String> phones = phones(10_000);
        try (SmppPorter fixture = start("--porter.smpp.connections[0].throughput=" + SMSC_PACE,
                "--porter.smpp.connections[0].window=" + SMPP_WINDOW)) {
            long id = post(fixture, broadcast(phones)).get("id").asLong();
            await("a third of the copies through the SMSC").atMost(DEADLINE)
                    .until(() -> fixture.accepted().size() >= phones.size() / 3);
            fixture.porter().kill();
            int beforeCrash = fixture.accepted().size();
            assertThat(beforeCrash).as("killed half-way").isLessThan(phones.size());

            fixture.porter().startAndAwaitHealth();
            JsonNode done = awaitFinished(fixture, id);

            Map<String, Long> copies = copiesPerPhone(fixture);
            long twice = copies.values().stream().filter(n -> n > 1).count();
            System.out.printf("broadcast crash: %d of %d accepted by the SMSC before the kill, %d submits in all,"
                    + " %d phone(s) reached twice%n", beforeCrash, phones.size(), fixture.accepted().size(), twice);
            assertThat(done.get("state").asText()).isEqualTo("DONE");
            assertThat(done.get("released").asInt()).isEqualTo(phones.size());
            assertThat(copies).as("every phone reached").hasSize(phones.size());
            // Only a copy the SMSC accepted whose acceptance Porter had not yet committed can go
            // twice: at most the submits awaiting a response on the connection when it died.
            assertThat(twice).as("phones reached twice").isLessThanOrEqualTo(SMPP_WINDOW);
            assertThat(copies.values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(2L));
        }
    }

    private SmppPorter start(String... more) throws Exception {
        List<String> arguments = new java.util.ArrayList<>(List.of("--porter.broadcasts.window=" + WINDOW,
                "--porter.broadcasts.release-interval=200ms",
                // The test must not depend on the hour it runs at.
                "--porter.broadcasts.quiet-hours="));
        arguments.addAll(List.of(more));
        return SmppPorter.start(workDir, arguments.toArray(String[]::new));
    }

    private static List<String> phones(int n) {
        return IntStream.range(0, n).mapToObj(i -> String.format("+86137%08d", i)).toList();
    }

    private ObjectNode broadcast(List<String> phones, String... invalid) {
        ObjectNode body = json.createObjectNode().put("text", "Fire drill on Saturday at 10:00");
        ArrayNode list = body.putObject("target").putArray("phones");
        phones.forEach(list::add);
        for (String entry : invalid) {
            list.add(entry);
        }
        return body;
    }

    private JsonNode post(SmppPorter fixture, ObjectNode body) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create(fixture.porter().baseUrl() + "/api/v1/broadcasts"))
                .header("X-API-Key", PorterProcess.API_KEY).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return json.readTree(response.body());
    }

    private JsonNode awaitFinished(SmppPorter fixture, long id) {
        return await("broadcast " + id + " finished").atMost(DEADLINE).pollInterval(Duration.ofMillis(500))
                .until(() -> json.readTree(fixture.porter().get("/api/v1/broadcasts/" + id).body()),
                        progress -> progress.has("state") && List.of("DONE", "EXPIRED", "CANCELLED")
                                .contains(progress.get("state").asText()));
    }

    private static Map<String, Long> copiesPerPhone(SmppPorter fixture) {
        return fixture.accepted().stream().map(Submitted::destination)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }
}

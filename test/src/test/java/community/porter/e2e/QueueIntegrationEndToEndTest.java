package community.porter.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import community.porter.smpp.JsmppSmsc;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.jsmpp.bean.SubmitSm;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Porter as other applications see it (docs/integration.md), against the packaged jar in demo
 * mode with a real SMPP peer: a STOMP client on a plain socket hands messages to
 * {@code porter.sms.outbound} and follows them on {@code porter.sms.status}; refused messages land
 * on the dead-letter queue with their reason; inbound messages and door openings are announced on
 * {@code porter.sms.inbound} and {@code porter.access.events}.
 */
class QueueIntegrationEndToEndTest {

    private static final String SERVICE = "10690000";
    private static final String OWNER = "+8613800000001";
    private static final String TENANT = "+8613800000003";
    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @TempDir
    static Path workDir;

    private static SmppPorter fixture;
    private static JsmppSmsc smsc;
    private static StompClient app;
    /** The id each accepted submit was answered with, for its receipt. */
    private static final Map<SubmitSm, String> smscIds = new ConcurrentHashMap<>();
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void startSmscPorterAndApplication() throws Exception {
        fixture = SmppPorter.start(workDir);
        smsc = fixture.smsc();
        smsc.beforeSubmitResponse(smscIds::put);
        app = StompClient.connect(fixture.porter().brokerPort());
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void anApplicationsMessageIsSentAndItsQueuedSentAndDeliveredStatesReachTheApplication() throws Exception {
        String phone = "+8613700000101";
        String status = app.subscribeTopic("porter.sms.status", "clientRef = 'e2e-status-1'");

        app.sendToQueue("porter.sms.outbound", outbound(phone, "Your parcel is at the gate.", "e2e-status-1"));

        List<SubmitSm> submits = awaitSubmits(phone, 1);
        assertThat(Submitted.joined(submits)).isEqualTo("Your parcel is at the gate.");
        awaitStates(status, "QUEUED", "SENT");

        SubmitSm submit = submits.get(0);
        assertThat(smsc.deliverReceipt(submit, JsmppSmsc.receiptText(smscIds.get(submit), "DELIVRD", "000"))
                .get(10, TimeUnit.SECONDS)).as("deliver_sm_resp to the receipt").isZero();

        List<JsonNode> events = awaitStates(status, "QUEUED", "SENT", "DELIVERED");
        assertThat(events).allSatisfy(event -> {
            assertThat(event.path("schema").asInt()).isEqualTo(1);
            assertThat(event.path("clientRef").asText()).isEqualTo("e2e-status-1");
            assertThat(event.path("to").asText()).isEqualTo(phone);
            assertThat(event.path("messageId").asLong()).isEqualTo(events.get(0).path("messageId").asLong());
        });
        assertThat(events).extracting(e -> e.path("eventId").asLong()).doesNotHaveDuplicates();
        assertThat(app.messages(status)).allSatisfy(frame ->
                assertThat(frame.header("eventId")).isEqualTo(json.readTree(frame.body()).path("eventId").asText()));
    }

    @Test
    void aMalformedMessageLandsOnTheDeadLetterQueueWithItsReasonAndTheNextGoodOneIsStillSent() throws Exception {
        String phone = "+8613700000102";
        String deadLetters = app.subscribeQueue("porter.sms.outbound.dlq");
        String malformed = "{\"schema\":1,\"to\":\"" + phone + "\",\"text\":";

        app.sendToQueue("porter.sms.outbound", malformed);
        app.sendToQueue("porter.sms.outbound", outbound(phone, "The good one.", "e2e-after-bad"));

        await("dead letter").atMost(DEADLINE).until(() -> !app.messages(deadLetters).isEmpty());
        StompClient.Frame dead = app.messages(deadLetters).get(0);
        assertThat(dead.body()).isEqualTo(malformed);
        assertThat(dead.header("reason")).startsWith("not JSON");
        assertThat(Submitted.joined(awaitSubmits(phone, 1))).isEqualTo("The good one.");
    }

    @Test
    void aResubmissionWithTheSameClientRefIsNotSentTwice() throws Exception {
        String phone = "+8613700000103";
        String twice = outbound(phone, "Only once, please.", "e2e-twice");

        app.sendToQueue("porter.sms.outbound", twice);
        app.sendToQueue("porter.sms.outbound", twice);
        // Taken after both copies by the same consumer: once it is sent, the copy was handled.
        app.sendToQueue("porter.sms.outbound", outbound(phone, "The last one.", "e2e-twice-marker"));

        await("the last message sent").atMost(DEADLINE)
                .until(() -> textsTo(phone).contains("The last one.") && textsTo(phone).contains("Only once, please."));
        assertThat(textsTo(phone)).filteredOn("Only once, please."::equals).hasSize(1);
    }

    @Test
    void anInboundMessageIsAnnouncedOnPorterSmsInbound() throws Exception {
        String inbound = app.subscribeTopic("porter.sms.inbound", null);

        assertThat(smsc.deliverGsm(TENANT, SERVICE, "HELLO FROM E2E").get(10, TimeUnit.SECONDS)).isZero();

        JsonNode event = await("inbound event").atMost(DEADLINE).until(() -> bodies(inbound).stream()
                .filter(e -> e.path("text").asText().equals("HELLO FROM E2E")).findFirst().orElse(null),
                e -> e != null);
        assertThat(event.path("type").asText()).isEqualTo("INBOUND");
        assertThat(event.path("from").asText()).isEqualTo(TENANT);
        assertThat(event.path("eventId").asLong()).isPositive();
    }

    @Test
    void aKmThatOpensADoorIsAnnouncedOnPorterAccessEvents() throws Exception {
        String access = app.subscribeTopic("porter.access.events", "type = 'DOOR_OPENED'");

        assertThat(smsc.deliverGsm(OWNER, SERVICE, "KM").get(10, TimeUnit.SECONDS)).isZero();

        JsonNode opened = await("door opened event").atMost(DEADLINE).until(() -> bodies(access).stream()
                .filter(e -> OWNER.equals(e.path("phone").asText())).findFirst().orElse(null), e -> e != null);
        assertThat(opened.path("type").asText()).isEqualTo("DOOR_OPENED");
        assertThat(opened.path("door").asText()).isEqualTo("1-1");
        assertThat(opened.path("result").asText()).isEqualTo("GRANTED");
    }

    private List<JsonNode> awaitStates(String subscription, String... states) {
        await("states " + String.join(", ", states)).atMost(DEADLINE)
                .until(() -> bodies(subscription).stream().map(e -> e.path("state").asText()).toList(),
                        seen -> seen.containsAll(List.of(states)));
        List<JsonNode> events = bodies(subscription);
        assertThat(events).extracting(e -> e.path("state").asText()).as("each state once, in order")
                .containsExactly(states);
        return events;
    }

    private List<JsonNode> bodies(String subscription) {
        return app.messages(subscription).stream().map(frame -> {
            try {
                return json.readTree(frame.body());
            } catch (Exception e) {
                throw new IllegalStateException("not JSON: " + frame.body(), e);
            }
        }).toList();
    }

    private List<SubmitSm> awaitSubmits(String phone, int count) {
        String digits = SmppPorter.digits(phone);
        await("submits to " + phone).atMost(DEADLINE).until(() -> fixture.accepted().stream()
                .filter(s -> Submitted.destination(s).equals(digits)).count() >= count);
        return fixture.accepted().stream().filter(s -> Submitted.destination(s).equals(digits)).toList();
    }

    private List<String> textsTo(String phone) {
        return fixture.textsTo(phone);
    }

    private static String outbound(String to, String text, String clientRef) {
        return "{\"schema\":1,\"to\":\"" + to + "\",\"text\":\"" + text + "\",\"clientRef\":\"" + clientRef + "\"}";
    }
}

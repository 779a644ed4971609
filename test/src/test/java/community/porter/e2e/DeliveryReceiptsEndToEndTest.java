package community.porter.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import community.porter.smpp.JsmppSmsc;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.SubmitSm;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Delivery receipts in every form an SMSC sends them, end to end: residents text commands to the
 * packaged Porter over jSMPP's SMSC, Porter replies, the SMSC reports on each reply part, and the
 * test reads each reply's state through {@code GET /api/v1/messages}. The connection is set up as
 * for an SMSC that answers submit_sm with hex ids and writes the {@code id:} of its text receipts
 * in decimal, padded with zeros.
 */
class DeliveryReceiptsEndToEndTest {

    private static final String SERVICE = "10690000";
    private static final short RECEIPTED_MESSAGE_ID = 0x001E;
    private static final short MESSAGE_STATE = 0x0427;
    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @TempDir
    static Path workDir;

    private static SmppPorter fixture;
    private static JsmppSmsc smsc;
    private static final List<Accepted> accepted = new CopyOnWriteArrayList<>();
    private static final Set<String> receiptFirst = ConcurrentHashMap.newKeySet();
    private static final List<Integer> receiptFirstAnswers = new CopyOnWriteArrayList<>();
    private final ObjectMapper json = new ObjectMapper();

    /** A part the SMSC accepted, with the id its submit_sm_resp carries. */
    record Accepted(String destination, SubmitSm submit, String id) {
    }

    @BeforeAll
    static void startSmscAndPorter() throws Exception {
        fixture = SmppPorter.start(workDir,
                "--porter.smpp.connections[0].message-id-format=HEX",
                "--porter.smpp.connections[0].receipt-id-format=DECIMAL",
                "--porter.demo.residents=8");
        smsc = fixture.smsc();
        smsc.beforeSubmitResponse((submit, id) -> {
            String destination = Submitted.destination(submit);
            accepted.add(new Accepted(destination, submit, id));
            if (receiptFirst.remove(destination)) {
                receiptFirstAnswers.add(answer(smsc.deliverReceipt(submit, textReceipt(id, "DELIVRD", "000"))));
            }
        });
    }

    @AfterAll
    static void stop() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void aTextReceiptWithTheIdInDecimalDeliversTheReply() throws Exception {
        Accepted part = replyParts(resident(0), "YY EN", 1).get(0);
        long message = sentMessage(resident(0), part);

        assertThat(answer(smsc.deliverReceipt(part.submit(), textReceipt(part.id(), "DELIVRD", "000")))).isZero();

        JsonNode delivered = awaitState(message, "DELIVERED");
        assertThat(delivered.get("deliveredAt").isNull()).isFalse();
        assertThat(delivered.at("/parts/0/status").asText()).isEqualTo("DELIVRD");
    }

    @Test
    void aReceiptInTlvsOnlyWithAPaddedUpperCaseHexIdDeliversTheReply() throws Exception {
        Accepted part = replyParts(resident(1), "YY EN", 1).get(0);
        long message = sentMessage(resident(1), part);

        assertThat(answer(smsc.deliverReceipt(part.submit(), "",
                new OptionalParameter.COctetString(RECEIPTED_MESSAGE_ID, "000" + part.id().toUpperCase(Locale.ROOT)),
                new OptionalParameter.Byte(MESSAGE_STATE, (byte) 2)))).isZero();

        awaitState(message, "DELIVERED");
    }

    @Test
    void whenAReceiptCarriesBothFormsTheTlvsDecide() throws Exception {
        Accepted part = replyParts(resident(2), "YY EN", 1).get(0);
        long message = sentMessage(resident(2), part);

        // The text says delivered; message_state 8 says rejected.
        assertThat(answer(smsc.deliverReceipt(part.submit(), textReceipt(part.id(), "DELIVRD", "000"),
                new OptionalParameter.COctetString(RECEIPTED_MESSAGE_ID, part.id()),
                new OptionalParameter.Byte(MESSAGE_STATE, (byte) 8)))).isZero();

        JsonNode failed = awaitState(message, "FAILED");
        assertThat(failed.get("failureReason").asText()).isEqualTo("part 1: REJECTD");
    }

    @Test
    void anUndeliverableReplyFailsWithTheNetworksWordAndError() throws Exception {
        Accepted part = replyParts(resident(3), "YY EN", 1).get(0);
        long message = sentMessage(resident(3), part);

        assertThat(answer(smsc.deliverReceipt(part.submit(), textReceipt(part.id(), "UNDELIV", "027")))).isZero();

        JsonNode failed = awaitState(message, "FAILED");
        assertThat(failed.get("failureReason").asText()).isEqualTo("part 1: UNDELIV, error 027");
        assertThat(failed.at("/parts/0/errorCode").asText()).isEqualTo("027");
    }

    @Test
    void aReplyWhoseValidityRanOutInTheNetworkExpires() throws Exception {
        Accepted part = replyParts(resident(4), "YY EN", 1).get(0);
        long message = sentMessage(resident(4), part);

        assertThat(answer(smsc.deliverReceipt(part.submit(), "",
                new OptionalParameter.COctetString(RECEIPTED_MESSAGE_ID, part.id()),
                new OptionalParameter.Byte(MESSAGE_STATE, (byte) 3)))).isZero();

        awaitState(message, "EXPIRED");
    }

    @Test
    void aReceiptTheSmscSendsBeforeTheSubmitResponseStillDeliversTheReply() throws Exception {
        receiptFirst.add(SmppPorter.digits(resident(5)));

        Accepted part = replyParts(resident(5), "YY EN", 1).get(0);

        assertThat(receiptFirstAnswers).as("the receipt was acknowledged before its submit_sm_resp went out")
                .containsExactly(0);
        long message = await("the reply in the messages API").atMost(DEADLINE)
                .until(() -> messageWithPart(resident(5), part.id()), m -> m != null).get("id").asLong();
        awaitState(message, "DELIVERED");
    }

    @Test
    void aTwoPartReplyIsDeliveredOnlyWhenBothPartsAre() throws Exception {
        List<Accepted> parts = replyParts(resident(6), "H", 2);
        long message = sentMessage(resident(6), parts.get(0));

        assertThat(answer(smsc.deliverReceipt(parts.get(0).submit(), textReceipt(parts.get(0).id(), "DELIVRD", "000"))))
                .isZero();
        assertThat(answer(smsc.deliverReceipt(parts.get(1).submit(), textReceipt(parts.get(1).id(), "ENROUTE", "000"))))
                .isZero();
        // Each receipt was stored before it was answered: what the API shows now is final for both.
        JsonNode halfway = status(message);
        assertThat(halfway.get("state").asText()).isEqualTo("SENT");
        assertThat(halfway.at("/parts/0/state").asText()).isEqualTo("DELIVERED");
        assertThat(halfway.at("/parts/1/state").asText()).isEqualTo("SENT");
        assertThat(halfway.at("/parts/1/status").asText()).isEqualTo("ENROUTE");

        assertThat(answer(smsc.deliverReceipt(parts.get(1).submit(), textReceipt(parts.get(1).id(), "DELIVRD", "000"))))
                .isZero();

        awaitState(message, "DELIVERED");
    }

    // ---- helpers -----------------------------------------------------------------------------

    /** The n-th extra demo resident (SPEC §10: {@code --porter.demo.residents}). */
    private static String resident(int n) {
        return "+86138100000" + String.format("%02d", n);
    }

    /** Sends {@code command} from {@code phone} and waits until the SMSC accepted {@code count} reply parts. */
    private static List<Accepted> replyParts(String phone, String command, int count) throws Exception {
        assertThat(smsc.deliverGsm(phone, SERVICE, command).get(10, TimeUnit.SECONDS)).as("deliver_sm_resp").isZero();
        String digits = SmppPorter.digits(phone);
        await("reply parts to " + phone).atMost(DEADLINE)
                .until(() -> accepted.stream().filter(a -> a.destination().equals(digits)).count() >= count);
        List<Accepted> parts = accepted.stream().filter(a -> a.destination().equals(digits)).toList();
        assertThat(parts).as("reply parts to " + phone).hasSize(count);
        return parts;
    }

    /** Waits until the API shows the message with {@code part} as SENT; returns its id. */
    private long sentMessage(String phone, Accepted part) {
        JsonNode message = await("the reply recorded as sent").atMost(DEADLINE)
                .until(() -> messageWithPart(phone, part.id()), m -> m != null && m.get("state").asText().equals("SENT"));
        return message.get("id").asLong();
    }

    private JsonNode messageWithPart(String phone, String smscId) throws Exception {
        JsonNode list = json.readTree(fixture.porter().get("/api/v1/messages?to=" + phone.replace("+", "%2B")).body());
        for (JsonNode message : list) {
            for (JsonNode part : message.get("parts")) {
                if (part.get("smscId").asText().equals(smscId)) {
                    return message;
                }
            }
        }
        return null;
    }

    private JsonNode status(long message) throws Exception {
        var response = fixture.porter().get("/api/v1/messages/" + message);
        assertThat(response.statusCode()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private JsonNode awaitState(long message, String state) {
        return await("message " + message + " " + state).atMost(DEADLINE)
                .until(() -> status(message), m -> m.get("state").asText().equals(state));
    }

    /** A text receipt naming the part as this SMSC does: in decimal, padded to ten digits. */
    private static String textReceipt(String hexId, String stat, String err) {
        return JsmppSmsc.receiptText(String.format("%010d", new BigInteger(hexId, 16)), stat, err);
    }

    private static int answer(CompletableFuture<Integer> deliverSmResp) {
        try {
            return deliverSmResp.get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the receipt was not answered", e);
        }
    }
}

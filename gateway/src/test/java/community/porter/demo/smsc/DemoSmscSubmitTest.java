package community.porter.demo.smsc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import community.porter.console.simulator.PhoneSimulator.SimulatedMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Porter's replies: submit_sm from an ESME (jSMPP) shown on the simulated phone, with receipts. */
class DemoSmscSubmitTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final byte GSM = 0;
    private static final byte UCS2 = 8;
    private static final byte NO_RECEIPT = 0;
    private static final byte RECEIPT = 1;
    private static final byte UDHI = 0x40;

    private final DemoSmsc smsc = new DemoSmsc(DemoSmscSettings.defaults().withPort(0)
            .withDelays(Duration.ofMillis(50), Duration.ofMillis(200), Duration.ofSeconds(5)));
    private TestEsme esme;

    @BeforeEach
    void start() throws Exception {
        smsc.start();
        esme = TestEsme.bind(smsc.port(), "porter", "demo");
    }

    @AfterEach
    void stop() {
        esme.close();
        smsc.stop();
    }

    @Test
    void aSubmittedReplyGetsAnIdAndAppearsInThePhonesConversation() throws Exception {
        String first = esme.submit(TypeOfNumber.INTERNATIONAL, "8613800000001", (byte) 0, UCS2, NO_RECEIPT,
                ucs2("门已打开"));
        String second = esme.submit(TypeOfNumber.INTERNATIONAL, "8613800000001", (byte) 0, GSM, NO_RECEIPT,
                "Door 1-1 open".getBytes(StandardCharsets.US_ASCII));

        assertThat(first).isNotBlank().isNotEqualTo(second);
        assertThat(smsc.conversations().conversation("+8613800000001"))
                .extracting(SimulatedMessage::fromPhone, SimulatedMessage::text)
                .containsExactly(tuple(false, "门已打开"),
                        tuple(false, "Door 1-1 open"));
    }

    @Test
    void aReceiptFollowsWhenRequested() throws Exception {
        esme.submit(TypeOfNumber.INTERNATIONAL, "8613800000001", (byte) 0, GSM, NO_RECEIPT, "no receipt".getBytes());
        String id = esme.submit(TypeOfNumber.INTERNATIONAL, "8613800000001", (byte) 0, UCS2, RECEIPT, ucs2("已开门 OK"));

        await().atMost(WAIT).until(() -> !esme.receipts().isEmpty());
        assertThat(esme.receipts()).as("only the submit that asked for one has a receipt").hasSize(1);
        DeliverSm receipt = esme.receipts().get(0);
        assertThat(receipt.getEsmClass() & 0x3C).as("esm_class message type").isEqualTo(0x04);
        assertThat(receipt.getSourceAddr()).isEqualTo("8613800000001");
        assertThat(receipt.getDestAddress()).isEqualTo("10690000");
        assertThat(new String(receipt.getShortMessage(), StandardCharsets.US_ASCII)).matches(
                "id:" + id + " sub:001 dlvrd:001 submit date:\\d{10} done date:\\d{10} stat:DELIVRD err:000 text:\\?\\?\\? OK");
        OptionalParameter.COctetString receiptedId = (OptionalParameter.COctetString) receipt
                .getOptionalParameter(OptionalParameter.Tag.RECEIPTED_MESSAGE_ID);
        assertThat(receiptedId.getValueAsString()).isEqualTo(id);
        OptionalParameter.Byte state = (OptionalParameter.Byte) receipt
                .getOptionalParameter(OptionalParameter.Tag.MESSAGE_STATE);
        assertThat(state.getValue()).as("message_state DELIVERED").isEqualTo((byte) 2);
    }

    @Test
    void aLongUcs2ReplyInThreeUdhPartsIsShownAsOneMessage() throws Exception {
        String text = "欢迎访问本小区。您的通行证已生效，请在有效期内凭短信中的编号通过大门。如有问题请联系物业服务中心。".repeat(4);
        List<String> chunks = List.of(text.substring(0, 67), text.substring(67, 134), text.substring(134));
        assertThat(chunks.get(2)).isNotEmpty().hasSizeLessThanOrEqualTo(67);

        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            byte[] udh = {5, 0, 3, 0x2A, 3, (byte) (i + 1)};
            ids.add(esme.submit(TypeOfNumber.INTERNATIONAL, "8613800000003", UDHI, UCS2, RECEIPT,
                    concat(udh, ucs2(chunks.get(i)))));
        }

        await().atMost(WAIT).until(() -> !smsc.conversations().repliesTo("+8613800000003").isEmpty());
        assertThat(smsc.conversations().repliesTo("+8613800000003")).extracting(SimulatedMessage::text)
                .containsExactly(text);
        assertThat(ids).doesNotHaveDuplicates();
        await().atMost(WAIT).until(() -> esme.receipts().size() == 3);
        assertThat(esme.receipts()).extracting(r -> ((OptionalParameter.COctetString) r
                .getOptionalParameter(OptionalParameter.Tag.RECEIPTED_MESSAGE_ID)).getValueAsString())
                .containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void partsMarkedWithSarTlvsAreJoinedWhateverTheirOrder() throws Exception {
        OptionalParameter reference = new OptionalParameter.Short(OptionalParameter.Tag.SAR_MSG_REF_NUM, (short) 0x1234);
        OptionalParameter total = new OptionalParameter.Byte(OptionalParameter.Tag.SAR_TOTAL_SEGMENTS, (byte) 2);

        esme.submit(TypeOfNumber.INTERNATIONAL, "8613700000001", (byte) 0, GSM, NO_RECEIPT, "is 4711".getBytes(),
                reference, total, new OptionalParameter.Byte(OptionalParameter.Tag.SAR_SEGMENT_SEQNUM, (byte) 2));
        assertThat(smsc.conversations().repliesTo("+8613700000001")).as("half a message is not shown").isEmpty();
        esme.submit(TypeOfNumber.INTERNATIONAL, "8613700000001", (byte) 0, GSM, NO_RECEIPT, "Your pass ".getBytes(),
                reference, total, new OptionalParameter.Byte(OptionalParameter.Tag.SAR_SEGMENT_SEQNUM, (byte) 1));

        assertThat(smsc.conversations().repliesTo("+8613700000001")).extracting(SimulatedMessage::text)
                .containsExactly("Your pass is 4711");
    }

    @Test
    void nationalAndPlusWrittenDestinationsLandInTheSameConversation() throws Exception {
        esme.submit(TypeOfNumber.NATIONAL, "13800000002", (byte) 0, GSM, NO_RECEIPT, "one".getBytes());
        esme.submit(TypeOfNumber.UNKNOWN, "+8613800000002", (byte) 0, GSM, NO_RECEIPT, "two".getBytes());

        assertThat(smsc.conversations().repliesTo("+8613800000002")).extracting(SimulatedMessage::text)
                .containsExactly("one", "two");
    }

    @Test
    void unreadableUserDataIsRefusedWithSubmitFailed() {
        byte[] headerLongerThanData = {20, 0, 3, 1, 2, 1};

        assertThatThrownBy(() -> esme.submit(TypeOfNumber.INTERNATIONAL, "8613800000001", UDHI, UCS2, NO_RECEIPT,
                headerLongerThanData))
                .isInstanceOfSatisfying(NegativeResponseException.class,
                        e -> assertThat(e.getCommandStatus()).as("ESME_RSUBMITFAIL").isEqualTo(0x45));
        assertThat(smsc.conversations().conversation("+8613800000001")).isEmpty();
    }

    private static byte[] ucs2(String text) {
        return text.getBytes(StandardCharsets.UTF_16BE);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(first);
        out.writeBytes(second);
        return out.toByteArray();
    }
}

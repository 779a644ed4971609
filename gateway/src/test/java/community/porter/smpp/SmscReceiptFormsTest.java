package community.porter.smpp;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudhopper.smpp.pdu.DeliverSm;
import com.cloudhopper.smpp.pdu.SubmitSmResp;
import com.cloudhopper.smpp.tlv.Tlv;
import com.cloudhopper.smpp.type.Address;
import community.porter.sms.DeliveryReceipt;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every form a delivery receipt comes in, read by the binding without a network: text only, TLVs
 * only, both, and ids in hex, decimal or with leading zeros, written the same way as the
 * submit_sm_resp or not. What each says must name the part id Porter stored from the response.
 */
class SmscReceiptFormsTest {

    private static final Instant NOW = Instant.parse("2026-11-03T10:15:00Z");
    private static final String TEXT_DELIVERED =
            "id:%s sub:001 dlvrd:001 submit date:2611031015 done date:2611031016 stat:DELIVRD err:000 text:Door";

    private final SmscConfiguration config = new SmscConfiguration();

    @Test
    void aTextReceiptNamesThePartByTheIdOfTheSubmitResponse() throws Exception {
        config.setMessageIdFormat(SmscMessageIds.IdFormat.HEX);

        DeliveryReceipt receipt = read(receipt(0x04, TEXT_DELIVERED.formatted("00A1B2")));

        assertThat(receipt).isEqualTo(new DeliveryReceipt("main", partIdOfResponse("a1b2"), DeliveryReceipt.State.DELIVERED,
                null, Instant.parse("2026-11-03T10:16:00Z"), "DELIVRD"));
    }

    @Test
    void aDecimalIdInTheTextOfAConnectionWithHexResponsesIsConverted() throws Exception {
        config.setMessageIdFormat(SmscMessageIds.IdFormat.HEX);
        config.setReceiptIdFormat(SmscMessageIds.IdFormat.DECIMAL);
        // 0xA00001 = 10485761, padded to ten digits as many SMSCs write it.
        DeliveryReceipt receipt = read(receipt(0x04, TEXT_DELIVERED.formatted("0010485761")));

        assertThat(receipt.partId()).isEqualTo(partIdOfResponse("00A00001")).isEqualTo("a00001");
    }

    @Test
    void decimalIdsLoseTheirLeadingZerosOnBothSides() throws Exception {
        config.setMessageIdFormat(SmscMessageIds.IdFormat.DECIMAL);

        DeliveryReceipt receipt = read(receipt(0x04, TEXT_DELIVERED.formatted("0000004711")));

        assertThat(receipt.partId()).isEqualTo(partIdOfResponse("004711")).isEqualTo("4711");
    }

    @Test
    void opaqueIdsAreComparedAsTheyAreWritten() throws Exception {
        DeliveryReceipt receipt = read(receipt(0x04, TEXT_DELIVERED.formatted("Msg-00A1")));

        assertThat(receipt.partId()).isEqualTo(partIdOfResponse("Msg-00A1"));
    }

    @Test
    void aReceiptInTlvsOnlyNeedsNoText() throws Exception {
        config.setMessageIdFormat(SmscMessageIds.IdFormat.HEX);
        DeliverSm pdu = receipt(0x04, "");
        pdu.addOptionalParameter(new Tlv((short) 0x001E, "00A0000F\0".getBytes(StandardCharsets.US_ASCII)));
        pdu.addOptionalParameter(new Tlv((short) 0x0427, new byte[] {2}));

        DeliveryReceipt receipt = read(pdu);

        assertThat(receipt).isEqualTo(new DeliveryReceipt("main", "a0000f", DeliveryReceipt.State.DELIVERED, null, null,
                "DELIVRD"));
    }

    @Test
    void aReceiptedMessageIdMakesAReceiptEvenWithoutTheReceiptEsmClass() throws Exception {
        DeliverSm pdu = receipt(0x00, "");
        pdu.addOptionalParameter(new Tlv((short) 0x001E, "77\0".getBytes(StandardCharsets.US_ASCII)));
        pdu.addOptionalParameter(new Tlv((short) 0x0427, new byte[] {5}));

        assertThat(read(pdu).state()).isEqualTo(DeliveryReceipt.State.FAILED);
    }

    @ParameterizedTest(name = "message_state {0} is {1} ({2})")
    @CsvSource({
        "0, UNKNOWN, SCHEDULED",
        "1, UNKNOWN, ENROUTE",
        "2, DELIVERED, DELIVRD",
        "3, EXPIRED, EXPIRED",
        "4, FAILED, DELETED",
        "5, FAILED, UNDELIV",
        "6, UNKNOWN, ACCEPTD",
        "7, UNKNOWN, UNKNOWN",
        "8, FAILED, REJECTD",
        "9, FAILED, SKIPPED"})
    void everyMessageStateOfSmpp34And50HasItsMeaning(int value, DeliveryReceipt.State state, String status)
            throws Exception {
        DeliverSm pdu = receipt(0x04, "");
        pdu.addOptionalParameter(new Tlv((short) 0x001E, "1\0".getBytes(StandardCharsets.US_ASCII)));
        pdu.addOptionalParameter(new Tlv((short) 0x0427, new byte[] {(byte) value}));

        DeliveryReceipt receipt = read(pdu);

        assertThat(receipt.state()).isEqualTo(state);
        assertThat(receipt.status()).isEqualTo(status);
    }

    @ParameterizedTest(name = "stat:{0} is {1}")
    @CsvSource({
        "DELIVRD, DELIVERED", "UNDELIV, FAILED", "REJECTD, FAILED", "DELETED, FAILED", "EXPIRED, EXPIRED",
        "ENROUTE, UNKNOWN", "ACCEPTD, UNKNOWN", "UNKNOWN, UNKNOWN"})
    void everyStateWordOfTheTextHasItsMeaning(String word, DeliveryReceipt.State state) throws Exception {
        DeliveryReceipt receipt = read(receipt(0x04, "id:1 sub:001 dlvrd:000 submit date:2611031015 done date:2611031016 stat:"
                + word + " err:000 text:"));

        assertThat(receipt.state()).isEqualTo(state);
        assertThat(receipt.status()).isEqualTo(word);
    }

    @Test
    void whenBothFormsComeTheTlvsWinAndTheTextGivesTheDoneDate() throws Exception {
        config.setMessageIdFormat(SmscMessageIds.IdFormat.HEX);
        config.setReceiptIdFormat(SmscMessageIds.IdFormat.DECIMAL);
        DeliverSm pdu = receipt(0x04,
                "id:99 sub:001 dlvrd:001 submit date:2611031015 done date:2611031016 stat:DELIVRD err:000 text:");
        pdu.addOptionalParameter(new Tlv((short) 0x001E, "0A1B\0".getBytes(StandardCharsets.US_ASCII)));
        pdu.addOptionalParameter(new Tlv((short) 0x0427, new byte[] {8}));
        pdu.addOptionalParameter(new Tlv((short) 0x0423, new byte[] {3, 0, 11}));

        DeliveryReceipt receipt = read(pdu);

        assertThat(receipt).isEqualTo(new DeliveryReceipt("main", "a1b", DeliveryReceipt.State.FAILED, "3:11",
                Instant.parse("2026-11-03T10:16:00Z"), "REJECTD"));
    }

    @Test
    void aMessageStateNoVersionDefinesLeavesTheStateToTheText() throws Exception {
        DeliverSm pdu = receipt(0x04, TEXT_DELIVERED.formatted("5"));
        pdu.addOptionalParameter(new Tlv((short) 0x0427, new byte[] {42}));

        DeliveryReceipt receipt = read(pdu);

        assertThat(receipt.state()).isEqualTo(DeliveryReceipt.State.DELIVERED);
        assertThat(receipt.status()).isEqualTo("DELIVRD");
    }

    @Test
    void aTextReceiptInMessagePayloadIsReadLikeOneInShortMessage() throws Exception {
        DeliverSm pdu = receipt(0x04, "");
        pdu.addOptionalParameter(new Tlv((short) 0x0424, TEXT_DELIVERED.formatted("abc").getBytes(StandardCharsets.US_ASCII)));

        assertThat(read(pdu).partId()).isEqualTo("abc");
    }

    @Test
    void aReceiptWithoutAnyIdIsPassedOnMarkedMalformed() throws Exception {
        SmscBinding.Receipt receipt = (SmscBinding.Receipt) binding().read(receipt(0x04, "stat:DELIVRD"), NOW);

        assertThat(receipt.receipt().partId()).isNull();
        assertThat(receipt.malformed()).isEqualTo("receipt without a message id");
    }

    private SmscBinding binding() {
        return new SmscBinding("main", config);
    }

    private DeliveryReceipt read(DeliverSm pdu) {
        SmscBinding.Inbound inbound = binding().read(pdu, NOW);
        assertThat(inbound).isInstanceOf(SmscBinding.Receipt.class);
        return ((SmscBinding.Receipt) inbound).receipt();
    }

    /** The part id Porter stores when the submit_sm_resp carries {@code messageId}. */
    private String partIdOfResponse(String messageId) {
        SubmitSmResp response = new SubmitSmResp();
        response.setMessageId(messageId);
        return binding().partId(response);
    }

    private static DeliverSm receipt(int esmClass, String text) throws Exception {
        DeliverSm pdu = new DeliverSm();
        pdu.setSourceAddress(new Address((byte) 1, (byte) 1, "8613800000001"));
        pdu.setDestAddress(new Address((byte) 0, (byte) 1, "10690001"));
        pdu.setEsmClass((byte) esmClass);
        pdu.setShortMessage(text.getBytes(StandardCharsets.US_ASCII));
        return pdu;
    }
}

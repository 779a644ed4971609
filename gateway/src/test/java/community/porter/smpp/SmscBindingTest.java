package community.porter.smpp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.cloudhopper.smpp.pdu.DeliverSm;
import com.cloudhopper.smpp.pdu.SubmitSm;
import com.cloudhopper.smpp.pdu.SubmitSmResp;
import com.cloudhopper.smpp.tlv.Tlv;
import com.cloudhopper.smpp.type.Address;
import community.porter.sms.DeliveryReceipt;
import community.porter.sms.OutboundSms;
import community.porter.sms.PendingPartStore;
import community.porter.sms.codec.ConcatScheme;
import community.porter.sms.codec.ConcatInfo;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The PDU side of the binding, without a network. */
class SmscBindingTest {

    private static final Instant NOW = Instant.parse("2026-11-03T10:15:00Z");
    private static final HexFormat HEX = HexFormat.of();

    private final SmscConfiguration config = new SmscConfiguration();

    private SmscBinding binding() {
        return new SmscBinding("main", config);
    }

    private static DeliverSm deliver(int ton, String from, int esmClass, int dataCoding, String shortMessageHex) throws Exception {
        DeliverSm pdu = new DeliverSm();
        pdu.setSourceAddress(new Address((byte) ton, (byte) 1, from));
        pdu.setDestAddress(new Address((byte) 0, (byte) 1, "10690001"));
        pdu.setEsmClass((byte) esmClass);
        pdu.setDataCoding((byte) dataCoding);
        pdu.setShortMessage(HEX.parseHex(shortMessageHex));
        return pdu;
    }

    @Test
    void gsmPartWithAHeaderIsReadAsUnpackedSeptets() throws Exception {
        // 05 00 03 2a 02 01, then "KM " as one septet per octet.
        DeliverSm pdu = deliver(1, "8613800000001", 0x40, 0x00, "0500032a02014b4d20");

        SmscBinding.Inbound inbound = binding().read(pdu, NOW);

        assertThat(inbound).isInstanceOf(SmscBinding.Part.class);
        SmscBinding.Part part = (SmscBinding.Part) inbound;
        assertThat(part.concat()).isEqualTo(new ConcatInfo(0x2a, 2, 1, false));
        assertThat(part.sms().text()).isEqualTo("KM ");
        assertThat(part.group()).as("the connection is no part of it")
                .isEqualTo(new PendingPartStore.Group("+8613800000001", "10690001", 0x2a, 2, false));
        assertThat(part.pending()).isEqualTo(new PendingPartStore.Part(null, part.group(), 1, "main", "KM ", null, NOW, null));
        assertThat(part.malformed()).isNull();
    }

    @Test
    void nationalAndAlphanumericSendersStayAsTheNetworkGaveThem() throws Exception {
        SmscBinding.Single single = (SmscBinding.Single) binding().read(deliver(2, "13800000001", 0, 0, "48"), NOW);

        assertThat(single.sms().sender()).isEqualTo("13800000001");
        assertThat(single.sms().text()).isEqualTo("H");
        assertThat(single.sms().receivedAt()).isEqualTo(NOW);
    }

    @Test
    void theConfiguredTlvCarriesTheSmscsOwnIdOfAnMo() throws Exception {
        config.setMoIdTlv("5121");
        DeliverSm pdu = deliver(1, "8613800000001", 0, 0, "48");
        pdu.addOptionalParameter(new Tlv((short) 5121, "smsc-77\0".getBytes()));

        assertThat(((SmscBinding.Single) binding().read(pdu, NOW)).sms().transportId()).isEqualTo("smsc-77");
    }

    @Test
    void aReceiptPrefersTheTlvsOverItsText() throws Exception {
        config.setMessageIdFormat(SmscMessageIds.IdFormat.HEX);
        DeliverSm pdu = deliver(1, "8613800000001", 0x04, 0,
                HEX.formatHex("id:99 sub:001 dlvrd:000 submit date:2611031015 done date:2611031016 stat:UNDELIV err:001".getBytes()));
        pdu.addOptionalParameter(new Tlv((short) 0x001E, "0A1B\0".getBytes()));
        pdu.addOptionalParameter(new Tlv((short) 0x0427, new byte[] {2}));

        SmscBinding.Receipt receipt = (SmscBinding.Receipt) binding().read(pdu, NOW);

        assertThat(receipt.receipt()).isEqualTo(new DeliveryReceipt("main", "a1b", DeliveryReceipt.State.DELIVERED, "001",
                Instant.parse("2026-11-03T10:16:00Z"), "DELIVRD"));
    }

    @Test
    void submitIdsAreNormalisedLikeReceiptIds() {
        config.setMessageIdFormat(SmscMessageIds.IdFormat.HEX);
        SubmitSmResp resp = new SubmitSmResp();
        resp.setMessageId("000A1B");

        assertThat(binding().partId(resp)).isEqualTo("a1b");
    }

    @Test
    void alphanumericSourcesAndDefaultSourcesGetTheirTon() {
        config.setSourceAddress("10690001");
        config.setSourceTon((byte) 3);

        List<SubmitSm> fromDefault = binding().submits(new OutboundSms(1, "13800000001", null, "hi", null, false), NOW);
        List<SubmitSm> fromName = binding().submits(new OutboundSms(1, "+8613800000001", "Porter", "hi", null, false), NOW);

        assertThat(fromDefault.get(0).getSourceAddress().getTon()).isEqualTo((byte) 3);
        assertThat(fromDefault.get(0).getDestAddress().getTon()).isZero();
        assertThat(fromName.get(0).getSourceAddress().getTon()).isEqualTo((byte) 5);
        assertThat(fromName.get(0).getSourceAddress().getAddress()).isEqualTo("Porter");
    }

    @Test
    void withPayloadALongTextIsOneSubmitWithTheWholeTextInMessagePayload() {
        config.setConcatScheme(ConcatScheme.PAYLOAD);
        String text = "开门".repeat(100) + "\uD83D\uDE00";

        List<SubmitSm> pdus = binding().submits(new OutboundSms(1, "+8613800000001", null, text, null, true), NOW);

        assertThat(pdus).singleElement().satisfies(pdu -> {
            assertThat(pdu.getShortMessage()).isNullOrEmpty();
            assertThat(pdu.getShortMessageLength()).isZero();
            assertThat(pdu.getEsmClass()).as("no header").isZero();
            assertThat(pdu.getDataCoding()).isEqualTo((byte) 0x08);
            assertThat(pdu.getOptionalParameter((short) 0x020C)).as("no sar_msg_ref_num").isNull();
            assertThat(new String(pdu.getOptionalParameter((short) 0x0424).getValue(), StandardCharsets.UTF_16BE))
                    .isEqualTo(text);
            assertThat(pdu.getRegisteredDelivery()).isEqualTo((byte) 1);
        });
    }

    @Test
    void withPayloadAShortTextStaysInTheShortMessage() {
        config.setConcatScheme(ConcatScheme.PAYLOAD);

        List<SubmitSm> pdus = binding().submits(new OutboundSms(1, "+8613800000001", null, "Door open", null, false), NOW);

        assertThat(pdus).singleElement().satisfies(pdu -> {
            assertThat(pdu.getShortMessage()).isEqualTo("Door open".getBytes(StandardCharsets.US_ASCII));
            assertThat(pdu.getOptionalParameter((short) 0x0424)).isNull();
        });
    }

    @Test
    void withPayloadMaxPartsStillCountsThePartsTheSmscWillMake() {
        config.setConcatScheme(ConcatScheme.PAYLOAD);
        config.setMaxParts(4);

        assertThatThrownBy(() -> binding().submits(new OutboundSms(1, "+8613800000001", null, "开".repeat(300), null, false), NOW))
                .isInstanceOf(SmscRejectedException.class)
                .hasMessage("TOO_MANY_PARTS");
        assertThat(binding().submits(new OutboundSms(1, "+8613800000001", null, "开".repeat(268), null, false), NOW))
                .hasSize(1);
    }

    @Test
    void aTextLongerThanMaxPartsIsRejectedBeforeAnythingIsSent() {
        config.setMaxParts(2);

        assertThatThrownBy(() -> binding().submits(new OutboundSms(1, "+8613800000001", null, "开".repeat(200), null, false), NOW))
                .isInstanceOf(SmscRejectedException.class)
                .hasMessage("TOO_MANY_PARTS");
    }
}

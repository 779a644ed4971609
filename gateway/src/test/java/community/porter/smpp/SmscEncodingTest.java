package community.porter.smpp;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudhopper.smpp.pdu.DeliverSm;
import com.cloudhopper.smpp.pdu.SubmitSm;
import com.cloudhopper.smpp.type.Address;
import community.porter.sms.OutboundSms;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Text encodings on the wire, both ways, as SMPP PDUs carry them (SPEC §4): hex fixtures in,
 * text out; text in, data_coding and octets out.
 */
class SmscEncodingTest {

    private static final Instant NOW = Instant.parse("2026-11-03T10:15:00Z");
    private static final HexFormat HEX = HexFormat.of();
    /** U+1F600, outside the BMP: a surrogate pair in UTF-16. */
    private static final String GRINNING = "\uD83D\uDE00";

    private final SmscConfiguration config = new SmscConfiguration();

    private SmscBinding binding() {
        return new SmscBinding("main", config);
    }

    private SmscBinding.Single read(int esmClass, int dataCoding, String shortMessageHex) throws Exception {
        DeliverSm pdu = new DeliverSm();
        pdu.setSourceAddress(new Address((byte) 1, (byte) 1, "8613800000001"));
        pdu.setDestAddress(new Address((byte) 0, (byte) 1, "10690001"));
        pdu.setEsmClass((byte) esmClass);
        pdu.setDataCoding((byte) dataCoding);
        pdu.setShortMessage(HEX.parseHex(shortMessageHex));
        return (SmscBinding.Single) binding().read(pdu, NOW);
    }

    private List<SubmitSm> submits(String text) {
        return binding().submits(new OutboundSms(0x42, "+8613800000001", null, text, null, false), NOW);
    }

    private static String hex(byte[] octets) {
        return HEX.formatHex(octets);
    }

    // ---- GSM 03.38 with its extension table ------------------------------------------------

    @Test
    void gsmExtensionCharactersArriveAsEscapePairs() throws Exception {
        // € [ ] { } ^ \ | ~ : ESC (0x1B) followed by the extension code, one septet per octet.
        SmscBinding.Single in = read(0, 0x00, "1b651b3c1b3e1b281b291b141b2f1b401b3d");

        assertThat(in.sms().text()).isEqualTo("€[]{}^\\|~");
        assertThat(in.malformed()).isNull();
    }

    @Test
    void gsmExtensionCharactersLeaveAsEscapePairsInDataCodingZero() {
        SubmitSm out = submits("Fee €5 {a}").get(0);

        assertThat(out.getDataCoding()).isZero();
        assertThat(hex(out.getShortMessage())).isEqualTo("4665652" + "01b6535" + "201b28611b29");
    }

    @Test
    void gsmCharactersAwayFromTheirAsciiPlaceAreMappedBothWays() throws Exception {
        // GSM 0x00 is '@', 0x02 '$', 0x11 '_', 0x04 'è'.
        assertThat(read(0, 0x00, "00021104").sms().text()).isEqualTo("@$_è");
        assertThat(hex(submits("@$_è").get(0).getShortMessage())).isEqualTo("00021104");
    }

    // ---- UCS-2 with surrogate pairs ----------------------------------------------------------

    @Test
    void ucs2WithASurrogatePairArrivesAsOneCodePoint() throws Exception {
        SmscBinding.Single in = read(0, 0x08, "5f0095e8d83dde00");

        assertThat(in.sms().text()).isEqualTo("开门" + GRINNING);
        assertThat(in.sms().text().codePointCount(0, in.sms().text().length())).isEqualTo(3);
        assertThat(in.malformed()).isNull();
    }

    @Test
    void anEmojiLeavesAsASurrogatePairInUcs2() {
        SubmitSm out = submits("OK " + GRINNING).get(0);

        assertThat(out.getDataCoding()).isEqualTo((byte) 0x08);
        assertThat(hex(out.getShortMessage())).isEqualTo("004f004b0020d83dde00");
    }

    @Test
    void aLongTextWithEmojiNeverSplitsASurrogatePairAcrossParts() {
        // 66 UCS-2 units, then the pair would straddle the 67-unit boundary of a part.
        String text = "开".repeat(66) + GRINNING + "门".repeat(10);

        List<SubmitSm> parts = submits(text);

        assertThat(parts).hasSize(2);
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        for (SubmitSm part : parts) {
            byte[] sm = part.getShortMessage();
            byte[] payload = Arrays.copyOfRange(sm, (sm[0] & 0xFF) + 1, sm.length);
            String partText = new String(payload, StandardCharsets.UTF_16BE);
            assertThat(Character.isHighSurrogate(partText.charAt(partText.length() - 1))).as("part ends on a whole character")
                    .isFalse();
            joined.writeBytes(payload);
        }
        assertThat(joined.toString(StandardCharsets.UTF_16BE)).isEqualTo(text);
    }

    // ---- Latin-1 -------------------------------------------------------------------------------

    @Test
    void latin1InDataCodingThreeArrivesAsText() throws Exception {
        assertThat(read(0, 0x03, "436166e920e0206c61206372e86d65").sms().text()).isEqualTo("Café à la crème");
    }

    @Test
    void latin1IsSentInDataCodingThreeWhereDataCodingZeroIsNotGsm() {
        config.setDefaultDataCodingIsGsm(false);

        SubmitSm out = submits("Café").get(0);

        assertThat(out.getDataCoding()).isEqualTo((byte) 0x03);
        assertThat(hex(out.getShortMessage())).isEqualTo("436166e9");
    }

    // ---- data_coding 0, per connection ---------------------------------------------------------

    @Test
    void dataCodingZeroIsReadAsGsmWhereTheConnectionSaysSo() throws Exception {
        config.setDefaultDataCodingIsGsm(true);

        assertThat(read(0, 0x00, "00404b4d").sms().text()).as("0x00 is '@', 0x40 is '¡' in GSM").isEqualTo("@¡KM");
    }

    @Test
    void dataCodingZeroIsReadAsLatin1WhereTheConnectionSaysSo() throws Exception {
        config.setDefaultDataCodingIsGsm(false);

        assertThat(read(0, 0x00, "404b4de9").sms().text()).isEqualTo("@KMé");
    }

    @Test
    void outboundTextFollowsTheConnectionsReadingOfDataCodingZero() {
        config.setDefaultDataCodingIsGsm(true);
        SubmitSm gsm = submits("@home").get(0);
        config.setDefaultDataCodingIsGsm(false);
        SubmitSm latin = submits("@home").get(0);

        assertThat(gsm.getDataCoding()).isZero();
        assertThat(hex(gsm.getShortMessage())).as("GSM '@' is 0x00").isEqualTo("00686f6d65");
        assertThat(latin.getDataCoding()).as("never 0 where 0 would be misread").isEqualTo((byte) 0x03);
        assertThat(hex(latin.getShortMessage())).isEqualTo("40686f6d65");
    }

    // ---- 8-bit binary --------------------------------------------------------------------------

    @Test
    void binaryUserDataIsKeptAsHexAndFlagged() throws Exception {
        SmscBinding.Single in = read(0, 0x04, "00ff7f1b");

        assertThat(in.sms().text()).isEqualTo("[binary dc=0x04] 00FF7F1B");
        assertThat(in.malformed()).contains("binary user data").contains("data_coding 0x04").contains("4 octets");
    }

    @Test
    void binaryInTheMessageClassGroupIsKeptAsHexToo() throws Exception {
        // 0xF6: data coding/message class group, 8-bit data, class 2 (SIM-specific).
        SmscBinding.Single in = read(0, 0xF6, "02700000");

        assertThat(in.sms().text()).isEqualTo("[binary dc=0xF6] 02700000");
        assertThat(in.malformed()).contains("binary");
    }

    @Test
    void binaryAfterAUserDataHeaderKeepsOnlyThePayloadAsHex() throws Exception {
        // UDH with an application port IE (05 04 0b84 23f0), then two octets of WAP data.
        SmscBinding.Single in = read(0x40, 0xF5, "0605040b8423f00106");

        assertThat(in.sms().text()).isEqualTo("[binary dc=0xF5] 0106");
    }

    @Test
    void binaryTextCannotBeMistakenForACommand() throws Exception {
        // A single octet 0xBD would read "BD" — a command keyword — if it were passed on as bare hex.
        assertThat(read(0, 0x04, "bd").sms().text()).startsWith("[binary").doesNotStartWith("BD");
    }
}

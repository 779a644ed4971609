package community.porter.modem.pdu;

import static community.porter.modem.pdu.PublishedVectors.DREAMFABRIC_DELIVER;
import static community.porter.modem.pdu.PublishedVectors.NORDIC_CDS_LENGTH;
import static community.porter.modem.pdu.PublishedVectors.NORDIC_CDS_WITHOUT_MESSAGE_REFERENCE;
import static community.porter.modem.pdu.PublishedVectors.WAVECOM_BROKEN_HEADER;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import community.porter.sms.codec.SmsCodecException;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

/**
 * Each way a PDU can be wrong gives a {@link MalformedPduException} that says what and where.
 * Octet offsets in {@link PublishedVectors#DREAMFABRIC_DELIVER}: SMSC field 0-7, first octet 8,
 * TP-OA 9-16 (value from 11), TP-PID 17, TP-DCS 18, TP-SCTS 19-25, TP-UDL 26, TP-UD 27-35.
 */
class MalformedPduTest {

    @Test
    void oddNumberOfHexDigits() {
        AbstractThrowableAssert<?, ?> thrown = rejected("0011000");

        thrown.hasMessage("a PDU needs two hex digits per octet, got an odd number (7)");
        thrown.extracting(e -> ((MalformedPduException) e).octet()).isEqualTo(MalformedPduException.NO_OCTET);
    }

    @Test
    void characterThatIsNotHex() {
        rejected("0011G0").hasMessage("character 'G' at position 4 is not a hex digit (at octet 2)");
        rejected("00\u0661100").hasMessageContaining("position 2 is not a hex digit");
    }

    @Test
    void nothingAtAll() {
        rejected(null).hasMessage("no PDU: the hex string is null");
        rejected("").hasMessage("SMSC address length is missing: the PDU ends after 0 octets (at octet 0)");
    }

    @Test
    void serviceCentreLengthPointingPastTheEnd() {
        rejected("0791728301").hasMessage("SMSC address value needs 6 octets, only 3 left (at octet 2)");
    }

    @Test
    void addressLengthPointingPastTheEnd() {
        rejected("00040B91640728").hasMessage("TP-OA value (11 semi-octets) needs 6 octets, only 3 left (at octet 4)");
    }

    @Test
    void truncatedUserData() {
        String cut = DREAMFABRIC_DELIVER.substring(0, DREAMFABRIC_DELIVER.length() - 4);

        rejected(cut).hasMessage("TP-UD of 10 septets needs 9 octets, only 7 left (at octet 27)");
    }

    @Test
    void userDataHeaderLongerThanTheUserData() {
        // The dreamfabric PDU with TP-UDHI set: E8 read as the header length.
        String withHeaderBit = replaceOctet(DREAMFABRIC_DELIVER, 8, "44");

        rejected(withHeaderBit).hasMessageStartingWith("user data header: header length 232 runs past the end")
                .hasMessageEndingWith("(at octet 27)");
    }

    @Test
    void publishedWavecomPartWithAnInformationElementRunningPastItsHeader() {
        rejected(WAVECOM_BROKEN_HEADER)
                .hasMessageContaining("information element 0xC0 at offset 1 has length 27, past the end of the header")
                .hasMessageEndingWith("(at octet 27)");
    }

    @Test
    void badSemiOctetInAnAddress() {
        rejected(replaceOctet(DREAMFABRIC_DELIVER, 11, "7F"))
                .hasMessage("TP-OA digit 1 is the filler semi-octet F, which may only pad the last octet (at octet 11)");
    }

    @Test
    void badSemiOctetInATimestamp() {
        rejected(replaceOctet(DREAMFABRIC_DELIVER, 20, "3C"))
                .hasMessage("TP-SCTS octet 2 (0x3C) is not two decimal semi-octets (at octet 20)");
    }

    @Test
    void reservedMessageType() {
        rejected(replaceOctet(DREAMFABRIC_DELIVER, 8, "07"))
                .hasMessage("first octet 0x07 has TP-MTI 11, which is reserved (at octet 8)");
    }

    @Test
    void compressedText() {
        rejected(replaceOctet(DREAMFABRIC_DELIVER, 18, "20"))
                .hasMessage("TP-DCS 0x20 says the user data is compressed (TS 23.042), which is not supported (at octet 18)");
    }

    @Test
    void lengthOtherThanTheModemReported() {
        assertThatThrownBy(() -> PduDecoder.decode(DREAMFABRIC_DELIVER, 27))
                .isInstanceOf(MalformedPduException.class)
                .hasMessage("the modem reported a TPDU of 27 octets, but 28 follow the SMSC address field (at octet 8)");
    }

    @Test
    void publishedNordicCdsExampleFailsItsOwnLength() {
        assertThatThrownBy(() -> PduDecoder.decode(NORDIC_CDS_WITHOUT_MESSAGE_REFERENCE, NORDIC_CDS_LENGTH))
                .isInstanceOf(MalformedPduException.class)
                .hasMessageContaining("reported a TPDU of 25 octets");
    }

    @Test
    void theSameFaultsComeOutOfDecodeTpdu() {
        assertThatThrownBy(() -> PduDecoder.decodeTpdu("07"))
                .isInstanceOf(MalformedPduException.class)
                .hasMessage("first octet 0x07 has TP-MTI 11, which is reserved (at octet 0)");
        assertThatThrownBy(() -> PduDecoder.decodeTpdu("06000B91"))
                .isInstanceOf(MalformedPduException.class)
                .hasMessageContaining("TP-RA value (11 semi-octets) needs 6 octets, only 0 left");
    }

    @Test
    void theExceptionIsTheCodecsKindSoTransportsRejectJustThatMessage() {
        assertThatThrownBy(() -> PduDecoder.decode("0"))
                .isInstanceOf(SmsCodecException.class)
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static AbstractThrowableAssert<?, ?> rejected(String hex) {
        return assertThatThrownBy(() -> PduDecoder.decode(hex)).isInstanceOf(MalformedPduException.class);
    }

    private static String replaceOctet(String hex, int octet, String replacement) {
        return hex.substring(0, 2 * octet) + replacement + hex.substring(2 * octet + 2);
    }
}

package community.porter.modem.pdu;

import static community.porter.modem.pdu.TestHex.octets;
import static community.porter.modem.pdu.TestHex.reader;
import static community.porter.modem.pdu.TestHex.written;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import community.porter.sms.codec.Alphabet;
import community.porter.sms.codec.ConcatInfo;
import community.porter.sms.codec.GsmAlphabet;
import community.porter.sms.codec.InformationElement;
import community.porter.sms.codec.Ucs2;
import java.util.List;
import org.junit.jupiter.api.Test;

class UserDataCodecTest {

    private static final DataCodingScheme GSM7 = DataCodingScheme.GSM7;
    private static final DataCodingScheme UCS2 = DataCodingScheme.UCS2;

    @Test
    void sevenBitTextWithoutHeaderCountsSeptets() {
        // dreamfabric: 0A septets, E8329BFD4697D9EC37 is "hellohello".
        UserData userData = UserDataCodec.read(reader("0A E8 32 9B FD 46 97 D9 EC 37"), false, GSM7);

        assertThat(userData.text()).contains("hellohello");
        assertThat(userData.header()).isEmpty();
        assertThat(userData.concat()).isEmpty();
    }

    @Test
    void sevenBitTextAfterAnEightBitConcatenationHeaderStartsAfterOneFillBit() {
        // Stack Overflow "Encoding/decoding 7-bit user data with a UDH": after a six-octet header,
        // D06536FB0DBABFE56C32 is "hello world" (one fill bit, then 11 septets).
        // TP-UDL = 7 septets for the header and its fill bit + 11 = 18 (0x12).
        String userDataField = "12 05 00 03 CC 02 01 D0 65 36 FB 0D BA BF E5 6C 32";
        UserData userData = UserDataCodec.read(reader(userDataField), true, GSM7);

        assertThat(userData.text()).contains("hello world");
        assertThat(userData.concat()).contains(new ConcatInfo(0xCC, 2, 1, false));
        assertThat(written(w -> UserDataCodec.write(w, userData))).isEqualTo(userDataField.replace(" ", ""));
    }

    @Test
    void sevenBitTextAfterASixteenBitConcatenationHeaderNeedsNoFillBits() {
        UserData userData = new UserData(List.of(new InformationElement(0x08, octets("AB CD 03 02"))),
                Alphabet.GSM7, GsmAlphabet.encode("hello"));
        String field = written(w -> UserDataCodec.write(w, userData));

        // 7 octets of header are exactly 8 septets; "hello" packs from bit 0 as E8329BFD06.
        assertThat(field).isEqualTo("0D" + "060804ABCD0302" + "E8329BFD06");
        UserData read = UserDataCodec.read(reader(field), true, GSM7);
        assertThat(read.concat()).contains(new ConcatInfo(0xABCD, 3, 2, true));
        assertThat(read.text()).contains("hello");
    }

    @Test
    void otherInformationElementsAreKeptAndSkippedForConcatenation() {
        // traud.de operator logo example: a 16-bit port element (05) before the concatenation one.
        String field = "0E 0B 05 04 15 82 00 00 00 03 03 02 01 48 49";
        UserData userData = UserDataCodec.read(reader(field), true, DataCodingScheme.BINARY);

        assertThat(userData.header()).extracting(InformationElement::id).containsExactly(0x05, 0x00);
        assertThat(userData.concat()).contains(new ConcatInfo(3, 2, 1, false));
        assertThat(userData.payload()).isEqualTo(octets("48 49"));
        assertThat(userData.text()).isEmpty();
    }

    @Test
    void extensionTableCharactersTakeTwoSeptetsInTheLength() {
        UserData userData = UserData.ofText("{€}", Alphabet.GSM7);
        String field = written(w -> UserDataCodec.write(w, userData));

        assertThat(field).startsWith("06");
        assertThat(UserDataCodec.read(reader(field), false, GSM7).text()).contains("{€}");
    }

    @Test
    void emojiTravelsAsASurrogatePairInUcs2() {
        UserData userData = UserData.ofText("门\uD83D\uDE00", Alphabet.UCS2);
        String field = written(w -> UserDataCodec.write(w, userData));

        assertThat(field).isEqualTo("06" + "95E8" + "D83DDE00");
        assertThat(UserDataCodec.read(reader(field), false, UCS2).text()).contains("门\uD83D\uDE00");
    }

    @Test
    void headerLengthPastTheUserDataIsRejected() {
        assertThatThrownBy(() -> UserDataCodec.read(reader("04 09 00 03 CC"), true, UCS2))
                .isInstanceOf(MalformedPduException.class)
                .hasMessageContaining("user data header: header length 9 runs past the end of the user data")
                .hasMessageEndingWith("(at octet 1)");
    }

    @Test
    void sevenBitHeaderTakingMoreSeptetsThanTheLengthIsRejected() {
        // Six header octets fit the six octets six septets need, but take seven septets.
        assertThatThrownBy(() -> UserDataCodec.read(reader("06 05 00 03 CC 02 01"), true, GSM7))
                .isInstanceOf(MalformedPduException.class)
                .hasMessageContaining("user data header of 6 octets takes 7 septets, more than the 6 TP-UDL gives");
    }

    @Test
    void userDataCutShortIsRejected() {
        assertThatThrownBy(() -> UserDataCodec.read(reader("0A E8 32 9B"), false, GSM7))
                .isInstanceOf(MalformedPduException.class)
                .hasMessageContaining("TP-UD of 10 septets needs 9 octets, only 3 left")
                .hasMessageEndingWith("(at octet 1)");
        assertThatThrownBy(() -> UserDataCodec.read(reader("04 00 68"), false, UCS2))
                .isInstanceOf(MalformedPduException.class)
                .hasMessageContaining("TP-UD of 4 octets needs 4 octets, only 2 left");
    }

    @Test
    void oddUcs2TextIsRejectedWhereItStarts() {
        assertThatThrownBy(() -> UserDataCodec.read(reader("09 05 00 03 CC 02 01 00 68 00"), true, UCS2))
                .isInstanceOf(MalformedPduException.class)
                .hasMessageContaining("user data text: UCS-2 text must have an even number of octets")
                .hasMessageEndingWith("(at octet 7)");
    }

    @Test
    void headerIndicatedOnEmptyUserDataIsRejected() {
        assertThatThrownBy(() -> UserDataCodec.read(reader("00"), true, GSM7))
                .isInstanceOf(MalformedPduException.class)
                .hasMessageContaining("user data is empty");
    }

    @Test
    void userDataOverOneHundredFortyOctetsIsRefused() {
        UserData tooLong = new UserData(List.of(), Alphabet.UCS2, Ucs2.encode("x".repeat(71)));

        assertThatThrownBy(() -> written(w -> UserDataCodec.write(w, tooLong)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("142 octets");
    }
}

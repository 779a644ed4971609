package community.porter.sms.codec;

import static community.porter.sms.codec.Hex.concat;
import static community.porter.sms.codec.Hex.hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UserDataHeaderTest {

    @Test
    void eightBitConcatenationHeaderIsSixOctets() {
        assertThat(hex(UserDataHeader.concat8(0x42, 3, 1))).isEqualTo("05 00 03 42 03 01");
        assertThat(hex(UserDataHeader.concat8(0xFF, 255, 255))).isEqualTo("05 00 03 FF FF FF");
    }

    @Test
    void sixteenBitConcatenationHeaderIsSevenOctetsWithTheReferenceBigEndian() {
        assertThat(hex(UserDataHeader.concat16(0x1234, 2, 2))).isEqualTo("06 08 04 12 34 02 02");
        assertThat(hex(UserDataHeader.concat16(0, 1, 1))).isEqualTo("06 08 04 00 00 01 01");
    }

    @ParameterizedTest(name = "concat8({0}, {1}, {2}) is rejected")
    @CsvSource({"256, 2, 1", "-1, 2, 1", "1, 0, 1", "1, 256, 1", "1, 2, 0", "1, 2, 3"})
    void eightBitHeaderValuesOutOfRangeAreRejected(int reference, int total, int sequence) {
        assertThatThrownBy(() -> UserDataHeader.concat8(reference, total, sequence))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sixteenBitHeaderReferenceOutOfRangeIsRejected() {
        assertThatThrownBy(() -> UserDataHeader.concat16(0x10000, 2, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("65535");
    }

    @Test
    void eightBitConcatenationIsParsedWithItsPayload() {
        ParsedUserData parsed = UserDataHeader.parse(hex("05 00 03 42 03 01 48 65"));

        assertThat(parsed.elements()).containsExactly(new InformationElement(0x00, hex("42 03 01")));
        assertThat(parsed.concat()).contains(new ConcatInfo(0x42, 3, 1, false));
        assertThat(parsed.headerLength()).isEqualTo(6);
        assertThat(hex(parsed.payload())).isEqualTo("48 65");
    }

    @Test
    void sixteenBitConcatenationIsParsedWithItsPayload() {
        ParsedUserData parsed = UserDataHeader.parse(hex("06 08 04 AB CD 04 02 4F 60"));

        assertThat(parsed.concat()).contains(new ConcatInfo(0xABCD, 4, 2, true));
        assertThat(parsed.headerLength()).isEqualTo(7);
        assertThat(hex(parsed.payload())).isEqualTo("4F 60");
    }

    @ParameterizedTest(name = "reference {0}, part {2} of {1}")
    @CsvSource({"0, 1, 1", "1, 2, 1", "127, 3, 3", "255, 255, 255"})
    void builtHeadersParseBackToWhatWasBuilt(int reference, int total, int sequence) {
        byte[] payload = hex("C8 32 9B FD 06");

        ParsedUserData eight = UserDataHeader.parse(concat(UserDataHeader.concat8(reference, total, sequence), payload));
        ParsedUserData sixteen = UserDataHeader.parse(
                concat(UserDataHeader.concat16(reference * 257, total, sequence), payload));

        assertThat(eight.concat()).contains(new ConcatInfo(reference, total, sequence, false));
        assertThat(eight.payload()).isEqualTo(payload);
        assertThat(sixteen.concat()).contains(new ConcatInfo(reference * 257, total, sequence, true));
        assertThat(sixteen.payload()).isEqualTo(payload);
    }

    @Test
    void otherElementsAreKeptBesideConcatenation() {
        // Application port addressing (IEI 0x05, WAP push ports) before an 8-bit concatenation.
        ParsedUserData parsed = UserDataHeader.parse(hex("0B 05 04 0B 84 23 F0 00 03 A1 02 01 FF"));

        assertThat(parsed.elements()).containsExactly(
                new InformationElement(0x05, hex("0B 84 23 F0")),
                new InformationElement(0x00, hex("A1 02 01")));
        assertThat(parsed.concat()).contains(new ConcatInfo(0xA1, 2, 1, false));
        assertThat(parsed.headerLength()).isEqualTo(12);
        assertThat(hex(parsed.payload())).isEqualTo("FF");
    }

    @Test
    void aHeaderWithoutConcatenationHasNoConcatInfo() {
        ParsedUserData parsed = UserDataHeader.parse(hex("02 70 00 41"));

        assertThat(parsed.elements()).containsExactly(new InformationElement(0x70, new byte[0]));
        assertThat(parsed.concat()).isEmpty();
        assertThat(hex(parsed.payload())).isEqualTo("41");
    }

    @Test
    void anEmptyHeaderIsJustItsLengthOctet() {
        ParsedUserData parsed = UserDataHeader.parse(hex("00 41 42"));

        assertThat(parsed.elements()).isEmpty();
        assertThat(parsed.concat()).isEmpty();
        assertThat(parsed.headerLength()).isEqualTo(1);
        assertThat(hex(parsed.payload())).isEqualTo("41 42");
    }

    @Test
    void aHeaderWithNothingAfterItHasAnEmptyPayload() {
        assertThat(UserDataHeader.parse(hex("05 00 03 01 02 02")).payload()).isEmpty();
    }

    @Test
    void whenConcatenationIsRepeatedTheLastOccurrenceCounts() {
        ParsedUserData parsed = UserDataHeader.parse(hex("0B 00 03 01 02 01 08 04 00 07 03 03"));

        assertThat(parsed.concat()).contains(new ConcatInfo(7, 3, 3, true));
        assertThat(parsed.elements()).hasSize(2);
    }

    @Test
    void builtElementsParseBack() {
        List<InformationElement> elements = List.of(
                new InformationElement(0x05, hex("0B 84 23 F0")), new InformationElement(0x08, hex("01 02 03 01")));

        byte[] header = UserDataHeader.build(elements);

        assertThat(hex(header)).isEqualTo("0C 05 04 0B 84 23 F0 08 04 01 02 03 01");
        ParsedUserData parsed = UserDataHeader.parse(header);
        assertThat(parsed.elements()).isEqualTo(elements);
        assertThat(parsed.concat()).contains(new ConcatInfo(0x0102, 3, 1, true));
    }

    @Test
    void elementsTooLongForOneHeaderCannotBeBuilt() {
        List<InformationElement> elements = List.of(
                new InformationElement(0x70, new byte[200]), new InformationElement(0x71, new byte[60]));

        assertThatThrownBy(() -> UserDataHeader.build(elements))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("255");
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', value = {
        "''                         | user data is empty                  | no length octet",
        "05 00 03 42 03             | runs past the end of the user data  | UDHL past the end",
        "05 00 04 42 03 01 41       | past the end of the header          | IE length past the header",
        "01 00 41 42                | no length octet inside the header   | IE cut after its id",
        "04 00 02 42 03 41          | must have 3 octets, has 2           | 8-bit concat too short",
        "06 00 04 42 03 01 00 41    | must have 3 octets, has 4           | 8-bit concat too long",
        "05 08 03 12 34 02          | must have 4 octets, has 3           | 16-bit concat too short",
    })
    void malformedHeadersAreRejectedSayingWhatIsWrong(String userData, String message, String description) {
        assertThatThrownBy(() -> UserDataHeader.parse(hex(userData)))
                .as(description)
                .isInstanceOf(MalformedUserDataException.class)
                .hasMessageContaining(message);
    }

    /** TS 23.040 9.2.3.24.1 and 9.2.3.24.8: such an element is ignored, not the message. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "05 00 03 42 00 01 41       | total 0",
        "05 00 03 42 03 00 41       | sequence 0",
        "05 00 03 42 03 04 41       | sequence past the total",
        "06 08 04 12 34 00 00 41    | 16-bit total 0"
    })
    void aConcatenationElementOutOfRangeIsIgnoredAndThePartReadAsAMessageOfItsOwn(String userData, String description) {
        ParsedUserData parsed = UserDataHeader.parse(hex(userData));

        assertThat(parsed.concat()).as(description).isEmpty();
        assertThat(parsed.elements()).hasSize(1);
        assertThat(parsed.payload()).containsExactly(0x41);
    }

    @ParameterizedTest(name = "a {0}-octet header is followed by {1} fill bits and takes {2} septets")
    @CsvSource({"0, 0, 0", "1, 6, 2", "2, 5, 3", "3, 4, 4", "4, 3, 5", "5, 2, 6", "6, 1, 7", "7, 0, 8", "12, 2, 14"})
    void fillBitsBringSevenBitTextToASeptetBoundary(int headerLength, int fillBits, int septets) {
        assertThat(UserDataHeader.fillBits(headerLength)).isEqualTo(fillBits);
        assertThat(UserDataHeader.headerSeptets(headerLength)).isEqualTo(septets);
        assertThat((headerLength * 8 + fillBits) % 7).isZero();
    }

    @Test
    void aNegativeHeaderLengthHasNoFillBits() {
        assertThatThrownBy(() -> UserDataHeader.fillBits(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void informationElementsCompareByContentAndCannotBeChangedFromOutside() {
        byte[] data = hex("01 02");
        InformationElement element = new InformationElement(0x70, data);
        data[0] = 9;
        element.data()[1] = 9;

        assertThat(element).isEqualTo(new InformationElement(0x70, hex("01 02")));
        assertThat(element.hashCode()).isEqualTo(new InformationElement(0x70, hex("01 02")).hashCode());
        assertThat(element.toString()).contains("0x70").contains("0102");
    }

    @Test
    void parsedUserDataComparesByContent() {
        assertThat(UserDataHeader.parse(hex("05 00 03 42 03 01 48 65")))
                .isEqualTo(UserDataHeader.parse(hex("05 00 03 42 03 01 48 65")))
                .isNotEqualTo(UserDataHeader.parse(hex("05 00 03 42 03 01 48 66")));
        assertThat(new ParsedUserData(List.of(), Optional.empty(), 1, hex("41")).toString()).contains("41");
    }

    @ParameterizedTest(name = "ConcatInfo({0}, {1}, {2}, {3}) is rejected")
    @CsvSource({"256, 2, 1, false", "65536, 2, 1, true", "-1, 2, 1, true", "1, 0, 1, false",
        "1, 256, 1, true", "1, 2, 0, false", "1, 2, 3, false"})
    void concatInfoOutOfRangeIsRejected(int reference, int total, int sequence, boolean sixteenBit) {
        assertThatThrownBy(() -> new ConcatInfo(reference, total, sequence, sixteenBit))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

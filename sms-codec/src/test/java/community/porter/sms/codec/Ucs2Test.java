package community.porter.sms.codec;

import static community.porter.sms.codec.Hex.hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class Ucs2Test {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "你好, 4F 60 59 7D",
        "开门 3-1, 5F 00 95 E8 00 20 00 33 00 2D 00 31",
        "A, 00 41",
        "\u20AC, 20 AC",
        "\uD842\uDFB7, D8 42 DF B7",
        "\uD83D\uDE00, D8 3D DE 00"
    })
    void textEncodesAsUtf16BigEndianAndBack(String text, String octets) {
        assertThat(hex(Ucs2.encode(text))).isEqualTo(octets);
        assertThat(Ucs2.decode(hex(octets))).isEqualTo(text);
    }

    @Test
    void aCharacterOutsideTheBmpIsOneCodePointAfterDecoding() {
        String decoded = Ucs2.decode(hex("D8 42 DF B7"));

        assertThat(decoded.codePoints()).containsExactly(0x20BB7);
    }

    @Test
    void emptyTextIsNoOctets() {
        assertThat(Ucs2.encode("")).isEmpty();
        assertThat(Ucs2.decode(new byte[0])).isEmpty();
    }

    @Test
    void anOddNumberOfOctetsIsMalformed() {
        assertThatThrownBy(() -> Ucs2.decode(hex("4F 60 59")))
                .isInstanceOf(MalformedTextException.class)
                .hasMessageContaining("even")
                .hasMessageContaining("3");
    }

    @ParameterizedTest(name = "{0} decodes to {1}")
    @CsvSource({
        "D8 3D, FFFD",
        "DE 00, FFFD",
        "D8 3D 00 41, FFFD 0041",
        "00 41 DE 00 00 42, 0041 FFFD 0042",
        "DE 00 D8 3D, FFFD FFFD",
        "D8 3D D8 3D DE 00, FFFD D83D DE00"
    })
    void loneSurrogatesDecodeAsTheReplacementCharacter(String octets, String expectedUnits) {
        assertThat(hex(Ucs2.encode(Ucs2.decode(hex(octets)))).replace(" ", ""))
                .isEqualTo(expectedUnits.replace(" ", ""));
    }

    @Test
    void loneSurrogatesInTextAreSentAsTheReplacementCharacter() {
        assertThat(hex(Ucs2.encode("a\uD83D"))).isEqualTo("00 61 FF FD");
        assertThat(hex(Ucs2.encode("\uDE00a"))).isEqualTo("FF FD 00 61");
    }
}

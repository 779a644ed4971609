package community.porter.sms.codec;

import static community.porter.sms.codec.Hex.hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GsmAlphabetTest {

    /**
     * The basic table of 3GPP TS 23.038 §6.2.1 in code order, written with escapes so that a
     * look-alike character in the production table (Latin A for Greek Alpha, Ohm sign for Omega)
     * cannot hide. Position 0x1B is the escape and holds no character.
     */
    private static final String PUBLISHED_BASIC_TABLE =
            "@\u00A3$\u00A5\u00E8\u00E9\u00F9\u00EC\u00F2\u00C7\n\u00D8\u00F8\r\u00C5\u00E5"
            + "\u0394_\u03A6\u0393\u039B\u03A9\u03A0\u03A8\u03A3\u0398\u039E\u001B\u00C6\u00E6\u00DF\u00C9"
            + " !\"#\u00A4%&'()*+,-./"
            + "0123456789:;<=>?"
            + "\u00A1ABCDEFGHIJKLMNO"
            + "PQRSTUVWXYZ\u00C4\u00D6\u00D1\u00DC\u00A7"
            + "\u00BFabcdefghijklmno"
            + "pqrstuvwxyz\u00E4\u00F6\u00F1\u00FC\u00E0";

    @Test
    void everyBasicTableCharacterEncodesToItsOwnCodeAndBack() {
        for (int code = 0; code < 128; code++) {
            if (code == GsmAlphabet.ESCAPE) {
                continue;
            }
            String character = String.valueOf(PUBLISHED_BASIC_TABLE.charAt(code));
            assertThat(GsmAlphabet.encode(character))
                    .as("code 0x%02X (%s)", code, character)
                    .containsExactly(code);
            assertThat(GsmAlphabet.decode(new byte[] {(byte) code})).isEqualTo(character);
        }
    }

    @Test
    void theWholeBasicTableRoundTripsAsOneText() {
        String table = PUBLISHED_BASIC_TABLE.replace("\u001B", "");
        byte[] septets = GsmAlphabet.encode(table);

        assertThat(septets).hasSize(127);
        assertThat(GsmAlphabet.decode(septets)).isEqualTo(table);
    }

    @ParameterizedTest(name = "U+{0} is escape + {1}")
    @CsvSource({"000C, 0A", "005E, 14", "007B, 28", "007D, 29", "005C, 2F",
        "005B, 3C", "007E, 3D", "005D, 3E", "007C, 40", "20AC, 65"})
    void everyExtensionCharacterIsTwoSeptetsAndRoundTrips(String codePoint, String code) {
        String character = Character.toString(Integer.parseInt(codePoint, 16));

        byte[] septets = GsmAlphabet.encode(character);

        assertThat(hex(septets)).isEqualTo("1B " + code);
        assertThat(GsmAlphabet.septetLength(character)).isEqualTo(2);
        assertThat(GsmAlphabet.decode(septets)).isEqualTo(character);
    }

    @Test
    void plainAsciiEncodesToItsOwnCodes() {
        assertThat(hex(GsmAlphabet.encode("hello"))).isEqualTo("68 65 6C 6C 6F");
    }

    @Test
    void charactersThatDifferFromAsciiUseTheirGsmCodes() {
        assertThat(hex(GsmAlphabet.encode("@$_"))).isEqualTo("00 02 11");
    }

    @Test
    void septetLengthCountsExtensionCharactersTwice() {
        assertThat(GsmAlphabet.septetLength("")).isZero();
        assertThat(GsmAlphabet.septetLength("KM 3-1")).isEqualTo(6);
        assertThat(GsmAlphabet.septetLength("{5€}")).isEqualTo(7);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "KM 3-1", "Grüße, café à 5€ [ok] ~ | ^ \\ {x}", "ΔΦΓΛΩΠΨΣΘΞ", "\f\r\n"})
    void textsInTheAlphabetCanBeEncoded(String text) {
        assertThat(GsmAlphabet.canEncode(text)).isTrue();
        assertThat(GsmAlphabet.decode(GsmAlphabet.encode(text))).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"开门", "`", "ç", "\u00C0", "\u0000", "\u001B", "\t", "\uD83D\uDE00", "a\u2126"})
    void textsOutsideTheAlphabetCannotBeEncoded(String text) {
        assertThat(GsmAlphabet.canEncode(text)).isFalse();
        assertThatThrownBy(() -> GsmAlphabet.encode(text)).isInstanceOf(UnencodableTextException.class);
        assertThatThrownBy(() -> GsmAlphabet.septetLength(text)).isInstanceOf(UnencodableTextException.class);
    }

    @Test
    void unencodableCharacterIsNamedWithItsIndexAndWholeCodePoint() {
        assertThatThrownBy(() -> GsmAlphabet.encode("KM\uD83D\uDE00"))
                .isInstanceOfSatisfying(UnencodableTextException.class, e -> {
                    assertThat(e.alphabet()).isEqualTo(Alphabet.GSM7);
                    assertThat(e.index()).isEqualTo(2);
                    assertThat(e.codePoint()).isEqualTo(0x1F600);
                })
                .hasMessageContaining("U+1F600")
                .hasMessageContaining("index 2")
                .hasMessageContaining("GSM7");
    }

    @Test
    void escapeFollowedByAnUndefinedCodeShowsTheBasicTableCharacter() {
        assertThat(GsmAlphabet.decode(hex("1B 41 1B 61 1B 0D"))).isEqualTo("Aa\r");
    }

    @Test
    void escapeFollowedByAnotherEscapeShowsASpace() {
        assertThat(GsmAlphabet.decode(hex("41 1B 1B 42"))).isEqualTo("A B");
    }

    @Test
    void aTrailingLoneEscapeIsDropped() {
        assertThat(GsmAlphabet.decode(hex("48 69 1B"))).isEqualTo("Hi");
        assertThat(GsmAlphabet.decode(hex("1B"))).isEmpty();
    }

    @Test
    void emptySeptetsDecodeToEmptyText() {
        assertThat(GsmAlphabet.decode(new byte[0])).isEmpty();
        assertThat(GsmAlphabet.encode("")).isEmpty();
    }

    @Test
    void aByteOverSeventyFHexIsNotASeptet() {
        assertThatThrownBy(() -> GsmAlphabet.decode(hex("48 80 69")))
                .isInstanceOf(MalformedTextException.class)
                .hasMessageContaining("0x80")
                .hasMessageContaining("index 1");
    }

    @Test
    void aByteOverSeventyFHexAfterAnEscapeIsNotASeptetEither() {
        assertThatThrownBy(() -> GsmAlphabet.decode(hex("1B FF")))
                .isInstanceOf(MalformedTextException.class)
                .hasMessageContaining("0xFF");
    }
}

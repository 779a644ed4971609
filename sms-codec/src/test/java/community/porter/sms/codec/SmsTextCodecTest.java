package community.porter.sms.codec;

import static community.porter.sms.codec.Hex.hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class SmsTextCodecTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "KM 3-1", "H", "Grüße aus Köln", "café 5€", "[ok] {x} ~|^\\"})
    void textInTheGsmAlphabetIsSentAsGsm7(String text) {
        assertThat(SmsTextCodec.choose(text)).isEqualTo(Alphabet.GSM7);
    }

    @ParameterizedTest
    @ValueSource(strings = {"开门", "開門 3-1", "KM 3-1 谢谢", "ç", "`", "ok \uD83D\uDE00", "\uD842\uDFB7"})
    void textWithAnyCharacterOutsideTheGsmAlphabetIsSentAsUcs2(String text) {
        assertThat(SmsTextCodec.choose(text)).isEqualTo(Alphabet.UCS2);
    }

    @Test
    void gsm7IsEncodedAsUnpackedSeptets() {
        assertThat(hex(SmsTextCodec.encode("a€", Alphabet.GSM7))).isEqualTo("61 1B 65");
        assertThat(SmsTextCodec.decode(hex("61 1B 65"), Alphabet.GSM7)).isEqualTo("a€");
    }

    @Test
    void ucs2IsEncodedAsUtf16BigEndian() {
        assertThat(hex(SmsTextCodec.encode("你好", Alphabet.UCS2))).isEqualTo("4F 60 59 7D");
        assertThat(SmsTextCodec.decode(hex("4F 60 59 7D"), Alphabet.UCS2)).isEqualTo("你好");
    }

    @Test
    void latin1IsOneOctetPerCharacter() {
        assertThat(hex(SmsTextCodec.encode("café ÿ", Alphabet.LATIN1))).isEqualTo("63 61 66 E9 20 FF");
        assertThat(SmsTextCodec.decode(hex("63 61 66 E9 20 FF"), Alphabet.LATIN1)).isEqualTo("café ÿ");
    }

    @Test
    void aCharacterOutsideLatin1IsUnencodable() {
        assertThatThrownBy(() -> SmsTextCodec.encode("5€", Alphabet.LATIN1))
                .isInstanceOfSatisfying(UnencodableTextException.class, e -> {
                    assertThat(e.alphabet()).isEqualTo(Alphabet.LATIN1);
                    assertThat(e.index()).isEqualTo(1);
                    assertThat(e.codePoint()).isEqualTo(0x20AC);
                });
    }

    @Test
    void everyOctetDecodesAsLatin1() {
        byte[] all = new byte[256];
        for (int i = 0; i < 256; i++) {
            all[i] = (byte) i;
        }

        String text = SmsTextCodec.decode(all, Alphabet.LATIN1);

        assertThat(text).hasSize(256);
        for (int i = 0; i < 256; i++) {
            assertThat((int) text.charAt(i)).isEqualTo(i);
        }
        assertThat(SmsTextCodec.encode(text, Alphabet.LATIN1)).isEqualTo(all);
    }

    @Test
    void gsmTextWithAnUnencodableCharacterIsRejectedWhenGsm7IsForced() {
        assertThatThrownBy(() -> SmsTextCodec.encode("开门", Alphabet.GSM7))
                .isInstanceOf(UnencodableTextException.class);
    }

    @Test
    void binaryIsNotAnAlphabetForText() {
        assertThatThrownBy(() -> SmsTextCodec.encode("hi", Alphabet.BINARY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("BINARY");
    }

    @Test
    void binaryUserDataIsNeverDecodedToText() {
        assertThatThrownBy(() -> SmsTextCodec.decode(hex("0B 05 04"), Alphabet.BINARY))
                .isInstanceOf(IllegalArgumentException.class)
                .isNotInstanceOf(SmsCodecException.class)
                .hasMessageContaining("BINARY");
    }

    @Test
    void malformedInputIsReportedAsACodecException() {
        assertThatThrownBy(() -> SmsTextCodec.decode(hex("80"), Alphabet.GSM7))
                .isInstanceOf(SmsCodecException.class)
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SmsTextCodec.decode(hex("00"), Alphabet.UCS2))
                .isInstanceOf(SmsCodecException.class);
    }

    @ParameterizedTest
    @EnumSource(value = Alphabet.class, names = {"GSM7", "UCS2", "LATIN1"})
    void emptyTextRoundTripsInEveryTextAlphabet(Alphabet alphabet) {
        assertThat(SmsTextCodec.encode("", alphabet)).isEmpty();
        assertThat(SmsTextCodec.decode(new byte[0], alphabet)).isEmpty();
    }
}

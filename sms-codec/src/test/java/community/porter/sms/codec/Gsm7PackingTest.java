package community.porter.sms.codec;

import static community.porter.sms.codec.Hex.hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Gsm7PackingTest {

    @ParameterizedTest(name = "\"{0}\" packs to {1}")
    @CsvSource({
        "hellohello, E8 32 9B FD 46 97 D9 EC 37",
        "Hello, C8 32 9B FD 06",
        "12345678, 31 D9 8C 56 B3 DD 70"
    })
    void publishedTextsPackToTheirPublishedOctets(String text, String packed) {
        byte[] septets = GsmAlphabet.encode(text);

        assertThat(hex(Gsm7Packing.pack(septets, 0))).isEqualTo(packed);
        assertThat(GsmAlphabet.decode(Gsm7Packing.unpack(hex(packed), text.length(), 0))).isEqualTo(text);
    }

    @Test
    void eightSeptetsFillExactlySevenOctets() {
        assertThat(Gsm7Packing.pack(new byte[8], 0)).hasSize(7);
        assertThat(Gsm7Packing.packedLength(8, 0)).isEqualTo(7);
    }

    @Test
    void oneFillBitAfterAnEightBitConcatenationHeaderShiftsTheText() {
        int fill = UserDataHeader.fillBits(UserDataHeader.CONCAT_8_LENGTH);

        assertThat(fill).isEqualTo(1);
        assertThat(hex(Gsm7Packing.pack(GsmAlphabet.encode("Hello"), fill))).isEqualTo("90 65 36 FB 0D");
        assertThat(GsmAlphabet.decode(Gsm7Packing.unpack(hex("90 65 36 FB 0D"), 5, fill))).isEqualTo("Hello");
    }

    @Test
    void sixFillBitsLeaveTheFirstOctetsLowBitsEmpty() {
        assertThat(hex(Gsm7Packing.pack(GsmAlphabet.encode("Hello"), 6))).isEqualTo("00 B2 CC 66 BF 01");
    }

    @Test
    void fullPartsFillTheirOneHundredFortyOctets() {
        assertThat(Gsm7Packing.packedLength(160, 0)).isEqualTo(140);
        assertThat(UserDataHeader.CONCAT_8_LENGTH + Gsm7Packing.packedLength(153, 1)).isEqualTo(140);
        assertThat(UserDataHeader.CONCAT_16_LENGTH + Gsm7Packing.packedLength(152, 0)).isEqualTo(140);
    }

    @Test
    void packingMatchesABitByBitReferenceForEveryFillAndLength() {
        Random random = new Random(23038);
        for (int fill = 0; fill <= 6; fill++) {
            for (int length = 0; length <= 24; length++) {
                byte[] septets = new byte[length];
                for (int i = 0; i < length; i++) {
                    septets[i] = (byte) random.nextInt(128);
                }
                byte[] packed = Gsm7Packing.pack(septets, fill);

                assertThat(packed).as("fill %d, %d septets", fill, length).isEqualTo(referencePack(septets, fill));
                assertThat(Gsm7Packing.unpack(packed, length, fill)).isEqualTo(septets);
            }
        }
    }

    @Test
    void spareOctetsAfterTheCountedSeptetsAreIgnored() {
        assertThat(GsmAlphabet.decode(Gsm7Packing.unpack(hex("C8 32 9B FD 06 FF FF"), 5, 0))).isEqualTo("Hello");
    }

    @Test
    void zeroSeptetsUnpackFromNothing() {
        assertThat(Gsm7Packing.unpack(new byte[0], 0, 0)).isEmpty();
        assertThat(Gsm7Packing.pack(new byte[0], 0)).isEmpty();
    }

    @Test
    void truncatedPackedTextIsMalformed() {
        assertThatThrownBy(() -> Gsm7Packing.unpack(hex("C8 32 9B FD"), 5, 0))
                .isInstanceOf(MalformedTextException.class)
                .hasMessageContaining("truncated")
                .hasMessageContaining("need 5 octets, got 4");
    }

    @Test
    void fillBitsCanMakeTheSameOctetsTooShort() {
        // Five septets take 35 bits: five octets without fill, six after six fill bits.
        assertThatThrownBy(() -> Gsm7Packing.unpack(hex("00 B2 CC 66 BF"), 5, 6))
                .isInstanceOf(MalformedTextException.class);
    }

    @Test
    void aByteOverSeventyFHexCannotBePacked() {
        assertThatThrownBy(() -> Gsm7Packing.pack(hex("41 80"), 0))
                .isInstanceOf(MalformedTextException.class)
                .hasMessageContaining("0x80");
    }

    @Test
    void fillBitsOutsideZeroToSixAreRejected() {
        assertThatThrownBy(() -> Gsm7Packing.pack(new byte[1], 7)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Gsm7Packing.pack(new byte[1], -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Gsm7Packing.unpack(new byte[2], 1, 7))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fill bits");
    }

    @Test
    void aNegativeSeptetCountIsRejected() {
        assertThatThrownBy(() -> Gsm7Packing.unpack(new byte[2], -1, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("negative");
    }

    /** Lays the septets out as a list of bits, least significant first, then reads octets. */
    private static byte[] referencePack(byte[] septets, int fill) {
        StringBuilder bits = new StringBuilder("0".repeat(fill));
        for (byte septet : septets) {
            for (int i = 0; i < 7; i++) {
                bits.append((septet >> i) & 1);
            }
        }
        while (bits.length() % 8 != 0) {
            bits.append('0');
        }
        byte[] octets = new byte[bits.length() / 8];
        for (int i = 0; i < bits.length(); i++) {
            if (bits.charAt(i) == '1') {
                octets[i / 8] |= (byte) (1 << (i % 8));
            }
        }
        return octets;
    }
}

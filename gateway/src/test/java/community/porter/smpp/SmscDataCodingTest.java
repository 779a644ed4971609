package community.porter.smpp;

import static org.assertj.core.api.Assertions.assertThat;

import community.porter.sms.codec.Alphabet;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmscDataCodingTest {

    private final SmscDataCoding gsmDefault = new SmscDataCoding(true);
    private final SmscDataCoding latinDefault = new SmscDataCoding(false);

    @Test
    void dataCodingZeroFollowsTheSmscsReading() {
        assertThat(gsmDefault.alphabet((byte) 0x00)).isEqualTo(Alphabet.GSM7);
        assertThat(latinDefault.alphabet((byte) 0x00)).isEqualTo(Alphabet.LATIN1);
    }

    @Test
    void theCommonSmppCodingsMapToTheirAlphabets() {
        assertThat(gsmDefault.alphabet((byte) 0x01)).as("IA5").isEqualTo(Alphabet.LATIN1);
        assertThat(gsmDefault.alphabet((byte) 0x03)).isEqualTo(Alphabet.LATIN1);
        assertThat(gsmDefault.alphabet((byte) 0x08)).isEqualTo(Alphabet.UCS2);
        assertThat(gsmDefault.alphabet((byte) 0x04)).isEqualTo(Alphabet.BINARY);
        assertThat(gsmDefault.alphabet((byte) 0x18)).as("UCS-2 with message class").isEqualTo(Alphabet.UCS2);
        assertThat(gsmDefault.alphabet((byte) 0xF0)).as("GSM7 class 0 (flash)").isEqualTo(Alphabet.GSM7);
        assertThat(gsmDefault.alphabet((byte) 0xF6)).isEqualTo(Alphabet.BINARY);
    }

    @Test
    void decodingFailuresAreReportedAndReplacedNeverThrown() {
        List<String> problems = new ArrayList<>();

        String text = gsmDefault.decode(HexFormat.of().parseHex("4b4dc1"), (byte) 0, problems);

        assertThat(text).startsWith("KM");
        assertThat(problems).singleElement().asString().contains("GSM7");
    }

    @Test
    void binaryDataIsNoTextAndIsPassedOnAsHex() {
        List<String> problems = new ArrayList<>();

        assertThat(gsmDefault.decode(new byte[] {1, 2, 3}, (byte) 0x04, problems)).isEqualTo("[binary dc=0x04] 010203");
        assertThat(problems).singleElement().asString().contains("binary");
    }

    @Test
    void outboundTextAvoidsGsmWhereDataCodingZeroIsLatin1() {
        assertThat(gsmDefault.outboundAlphabet("KM 1-1")).isEqualTo(Alphabet.GSM7);
        assertThat(latinDefault.outboundAlphabet("KM 1-1")).isEqualTo(Alphabet.LATIN1);
        assertThat(latinDefault.outboundAlphabet("Ω")).isEqualTo(Alphabet.UCS2);
        assertThat(gsmDefault.outboundAlphabet("开门")).isEqualTo(Alphabet.UCS2);
    }
}

package community.porter.console.phones;

import static org.assertj.core.api.Assertions.assertThat;

import community.porter.console.phones.CsvReader.Record;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading the CSV files spreadsheets write: RFC 4180 quoting, line numbers, UTF-8 or GBK. */
class PhonesCsvTest {

    @Test
    void quotedFieldsKeepCommasQuotesAndLineBreaks() {
        List<Record> records = CsvReader.read("name,phone\r\n\"Li, Ming \"\"Jr\"\"\",138\r\n\"two\nlines\",139\r\nlast,\n");

        assertThat(records).extracting(Record::fields).containsExactly(
                List.of("name", "phone"), List.of("Li, Ming \"Jr\"", "138"), List.of("two\nlines", "139"),
                List.of("last", ""));
        assertThat(records).extracting(Record::line).containsExactly(1, 2, 3, 5);
    }

    @Test
    void aBlankLineIsOneEmptyFieldAndTheLastLineNeedsNoBreak() {
        List<Record> records = CsvReader.read("a,b\n\nc,d");

        assertThat(records).hasSize(3);
        assertThat(records.get(1).blank()).isTrue();
        assertThat(records.get(2).fields()).containsExactly("c", "d");
        assertThat(records.get(2).line()).isEqualTo(3);
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsKept() {
        assertThat(CsvReader.read("5\"3,x").get(0).fields()).containsExactly("5\"3", "x");
    }

    @Test
    void utf8WithOrWithoutByteOrderMarkAndGbkAreRead() {
        String text = "姓名,手机\n张三,13800000001";
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + utf8.length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(utf8, 0, withBom, bom.length, utf8.length);

        assertThat(CsvText.decode(utf8)).isEqualTo(text);
        assertThat(CsvText.decode(withBom)).isEqualTo(text);
        assertThat(CsvText.decode(text.getBytes(Charset.forName("GBK")))).isEqualTo(text);
        assertThat(CsvText.decode("plain,ascii".getBytes(StandardCharsets.US_ASCII))).isEqualTo("plain,ascii");
    }
}

package community.porter.console.phones;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of an uploaded CSV file. Excel in China saves CSV as GBK; other tools write UTF-8,
 * often with a byte order mark. GBK text is almost never valid UTF-8 (its two-byte sequences
 * break UTF-8's continuation rules), so: valid UTF-8 is read as UTF-8, anything else as GBK.
 */
final class CsvText {

    private static final Charset GBK = Charset.forName("GBK");

    private CsvText() {
    }

    static String decode(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer content = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(content).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, start, bytes.length - start, GBK);
        }
    }
}

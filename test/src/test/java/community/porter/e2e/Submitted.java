package community.porter.e2e;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jsmpp.bean.SubmitSm;

/**
 * What the SMSC received from Porter, read independently of Porter's own codec: user data
 * header stripped by its length byte, UCS-2 read as UTF-16BE, GSM text read byte by byte (the
 * replies checked here use letters, digits and punctuation, which the GSM default alphabet keeps
 * at their ASCII positions).
 */
final class Submitted {

    private static final int UDHI = 0x40;

    private Submitted() {
    }

    /** The destination as digits, without a leading {@code +}. */
    static String destination(SubmitSm submit) {
        return submit.getDestAddress().replaceFirst("^\\+", "");
    }

    static boolean isUcs2(SubmitSm submit) {
        return (submit.getDataCoding() & 0xFF) == 0x08;
    }

    /** The concatenation reference and sequence of a part, or {@code [0, 1]} for a single message. */
    static int[] part(SubmitSm submit) {
        byte[] data = submit.getShortMessage();
        if ((submit.getEsmClass() & UDHI) == 0 || data.length < 6 || data[1] != 0x00) {
            return new int[] {0, 1};
        }
        return new int[] {data[3] & 0xFF, data[5] & 0xFF};
    }

    /** The text of one part. */
    static String text(SubmitSm submit) {
        byte[] data = submit.getShortMessage();
        if ((submit.getEsmClass() & UDHI) != 0) {
            data = Arrays.copyOfRange(data, (data[0] & 0xFF) + 1, data.length);
        }
        return isUcs2(submit) ? new String(data, StandardCharsets.UTF_16BE)
                : new String(data, StandardCharsets.ISO_8859_1);
    }

    /** The whole text of the parts of one message, joined in sequence order. */
    static String joined(List<SubmitSm> parts) {
        return parts.stream().sorted(Comparator.comparingInt(p -> part(p)[1])).map(Submitted::text)
                .collect(Collectors.joining());
    }
}

package community.porter.command.pipeline;

import community.porter.sms.codec.Alphabet;
import community.porter.sms.codec.Segmenter;
import community.porter.sms.codec.SmsTextCodec;

/** Keeps every reply within 3 SMS parts (SPEC §3.3), cutting an over-long text with an ellipsis. */
public final class ReplyLimits {

    static final int MAX_PARTS = 3;
    /** Marks a cut UCS-2 text (Chinese). */
    private static final String ELLIPSIS = "…";
    /** Marks a cut GSM text: "…" is not in the GSM alphabet and would turn it into UCS-2. */
    private static final String GSM_ELLIPSIS = "...";

    private ReplyLimits() {
    }

    /** {@code text} itself when it fits in 3 parts, else its longest prefix that does, with an ellipsis. */
    public static String fit(String text) {
        if (Segmenter.countParts(text) <= MAX_PARTS) {
            return text;
        }
        String ellipsis = SmsTextCodec.choose(text) == Alphabet.GSM7 ? GSM_ELLIPSIS : ELLIPSIS;
        // Longest prefix that still fits with the ellipsis; cut between code points only.
        int low = 0;
        int high = text.length();
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (Segmenter.countParts(prefix(text, mid) + ellipsis) <= MAX_PARTS) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return prefix(text, low) + ellipsis;
    }

    private static String prefix(String text, int length) {
        int end = length;
        if (end > 0 && end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }
}

package community.porter.smpp;

import java.math.BigInteger;
import java.util.Locale;

/**
 * Puts SMSC message ids into one canonical form, so the id Porter stored from a submit_sm_resp
 * and the id a delivery receipt names later compare equal. SMSCs are inconsistent here: one
 * pads {@code 0000a1f2} in the response and writes {@code A1F2} in the receipt, another answers
 * in hex and reports in decimal.
 */
public final class SmscMessageIds {

    /** How an SMSC writes a message id. */
    public enum IdFormat {
        /** Hexadecimal digits: leading zeros stripped, lower case. */
        HEX,
        /** Decimal digits: leading zeros stripped. */
        DECIMAL,
        /** An opaque string: only surrounding blanks are removed. */
        AS_IS
    }

    private SmscMessageIds() {
    }

    /**
     * @param id     an id as the SMSC wrote it; may be {@code null}
     * @param format how the SMSC writes ids in that place
     * @return the canonical form, or {@code null} for a {@code null} or blank id; an id that is
     *         not valid in the format is returned trimmed, so nothing is lost
     */
    public static String normalise(String id, IdFormat format) {
        if (id == null || id.isBlank()) {
            return null;
        }
        String trimmed = id.trim();
        return switch (format) {
            case AS_IS -> trimmed;
            case HEX -> isDigits(trimmed, 16) ? stripZeros(trimmed.toLowerCase(Locale.ROOT)) : trimmed;
            case DECIMAL -> isDigits(trimmed, 10) ? stripZeros(trimmed) : trimmed;
        };
    }

    /**
     * Normalises an id written in {@code from} and expresses it in {@code to}, for SMSCs that
     * answer submit_sm in one base and report receipts in the other.
     *
     * @return the id in the canonical form of {@code to}; unchanged apart from
     *         {@link #normalise} when either format is AS_IS or the id is not a number
     */
    public static String convert(String id, IdFormat from, IdFormat to) {
        String canonical = normalise(id, from);
        if (canonical == null || from == to || from == IdFormat.AS_IS || to == IdFormat.AS_IS) {
            return canonical;
        }
        int fromRadix = from == IdFormat.HEX ? 16 : 10;
        if (!isDigits(canonical, fromRadix)) {
            return canonical;
        }
        return new BigInteger(canonical, fromRadix).toString(to == IdFormat.HEX ? 16 : 10);
    }

    private static boolean isDigits(String s, int radix) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.digit(s.charAt(i), radix) < 0) {
                return false;
            }
        }
        return !s.isEmpty();
    }

    private static String stripZeros(String s) {
        int i = 0;
        while (i < s.length() - 1 && s.charAt(i) == '0') {
            i++;
        }
        return s.substring(i);
    }
}

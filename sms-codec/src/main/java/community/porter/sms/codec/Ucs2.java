package community.porter.sms.codec;

/**
 * UCS-2 as phones and SMSCs really use it: UTF-16 big-endian, where a character outside the
 * Basic Multilingual Plane (many emoji, rare CJK ideographs) is a surrogate pair of two code
 * units. Strict UCS-2 could not carry them at all.
 *
 * <p>A lone surrogate, which no valid text contains, becomes U+FFFD REPLACEMENT CHARACTER in
 * both directions: a broken character should cost one character, not the message.
 */
public final class Ucs2 {

    /** What a lone surrogate becomes. */
    public static final char REPLACEMENT = '\uFFFD';

    private Ucs2() {
    }

    /**
     * Encodes text as UTF-16BE, two octets per code unit.
     *
     * @param text text to encode
     * @return {@code 2 * text.length()} octets
     */
    public static byte[] encode(String text) {
        char[] units = text.toCharArray();
        replaceLoneSurrogates(units);
        byte[] octets = new byte[units.length * 2];
        for (int i = 0; i < units.length; i++) {
            octets[2 * i] = (byte) (units[i] >>> 8);
            octets[2 * i + 1] = (byte) units[i];
        }
        return octets;
    }

    /**
     * Decodes UTF-16BE octets.
     *
     * @param octets an even number of octets
     * @return the text, lone surrogates replaced by U+FFFD
     * @throws MalformedTextException when the number of octets is odd
     */
    public static String decode(byte[] octets) {
        if (octets.length % 2 != 0) {
            throw new MalformedTextException(
                    "UCS-2 text must have an even number of octets, got " + octets.length);
        }
        char[] units = new char[octets.length / 2];
        for (int i = 0; i < units.length; i++) {
            units[i] = (char) (((octets[2 * i] & 0xFF) << 8) | (octets[2 * i + 1] & 0xFF));
        }
        replaceLoneSurrogates(units);
        return new String(units);
    }

    private static void replaceLoneSurrogates(char[] units) {
        for (int i = 0; i < units.length; i++) {
            char unit = units[i];
            if (Character.isHighSurrogate(unit) && i + 1 < units.length
                    && Character.isLowSurrogate(units[i + 1])) {
                i++; // a proper pair: keep both halves
            } else if (Character.isSurrogate(unit)) {
                units[i] = REPLACEMENT;
            }
        }
    }
}

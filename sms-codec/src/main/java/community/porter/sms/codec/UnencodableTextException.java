package community.porter.sms.codec;

/**
 * A text contains a character the requested alphabet cannot represent. Carries the first such
 * character, so a caller can say which one (or fall back to another alphabet).
 */
public final class UnencodableTextException extends SmsCodecException {

    private static final long serialVersionUID = 1L;

    private final Alphabet alphabet;
    private final int index;
    private final int codePoint;

    /**
     * @param alphabet  the alphabet that was asked for
     * @param index     char index of the character in the text
     * @param codePoint the Unicode code point that cannot be encoded
     */
    public UnencodableTextException(Alphabet alphabet, int index, int codePoint) {
        super(String.format("character U+%04X '%s' at index %d cannot be encoded in %s",
                codePoint, printable(codePoint), index, alphabet));
        this.alphabet = alphabet;
        this.index = index;
        this.codePoint = codePoint;
    }

    /** @return the alphabet that was asked for */
    public Alphabet alphabet() {
        return alphabet;
    }

    /** @return char index of the offending character in the text */
    public int index() {
        return index;
    }

    /** @return the offending Unicode code point */
    public int codePoint() {
        return codePoint;
    }

    // Control characters and lone surrogates would garble a log line; show them by number only.
    private static String printable(int codePoint) {
        boolean visible = !Character.isISOControl(codePoint)
                && Character.isDefined(codePoint)
                && Character.getType(codePoint) != Character.SURROGATE;
        return visible ? new String(Character.toChars(codePoint)) : "?";
    }
}

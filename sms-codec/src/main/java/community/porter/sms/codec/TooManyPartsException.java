package community.porter.sms.codec;

/**
 * A text would need more parts than a {@link Segmenter} is allowed to produce. SPEC §3.3 caps a
 * reply at 3 parts; a transport caps what an SMSC or modem accepts.
 */
public final class TooManyPartsException extends SmsCodecException {

    private static final long serialVersionUID = 1L;

    private final int parts;
    private final int maxParts;

    /**
     * @param parts    how many parts the text needs
     * @param maxParts how many are allowed
     */
    public TooManyPartsException(int parts, int maxParts) {
        super("text needs " + parts + " parts, at most " + maxParts + " allowed");
        this.parts = parts;
        this.maxParts = maxParts;
    }

    /** @return how many parts the text needs */
    public int parts() {
        return parts;
    }

    /** @return how many parts were allowed */
    public int maxParts() {
        return maxParts;
    }
}

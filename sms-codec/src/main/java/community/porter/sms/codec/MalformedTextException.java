package community.porter.sms.codec;

/**
 * Encoded text is not valid in the alphabet it claims: a byte over 0x7F where septets were
 * expected, packed septets cut short, an odd number of UCS-2 octets.
 */
public final class MalformedTextException extends SmsCodecException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what was wrong and where
     */
    public MalformedTextException(String message) {
        super(message);
    }
}

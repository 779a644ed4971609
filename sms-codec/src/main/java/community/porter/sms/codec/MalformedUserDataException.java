package community.porter.sms.codec;

/**
 * A user data header is not well formed: its length runs past the user data, an information
 * element runs past the header, or a concatenation element is inconsistent.
 */
public final class MalformedUserDataException extends SmsCodecException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what was wrong and where
     */
    public MalformedUserDataException(String message) {
        super(message);
    }
}

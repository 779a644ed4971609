package community.porter.sms.codec;

/**
 * Something given to the codec cannot be encoded or decoded. It is an
 * {@link IllegalArgumentException}: the input is at fault, so a transport rejects that one
 * message with a clear reason and goes on with the next.
 */
public abstract class SmsCodecException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what was wrong with the input, for logs and rejection records
     */
    protected SmsCodecException(String message) {
        super(message);
    }
}

package community.porter.access.message;

/**
 * An application's message cannot be sent as it is: the caller answers with the field and the
 * reason (a REST 400, a dead-lettered queue message), and nothing is stored.
 */
public class AppMessageRejectedException extends RuntimeException {

    private final String field;

    public AppMessageRejectedException(String field, String reason) {
        super(reason);
        this.field = field;
    }

    /** The field at fault, as the application named it ({@code to}, {@code text} …). */
    public String getField() {
        return field;
    }
}

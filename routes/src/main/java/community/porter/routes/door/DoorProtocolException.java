package community.porter.routes.door;

/** A door-protocol message that cannot be read; the message says why, for the dead-letter queue. */
public class DoorProtocolException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DoorProtocolException(String reason) {
        super(reason);
    }

    public DoorProtocolException(String reason, Throwable cause) {
        super(reason, cause);
    }
}

package community.porter.access.message;

/**
 * A client reference was used before for a different message. Sending the same message again
 * under its reference is harmless; reusing the reference for something else is a mistake the
 * application must hear about rather than have one of the two silently dropped.
 */
public class ClientRefConflictException extends RuntimeException {

    private final long existingId;

    public ClientRefConflictException(String clientRef, long existingId) {
        super("clientRef '" + clientRef + "' was already used for message " + existingId + " with a different recipient or text");
        this.existingId = existingId;
    }

    /** The message stored under the reference. */
    public long getExistingId() {
        return existingId;
    }
}

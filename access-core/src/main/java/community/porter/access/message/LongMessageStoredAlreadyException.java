package community.porter.access.message;

/**
 * The parts of a long message were taken by another completion of the same message while this
 * one was on its way: the message is stored once already, and this copy was not stored. The
 * transport may acknowledge the part that triggered it; there is nothing left to do.
 */
public class LongMessageStoredAlreadyException extends RuntimeException {

    public LongMessageStoredAlreadyException(String sender, int partsTakenAlready) {
        super("long message from " + sender + ": " + partsTakenAlready + " of its parts were stored already", null, false,
                false);
    }
}

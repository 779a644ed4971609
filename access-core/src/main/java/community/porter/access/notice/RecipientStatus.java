package community.porter.access.notice;

/**
 * Where one recipient of a broadcast is, as the console and the API show it.
 *
 * <p>Only what the broadcast itself decides is stored on the recipient row (waiting, released,
 * opted out, expired or cancelled before release). Once released, the status is read from the
 * recipient's outbox message: transports and delivery receipts update that row from several
 * places, and copying each change onto 100,000 recipient rows would double every write for a
 * figure one join gives.
 */
public enum RecipientStatus {
    /** Not sent yet: waiting for release, or in the outbox. */
    QUEUED,
    /** Accepted by the SMSC or modem; no receipt yet. */
    SENT,
    DELIVERED,
    FAILED,
    /** Its validity ended before it could be sent. */
    EXPIRED,
    /** Left out by the phone's own opt-out. */
    OPTED_OUT,
    /** The broadcast was cancelled before this recipient was released. */
    CANCELLED;

    /** True once Porter's part is over: everything but {@link #QUEUED}. */
    public boolean isFinal() {
        return this != QUEUED;
    }
}

package community.porter.access.message;

/**
 * The result of storing an inbound message.
 *
 * @param inboxId     the id it was stored under
 * @param duplicateOf the id of the message it is a copy of, or {@code null} for a new message
 */
public record StoredInbound(long inboxId, Long duplicateOf) {

    public boolean isDuplicate() {
        return duplicateOf != null;
    }
}

package community.porter.sms;

/**
 * Told by a transport whether its acknowledgement of a stored inbound message (deliver_sm_resp,
 * or the delete on a modem) is known to have gone out. Porter uses it to tell a re-delivered
 * copy of a message whose acknowledgement may have been lost from a message a person sent twice
 * on purpose (SPEC §5).
 */
public interface AckListener {

    /** The exchange header in which the inbound route leaves the id the message was stored under. */
    String INBOX_ID_HEADER = "PorterInboxId";

    /** The acknowledgement of the message stored as {@code inboxId} was written to the transport. */
    void acknowledged(String connector, long inboxId);

    /** The acknowledgement could not be written (the connection was gone); the peer may deliver again. */
    void acknowledgementLost(String connector, long inboxId);
}

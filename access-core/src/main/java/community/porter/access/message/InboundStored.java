package community.porter.access.message;

/**
 * Published (as a Spring application event, inside the transaction) when an inbound message is
 * stored for the first time; a re-delivered copy recorded as a duplicate is not announced.
 *
 * @param message the stored message
 */
public record InboundStored(InboxMessage message) {
}

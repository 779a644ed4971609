package community.porter.access.message;

/**
 * Published (as a Spring application event) when an inbound message reaches the inbox other
 * than from a transport route (a kiosk's visit request). A listener hands it to the command
 * route once stored; should that be lost, the recovery sweep runs the command.
 *
 * @param inboxId the stored message's id
 */
public record InboundMessageStored(long inboxId) {
}

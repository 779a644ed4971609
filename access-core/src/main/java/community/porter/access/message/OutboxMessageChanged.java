package community.porter.access.message;

/**
 * Published (as a Spring application event, inside the transaction) when an outbox message
 * reaches a state other applications may follow: stored ({@code QUEUED}), accepted by a
 * transport, delivered, failed or expired. Listeners see the message as it is at that moment.
 *
 * @param message the message in its new state
 */
public record OutboxMessageChanged(OutboxMessage message) {
}

package community.porter.access.message;

/**
 * Published (as a Spring application event) inside the transaction that stores an outbox message
 * outside the command route (an application's message, a broadcast batch). A listener hands it to
 * the outbound route once that transaction has committed; should that hand-over be lost, the
 * recovery sweep sends the message.
 *
 * @param outboxId the stored message's id
 */
public record OutboxMessageQueued(long outboxId) {
}

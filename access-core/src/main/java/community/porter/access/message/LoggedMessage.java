package community.porter.access.message;

import java.time.Instant;

/**
 * One line of the message log: a received or a sent message, with what a list shows of it.
 *
 * @param at when it was received, or queued to be sent
 * @param phone its sender (received) or recipient (sent)
 * @param state the state name of an {@link InboxMessage} or {@link OutboxMessage}
 * @param command the command a received message was read as; {@code null} for sent ones and
 *        before it was handled
 * @param outcome the outcome of a received message's command
 * @param inboxId a sent message's cause, a received one's own id
 * @param failureReason why a sent message failed, if it did
 */
public record LoggedMessage(MessageDirection direction, long id, Instant at, String phone, String text, String state,
        String command, CommandOutcome outcome, Long inboxId, String failureReason) {

    /** Where a following page starts: right after this line. */
    public LogCursor cursor() {
        return new LogCursor(at, direction, id);
    }

    static LoggedMessage of(InboxMessage message, CommandLogEntry handling) {
        return new LoggedMessage(MessageDirection.IN, message.getId(), message.getReceivedAt(), message.getSender(),
                message.getText(), message.getState().name(), handling == null ? null : handling.getCommand(),
                handling == null ? null : handling.getOutcome(), message.getId(), null);
    }

    static LoggedMessage of(OutboxMessage message) {
        return new LoggedMessage(MessageDirection.OUT, message.getId(), message.getCreatedAt(),
                message.getRecipient(), message.getText(), message.getState().name(), null, null,
                message.getInboxId(), message.getFailureReason());
    }
}

package community.porter.command.pipeline;

import community.porter.access.message.CommandOutcome;
import java.util.List;

/**
 * What a command came to: its outcome for the command log and the replies to send.
 *
 * @param outcome machine-readable outcome (SPEC §3.4)
 * @param replies messages to send, possibly none
 * @param detail  a short note for the command log (no personal data), or {@code null}
 * @param queued  outbox ids of messages the handler stored itself (broadcast copies, which are not
 *                replies and keep their own lane and length); handed to the outbound route with
 *                the replies once the command commits
 */
public record CommandResult(CommandOutcome outcome, List<Reply> replies, String detail, List<Long> queued) {

    public CommandResult {
        replies = List.copyOf(replies);
        queued = List.copyOf(queued);
    }

    /** A result whose only messages are its replies. */
    public CommandResult(CommandOutcome outcome, List<Reply> replies, String detail) {
        this(outcome, replies, detail, List.of());
    }

    /** An outcome answered with one reply to the sender. */
    public static CommandResult of(CommandOutcome outcome, String key, Object... args) {
        return new CommandResult(outcome, List.of(Reply.toSender(key, args)), null);
    }

    /** An outcome deliberately left unanswered (SPEC §3.3 silence rules). */
    public static CommandResult silent(CommandOutcome outcome, String detail) {
        return new CommandResult(outcome, List.of(), detail);
    }
}

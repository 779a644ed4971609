package community.porter.command.pipeline;

import community.porter.access.message.OutboxMessage;
import java.util.List;

/**
 * A message a command wants sent, as a bundle key and its arguments; the pipeline turns it into
 * text in the recipient's language and stores it in the outbox.
 *
 * @param to       recipient phone (E.164); {@code null} means the sender of the command
 * @param key      key in the {@code commands_*} message bundles, or {@code null} when
 *                 {@code text} is given
 * @param args     arguments for the key's placeholders
 * @param text     a text already written in the recipient's language, or {@code null}
 * @param kind     reply to the sender, or a notice to someone else
 * @param priority lane: lower is sooner
 */
public record Reply(String to, String key, List<Object> args, String text, OutboxMessage.Kind kind, int priority) {

    /** Lane of answers that a person is waiting for at a door or for an approval. */
    public static final int URGENT = 0;
    /** Lane of ordinary replies. */
    public static final int NORMAL = 5;

    public Reply {
        args = List.copyOf(args);
    }

    /** An ordinary answer to the sender. */
    public static Reply toSender(String key, Object... args) {
        return new Reply(null, key, List.of(args), null, OutboxMessage.Kind.REPLY, NORMAL);
    }

    /** An ordinary answer to the sender whose text is already composed. */
    public static Reply textToSender(String text) {
        return new Reply(null, null, List.of(), text, OutboxMessage.Kind.REPLY, NORMAL);
    }
}

package community.porter.command.pipeline;

import community.porter.access.person.Sender;
import community.porter.command.language.ReplyLanguage;
import java.time.Instant;

/**
 * What the pipeline knows about one inbound message once it has been parsed and its sender
 * identified; the handlers read it, nothing changes it.
 *
 * @param inboxId    the stored message's id (also the idempotency key of any door command)
 * @param phone      the sender, E.164
 * @param text       the message as received
 * @param receivedAt when Porter received it
 * @param sender     who the sender is to the access core (unknown phones too)
 * @param language   the language replies to the sender are written in
 * @param incomplete true when the text is what came of a long message whose other parts never
 *                   arrived
 */
public record CommandContext(long inboxId, String phone, String text, Instant receivedAt, Sender sender,
        ReplyLanguage language, boolean incomplete) {

    /** The context of a message that arrived whole. */
    public CommandContext(long inboxId, String phone, String text, Instant receivedAt, Sender sender,
            ReplyLanguage language) {
        this(inboxId, phone, text, receivedAt, sender, language, false);
    }
}

package community.porter.console.logs;

import community.porter.access.message.CommandLogEntry;
import community.porter.access.message.InboxMessage;
import community.porter.access.message.OutboxMessage;
import community.porter.access.message.OutboxPart;
import java.util.List;

/**
 * The life of one received message: the message, the command it was handled as (absent until
 * handled) and each reply with the parts the transport accepted.
 */
record InboundLife(InboxMessage message, CommandLogEntry handling, List<Reply> replies) {

    /** One reply and its parts, in part order. */
    record Reply(OutboxMessage message, List<OutboxPart> parts) {
    }
}

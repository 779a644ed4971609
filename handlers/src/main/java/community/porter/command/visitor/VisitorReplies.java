package community.porter.command.visitor;

import community.porter.access.message.OutboxMessage;
import community.porter.access.visitor.VisitorPass;
import community.porter.access.visitor.VisitorRequest;
import community.porter.command.language.ReplyKeys;
import community.porter.command.pipeline.Reply;
import java.util.List;

/**
 * What a visitor is told when their request is answered, whoever answered it (a resident by SMS,
 * staff in the console): one place, so both ways send the same words in the same lane.
 */
final class VisitorReplies {

    private VisitorReplies() {
    }

    /** The pass code, its validity and the room, in the urgent lane: the visitor waits at the gate. */
    static Reply passIssued(VisitorRequest request, VisitorPass pass, String until) {
        return new Reply(request.getVisitorPhone(), ReplyKeys.PASS_ISSUED,
                List.of(pass.getPassCode(), until, request.getRoom().getCode()), null, OutboxMessage.Kind.NOTICE,
                Reply.URGENT);
    }

    /** The request was declined, without who declined it. */
    static Reply denied(VisitorRequest request) {
        return new Reply(request.getVisitorPhone(), ReplyKeys.SQ_DENIED, List.of(request.getRoom().getCode()), null,
                OutboxMessage.Kind.NOTICE, Reply.URGENT);
    }
}

package community.porter.command.visitor;

import community.porter.access.message.Outbox;
import community.porter.access.message.OutboxMessage;
import community.porter.access.visitor.VisitorDesk;
import community.porter.access.visitor.VisitorRequest;
import community.porter.access.visitor.VisitorsProperties;
import community.porter.command.language.ReplyKeys;
import community.porter.command.pipeline.Reply;
import community.porter.command.pipeline.ReplyLimits;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Expires the visit requests nobody answered in time and tells each visitor once: the request
 * leaves {@code PENDING} and the visitor's message enters the outbox in one transaction, so a
 * crash between sweeps neither loses the message nor sends it twice. Called by the periodic
 * sweep route, and directly by tests that move the clock.
 */
@Service
public class VisitRequestExpiry {

    /** Requests expired per call; the next sweep takes the rest. */
    private static final int BATCH = 200;

    private final VisitorDesk desk;
    private final Outbox outbox;
    private final VisitorWords words;
    private final VisitorsProperties properties;

    VisitRequestExpiry(VisitorDesk desk, Outbox outbox, VisitorWords words, VisitorsProperties properties) {
        this.desk = desk;
        this.outbox = outbox;
        this.words = words;
        this.properties = properties;
    }

    /**
     * Expires what is overdue now.
     *
     * @return outbox ids of the messages to the visitors, to hand to the sender after the commit
     */
    @Transactional
    public List<Long> expireOverdue() {
        List<Long> ids = new ArrayList<>();
        String minutes = String.valueOf(properties.approvalTimeout().toMinutes());
        for (VisitorRequest request : desk.expireOverdue(BATCH)) {
            String phone = request.getVisitorPhone();
            String text = ReplyLimits.fit(words.text(words.languageOf(phone), ReplyKeys.SQ_EXPIRED,
                    request.getRoom().getCode(), minutes));
            ids.add(outbox.enqueue(OutboxMessage.Kind.NOTICE, Reply.NORMAL, phone, text, null).getId());
        }
        return ids;
    }
}

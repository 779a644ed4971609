package community.porter.command.visitor;

import community.porter.access.message.Outbox;
import community.porter.access.message.OutboxMessageQueued;
import community.porter.access.visitor.VisitDecided;
import community.porter.command.pipeline.Reply;
import community.porter.command.pipeline.ReplyLimits;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the visitor when staff answer their request in the console: the same SMS as after
 * {@code TY}/{@code JJ} ({@link VisitorReplies}), stored in the outbox inside the transaction that
 * decided, so the answer and its SMS commit together, and sent right after that commit. Nobody else is told, as with {@code TY}:
 * there the confirmation goes only to whoever answered, here the console shows it.
 */
@Component
class StaffVisitAnswers {

    private final Outbox outbox;
    private final VisitorWords words;
    private final ApplicationEventPublisher events;

    StaffVisitAnswers(Outbox outbox, VisitorWords words, ApplicationEventPublisher events) {
        this.outbox = outbox;
        this.words = words;
        this.events = events;
    }

    @EventListener
    void tellVisitor(VisitDecided decided) {
        Reply reply = decided.approved()
                ? VisitorReplies.passIssued(decided.request(), decided.pass(), words.until(decided.pass().getValidTo()))
                : VisitorReplies.denied(decided.request());
        String text = ReplyLimits.fit(words.text(words.languageOf(reply.to()), reply.key(), reply.args().toArray()));
        long id = outbox.enqueue(reply.kind(), reply.priority(), reply.to(), text, null).getId();
        // No command route hands this message to the sender: have it sent once the answer commits,
        // not only at the next recovery sweep — the visitor is waiting at the gate.
        events.publishEvent(new OutboxMessageQueued(id));
    }
}

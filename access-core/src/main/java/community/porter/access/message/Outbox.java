package community.porter.access.message;

import community.porter.sms.OutboundSms;
import community.porter.sms.SubmitOutcome;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox: every message Porter sends is stored here first, and what each transport did with
 * it is recorded here, part by part.
 */
@Service
public class Outbox {

    private final OutboxRepository messages;
    private final OutboxPartRepository parts;
    private final EarlyReceipts earlyReceipts;
    private final Clock clock;

    public Outbox(OutboxRepository messages, OutboxPartRepository parts, EarlyReceipts earlyReceipts, Clock clock) {
        this.messages = messages;
        this.parts = parts;
        this.earlyReceipts = earlyReceipts;
        this.clock = clock;
    }

    /** Stores a message to send; joins the caller's transaction so it commits with the cause. */
    @Transactional
    public OutboxMessage enqueue(OutboxMessage.Kind kind, int priority, String to, String text, Long inboxId) {
        return messages.save(new OutboxMessage(kind, priority, to, text, inboxId, null, null, clock.instant()));
    }

    /**
     * Claims a queued message for sending: the message to hand to a transport, or empty when it
     * is no longer waiting (sent already, or claimed by another sender).
     */
    @Transactional
    public Optional<OutboundSms> claim(long id) {
        if (messages.claim(id) != 1) {
            return Optional.empty();
        }
        return messages.findById(id)
                .map(m -> new OutboundSms(m.getId(), m.getRecipient(), m.getSender(), m.getText(), m.getValidUntil(),
                        true));
    }

    /** Nothing was accepted (the transport was down or throttled); the message waits again. */
    @Transactional
    public void recordNotSent(long id) {
        messages.findById(id).filter(m -> m.getState() == OutboxMessage.State.SENDING)
                .ifPresent(OutboxMessage::requeue);
    }

    /** The transport accepted every part. */
    @Transactional
    public void recordSent(long id, SubmitOutcome outcome) {
        OutboxMessage message = messages.findById(id).orElseThrow();
        Instant now = clock.instant();
        List<String> ids = outcome.partIds();
        for (int i = 0; i < ids.size(); i++) {
            parts.save(new OutboxPart(id, i + 1, outcome.connector(), ids.get(i), now));
        }
        message.markSent(outcome.connector(), ids.size(), now);
        earlyReceipts.partsRecorded(id);
    }

    /** The message will not be sent: refused for good, or its fate is unknown and must not repeat. */
    @Transactional
    public void recordFailed(long id, String reason) {
        messages.findById(id).ifPresent(m -> m.markFailed(reason));
    }

    /** The message's validity ended before it could be sent. */
    @Transactional
    public void recordExpired(long id) {
        messages.findById(id).ifPresent(OutboxMessage::markExpired);
    }
}

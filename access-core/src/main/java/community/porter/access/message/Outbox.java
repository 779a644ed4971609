package community.porter.access.message;

import community.porter.sms.OutboundSms;
import community.porter.sms.SubmitOutcome;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
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
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public Outbox(OutboxRepository messages, OutboxPartRepository parts, EarlyReceipts earlyReceipts,
            ApplicationEventPublisher events, Clock clock) {
        this.messages = messages;
        this.parts = parts;
        this.earlyReceipts = earlyReceipts;
        this.events = events;
        this.clock = clock;
    }

    /** Stores a message to send; joins the caller's transaction so it commits with the cause. */
    @Transactional
    public OutboxMessage enqueue(OutboxMessage.Kind kind, int priority, String to, String text, Long inboxId) {
        OutboxMessage message = messages.save(new OutboxMessage(kind, priority, to, text, inboxId, null, null, clock.instant()));
        events.publishEvent(new OutboxMessageChanged(message));
        return message;
    }

    /**
     * Claims a queued message for sending: the message to hand to a transport, or empty when it
     * is no longer waiting (sent already, or claimed by another sender).
     */
    @Transactional
    public Optional<OutboundSms> claim(long id) {
        return claimForSending(id).map(Claimed::sms);
    }

    /**
     * Claims a queued message for sending, with what the outbound route chooses its transport
     * by. A message some of whose parts were accepted before (a try that failed half-way, then
     * a restart or a long outage) comes back with those parts counted and pinned to the
     * connector that took them, so only the rest is sent, and through the same connector.
     *
     * @return the claimed message, or empty when it is no longer waiting
     */
    @Transactional
    public Optional<Claimed> claimForSending(long id) {
        if (messages.claim(id) != 1) {
            return Optional.empty();
        }
        return messages.findById(id).map(m -> {
            List<OutboxPart> accepted = leadingParts(parts.findByMessageIdOrderByPartNo(id));
            OutboundSms sms = new OutboundSms(m.getId(), m.getRecipient(), m.getSender(), m.getText(), m.getValidUntil(),
                    true, accepted.size(), accepted.isEmpty() ? null : accepted.get(0).getConnector());
            return new Claimed(sms, m.getKind(), m.getPriority());
        });
    }

    /**
     * The lane-deciding priority of a stored message, without claiming it.
     *
     * @return empty when there is no such message (not committed yet, or deleted)
     */
    @Transactional(readOnly = true)
    public Optional<Integer> priorityOf(long id) {
        return messages.findPriorityById(id);
    }

    /**
     * Some leading parts were accepted and then the transport could not take the next one: they
     * are recorded with their ids (receipts for them can match at once), and the message stays
     * claimed while the rest is tried again through the same connector.
     */
    @Transactional
    public void recordAccepted(long id, SubmitOutcome accepted) {
        saveParts(id, accepted, clock.instant());
        earlyReceipts.partsRecorded(id);
    }

    /** Nothing was accepted (the transport was down or throttled); the message waits again. */
    @Transactional
    public void recordNotSent(long id) {
        messages.findById(id).filter(m -> m.getState() == OutboxMessage.State.SENDING)
                .ifPresent(OutboxMessage::requeue);
    }

    /**
     * The transport accepted every part: all of them in this try, or the rest of a message
     * whose first parts were recorded by {@link #recordAccepted}.
     */
    @Transactional
    public void recordSent(long id, SubmitOutcome outcome) {
        OutboxMessage message = messages.findById(id).orElseThrow();
        Instant now = clock.instant();
        saveParts(id, outcome, now);
        message.markSent(outcome.connector(), outcome.lastPart(), now);
        events.publishEvent(new OutboxMessageChanged(message));
        earlyReceipts.partsRecorded(id);
    }

    /** Saves the parts of {@code outcome}; a part already recorded (a repeated record) is kept as it is. */
    private void saveParts(long id, SubmitOutcome outcome, Instant now) {
        Set<Integer> recorded = parts.findByMessageIdOrderByPartNo(id).stream().map(OutboxPart::getPartNo)
                .collect(Collectors.toSet());
        List<String> ids = outcome.partIds();
        for (int i = 0; i < ids.size(); i++) {
            int partNo = outcome.firstPart() + i;
            if (!recorded.contains(partNo)) {
                parts.save(new OutboxPart(id, partNo, outcome.connector(), ids.get(i), now));
            }
        }
    }

    /** Parts 1, 2, … k without a gap: the ones a resumed try must not send again. */
    private static List<OutboxPart> leadingParts(List<OutboxPart> recorded) {
        int k = 0;
        while (k < recorded.size() && recorded.get(k).getPartNo() == k + 1) {
            k++;
        }
        return recorded.subList(0, k);
    }

    /** The message will not be sent: refused for good, or its fate is unknown and must not repeat. */
    @Transactional
    public void recordFailed(long id, String reason) {
        messages.findById(id).ifPresent(m -> {
            m.markFailed(reason);
            events.publishEvent(new OutboxMessageChanged(m));
        });
    }

    /** The message's validity ended before it could be sent. */
    @Transactional
    public void recordExpired(long id) {
        messages.findById(id).ifPresent(m -> {
            m.markExpired();
            events.publishEvent(new OutboxMessageChanged(m));
        });
    }

    /**
     * A message claimed for sending, with what routing needs to know about it.
     *
     * @param sms      the message for the transport
     * @param kind     why it exists (reply, notice, broadcast, API)
     * @param priority its lane: lower is sooner
     */
    public record Claimed(OutboundSms sms, OutboxMessage.Kind kind, int priority) {
    }
}

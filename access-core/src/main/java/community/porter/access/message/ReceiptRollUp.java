package community.porter.access.message;

import community.porter.sms.DeliveryReceipt;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Applies a delivery receipt to the part it reports on and rolls the parts up to their message:
 * DELIVERED once every part is delivered; FAILED as soon as one part failed, whatever the others
 * say; EXPIRED when a part's validity ran out in the network and none failed. A receipt that is
 * not final (ENROUTE, ACCEPTD …) only notes how far its part got. Runs in the caller's
 * transaction.
 */
@Component
class ReceiptRollUp {

    private static final Logger log = LoggerFactory.getLogger(ReceiptRollUp.class);

    private final OutboxRepository messages;
    private final OutboxPartRepository parts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReceiptRollUp(OutboxRepository messages, OutboxPartRepository parts, ApplicationEventPublisher events, Clock clock) {
        this.messages = messages;
        this.parts = parts;
        this.events = events;
        this.clock = clock;
    }

    /** Applies {@code receipt} to {@code part}, then rolls up the part's message. */
    void apply(OutboxPart part, DeliveryReceipt receipt) {
        if (settle(part, receipt)) {
            rollUp(part.getMessageId());
        }
    }

    /**
     * Applies {@code receipt} to {@code part} alone; the caller rolls the message up.
     *
     * @return whether the receipt gave the part its final state
     */
    boolean settle(OutboxPart part, DeliveryReceipt receipt) {
        Instant at = receipt.doneAt() != null ? receipt.doneAt() : clock.instant();
        if (!receipt.state().isFinal()) {
            part.progress(receipt.status(), at);
            return false;
        }
        if (!part.settle(partState(receipt.state()), receipt.status(), receipt.errorCode(), at)) {
            log.debug("Part {} of message {} is settled as {}; receipt {} changes nothing", part.getPartNo(),
                    part.getMessageId(), part.getState(), receipt.status());
            return false;
        }
        return true;
    }

    /**
     * Gives a message the state its parts add up to. Only a message that was sent whole can be
     * delivered, failed or expired by receipts; one still being sent waits for the record of its
     * last part, which rolls it up again.
     */
    void rollUp(long messageId) {
        OutboxMessage message = messages.findById(messageId).orElseThrow();
        OutboxMessage.State before = message.getState();
        List<OutboxPart> all = parts.findByMessageIdOrderByPartNo(messageId);
        Optional<OutboxPart> failed = first(all, OutboxPart.State.FAILED);
        Optional<OutboxPart> expired = first(all, OutboxPart.State.EXPIRED);
        if (failed.isPresent() && mayFail(message)) {
            message.markUndelivered(OutboxMessage.State.FAILED, reason(failed.get()));
        } else if (failed.isEmpty() && expired.isPresent() && message.getState() == OutboxMessage.State.SENT) {
            message.markUndelivered(OutboxMessage.State.EXPIRED, reason(expired.get()));
        } else if (message.getState() == OutboxMessage.State.SENT && all.size() == message.getParts()
                && all.stream().allMatch(p -> p.getState() == OutboxPart.State.DELIVERED)) {
            // Delivered when its last part was.
            message.markDelivered(all.stream().map(OutboxPart::getReceiptAt).filter(Objects::nonNull)
                    .max(Comparator.naturalOrder()).orElseGet(clock::instant));
        }
        if (message.getState() != before) {
            events.publishEvent(new OutboxMessageChanged(message));
        }
    }

    /** A sent message fails on a failed part; one that expired on another part, too (failure wins). */
    private static boolean mayFail(OutboxMessage message) {
        return message.getState() == OutboxMessage.State.SENT
                || message.getState() == OutboxMessage.State.EXPIRED && message.getSentAt() != null;
    }

    private static Optional<OutboxPart> first(List<OutboxPart> all, OutboxPart.State state) {
        return all.stream().filter(p -> p.getState() == state).findFirst();
    }

    /** e.g. {@code part 2: UNDELIV, error 027}. */
    private static String reason(OutboxPart part) {
        String status = part.getReceiptStatus() != null ? part.getReceiptStatus() : part.getState().name();
        return "part " + part.getPartNo() + ": " + status + (part.getErrorCode() == null ? "" : ", error " + part.getErrorCode());
    }

    private static OutboxPart.State partState(DeliveryReceipt.State state) {
        return switch (state) {
            case DELIVERED -> OutboxPart.State.DELIVERED;
            case FAILED -> OutboxPart.State.FAILED;
            case EXPIRED -> OutboxPart.State.EXPIRED;
            case UNKNOWN -> throw new IllegalArgumentException("not a final state: " + state);
        };
    }
}

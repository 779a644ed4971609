package community.porter.access.message;

import community.porter.sms.DeliveryReceipt;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivery receipts that came before Porter recorded their part. An SMSC may write the receipt
 * before the submit_sm_resp that tells Porter the part's id, or both within a millisecond, and
 * the part is recorded only when the response has been handled; after a crash, only at the next
 * start. Such a receipt is stored before it is acknowledged (SPEC §5: nothing acknowledged is
 * lost) and applied when its part is recorded ({@link #partsRecorded}).
 *
 * <p>A periodic sweep applies receipts whose part was recorded at the same instant as the
 * receipt was kept (on a database without gap locks each side can miss the other's uncommitted
 * row), and purges, with a log line each, receipts that found no part within
 * {@code porter.receipts.keep-unmatched}: receipts for messages another application sent on the
 * same account, or that an SMSC invented.
 */
@Service
public class EarlyReceipts {

    private static final Logger log = LoggerFactory.getLogger(EarlyReceipts.class);
    private static final int BATCH = 500;

    private final EarlyReceiptRepository early;
    private final OutboxPartRepository parts;
    private final ReceiptRollUp rollUp;
    private final ReceiptProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;

    EarlyReceipts(EarlyReceiptRepository early, OutboxPartRepository parts, ReceiptRollUp rollUp,
            ReceiptProperties properties, TransactionTemplate transaction, Clock clock) {
        this.early = early;
        this.parts = parts;
        this.rollUp = rollUp;
        this.properties = properties;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * Keeps a receipt that matched no recorded part, in the caller's transaction.
     *
     * @return KEPT, or IGNORED for a receipt that could never be applied (no id, an id longer
     *         than any part id, or no final state to apply)
     */
    DeliveryReceipts.Result keep(DeliveryReceipt receipt) {
        if (receipt.partId() == null || receipt.partId().length() > EarlyReceipt.MAX_TRANSPORT_ID) {
            log.warn("Delivery receipt on {} with no usable message id ({}) ignored: {}", receipt.connector(),
                    receipt.partId(), receipt.status());
            return DeliveryReceipts.Result.IGNORED;
        }
        if (!receipt.state().isFinal()) {
            log.debug("Intermediate receipt {} for unknown part {} on {} not kept", receipt.status(), receipt.partId(),
                    receipt.connector());
            return DeliveryReceipts.Result.IGNORED;
        }
        early.save(new EarlyReceipt(receipt, clock.instant()));
        log.debug("Receipt {} for part {} on {} kept until the part is recorded", receipt.status(), receipt.partId(),
                receipt.connector());
        return DeliveryReceipts.Result.KEPT;
    }

    /**
     * Applies kept receipts to the parts of a message just recorded as sent, then rolls the
     * message up; joins the caller's transaction (the one recording the parts).
     */
    @Transactional
    public void partsRecorded(long messageId) {
        boolean settled = false;
        for (OutboxPart part : parts.findByMessageIdOrderByPartNo(messageId)) {
            for (EarlyReceipt kept : early.findByConnectorAndTransportIdOrderById(part.getConnector(),
                    part.getTransportId())) {
                if (early.claim(kept.getId()) == 1) {
                    rollUp.settle(part, kept.toReceipt());
                }
            }
            // A part may also have been settled by a receipt while the message was still being sent.
            settled |= part.isSettled();
        }
        if (settled) {
            rollUp.rollUp(messageId);
        }
    }

    /** Applies receipts whose part turned up since, and purges those kept too long. */
    @Scheduled(fixedDelayString = "${porter.receipts.sweep-interval:1m}",
            initialDelayString = "${porter.receipts.sweep-interval:1m}")
    public void sweep() {
        sweep(clock.instant());
    }

    /** {@link #sweep()} as of {@code now}. */
    void sweep(Instant now) {
        for (EarlyReceipt kept : early.findMatchable(PageRequest.of(0, BATCH))) {
            transaction.executeWithoutResult(s -> applyLate(kept));
        }
        purgeReceivedBefore(now.minus(properties.keepUnmatched()));
    }

    private void applyLate(EarlyReceipt kept) {
        if (early.claim(kept.getId()) != 1) {
            return;
        }
        parts.findByConnectorAndTransportIdOrderByIdDesc(kept.getConnector(), kept.getTransportId()).stream()
                .findFirst()
                .ifPresent(part -> rollUp.apply(part, kept.toReceipt()));
    }

    private void purgeReceivedBefore(Instant cutoff) {
        int purged = 0;
        List<EarlyReceipt> old;
        do {
            old = early.findByReceivedAtBeforeOrderById(cutoff, PageRequest.of(0, BATCH));
            for (EarlyReceipt receipt : old) {
                log.info("Purged delivery receipt {} for part {} on {} (received {}): no message sent by Porter has"
                        + " that part", receipt.getStatus(), receipt.getTransportId(), receipt.getConnector(),
                        receipt.getReceivedAt());
            }
            List<Long> ids = old.stream().map(EarlyReceipt::getId).toList();
            transaction.executeWithoutResult(s -> early.deleteAllByIdInBatch(ids));
            purged += old.size();
        } while (old.size() == BATCH);
        if (purged > 0) {
            log.warn("Purged {} delivery receipts that matched no sent part within {}", purged,
                    properties.keepUnmatched());
        }
    }
}

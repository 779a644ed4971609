package community.porter.access.message;

import community.porter.sms.DeliveryReceipt;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where the delivery receipts of every transport land: each is applied to the sent part it
 * reports on and rolled up to the part's message, or kept until that part is recorded
 * ({@link EarlyReceipts}). Either way it is committed when {@link #record} returns, so the
 * transport may acknowledge it then.
 */
@Service
public class DeliveryReceipts {

    /** What became of a receipt. */
    public enum Result {
        /** Applied to its part (and the part's message rolled up). */
        APPLIED,
        /** Its part is not recorded yet: kept, applied when it is. */
        KEPT,
        /** Nothing to apply, now or later (no usable id, or not final for a part not yet known). */
        IGNORED
    }

    private final OutboxPartRepository parts;
    private final ReceiptRollUp rollUp;
    private final EarlyReceipts early;

    DeliveryReceipts(OutboxPartRepository parts, ReceiptRollUp rollUp, EarlyReceipts early) {
        this.parts = parts;
        this.rollUp = rollUp;
        this.early = early;
    }

    /** Applies a receipt to its part, or keeps it until the part is recorded. */
    @Transactional
    public Result record(DeliveryReceipt receipt) {
        if (receipt.partId() == null) {
            return early.keep(receipt);
        }
        // When an SMSC reuses an id, the newest part with it is the one the receipt is about.
        List<OutboxPart> candidates = parts.findByConnectorAndTransportIdOrderByIdDesc(receipt.connector(),
                receipt.partId());
        if (candidates.isEmpty()) {
            return early.keep(receipt);
        }
        rollUp.apply(candidates.get(0), receipt);
        return Result.APPLIED;
    }
}

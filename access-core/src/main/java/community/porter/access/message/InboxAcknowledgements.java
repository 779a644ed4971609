package community.porter.access.message;

import community.porter.sms.AckListener;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records whether the acknowledgement of each stored message went out.
 *
 * <p>Confirmations are collected in memory and written in one batch every
 * {@code porter.inbox.ack-flush-interval}, so confirming costs no database round trip per
 * message. Should Porter stop before a batch is written, start-up marks every still pending
 * acknowledgement as lost — the safe side: such a message can then only be matched by a copy
 * that the SMSC delivers again.
 */
@Service
public class InboxAcknowledgements implements AckListener {

    private static final Logger log = LoggerFactory.getLogger(InboxAcknowledgements.class);
    private static final int BATCH = 500;

    private final InboxRepository messages;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ConcurrentLinkedQueue<Long> acknowledged = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Long> lost = new ConcurrentLinkedQueue<>();

    public InboxAcknowledgements(InboxRepository messages, TransactionTemplate transaction, Clock clock) {
        this.messages = messages;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * Runs while the application context is built, before any transport starts: what was pending
     * when Porter last stopped may have been lost.
     */
    @PostConstruct
    public void markPendingLostAtStart() {
        Integer count = transaction.execute(status -> messages.markPendingAcknowledgementsLost(clock.instant()));
        if (count != null && count > 0) {
            log.info("{} inbound messages were stored but their acknowledgement is unconfirmed", count);
        }
    }

    @Override
    public void acknowledged(String connector, long inboxId) {
        acknowledged.add(inboxId);
    }

    @Override
    public void acknowledgementLost(String connector, long inboxId) {
        lost.add(inboxId);
    }

    /**
     * Writes the collected confirmations; also called at shutdown, after the transports have
     * stopped and before the database goes: a confirmation left in memory would be taken for a
     * lost acknowledgement at the next start.
     */
    @Scheduled(fixedDelayString = "${porter.inbox.ack-flush-interval:200ms}")
    @PreDestroy
    public void flush() {
        drain(acknowledged, ids -> transaction.executeWithoutResult(s -> messages.markAcknowledged(ids)));
        drain(lost, ids -> transaction.executeWithoutResult(s -> messages.markAcknowledgementLost(ids, clock.instant())));
    }

    private static void drain(ConcurrentLinkedQueue<Long> queue, java.util.function.Consumer<List<Long>> write) {
        List<Long> batch = new ArrayList<>(BATCH);
        for (Long id = queue.poll(); id != null; id = queue.poll()) {
            batch.add(id);
            if (batch.size() == BATCH) {
                write.accept(batch);
                batch = new ArrayList<>(BATCH);
            }
        }
        if (!batch.isEmpty()) {
            write.accept(batch);
        }
    }
}

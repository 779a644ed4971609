package community.porter.access.message;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import jakarta.annotation.PostConstruct;

/**
 * Finds work a crash or an outage left between two steps: messages stored but not yet handled,
 * replies stored but not yet sent. The recovery sweep re-queues them; both steps are safe to run
 * twice (the command pipeline locks and checks the message, the sender claims the outbox row).
 */
@Service
public class PendingWork {

    private static final Logger log = LoggerFactory.getLogger(PendingWork.class);

    private final InboxRepository inbox;
    private final OutboxRepository outbox;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final AcceptedPartsReplay acceptedParts;

    public PendingWork(InboxRepository inbox, OutboxRepository outbox, TransactionTemplate transaction, Clock clock,
            AcceptedPartsReplay acceptedParts) {
        this.acceptedParts = acceptedParts;
        this.inbox = inbox;
        this.outbox = outbox;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Inbound messages stored more than {@code olderThan} ago whose command has not run. */
    @Transactional(readOnly = true)
    public List<Long> unhandledMessages(Duration olderThan, int max) {
        return inbox.findIdsByStateReceivedBefore(InboxMessage.State.RECEIVED, clock.instant().minus(olderThan),
                PageRequest.of(0, max));
    }

    /** Outbound messages queued more than {@code olderThan} ago and still not sent. */
    @Transactional(readOnly = true)
    public List<Long> unsentMessages(Duration olderThan, int max) {
        return outbox.findIdsByStateCreatedBefore(OutboxMessage.State.QUEUED, clock.instant().minus(olderThan),
                PageRequest.of(0, max));
    }

    /** Outbound messages claimed by a send now ({@code SENDING}), oldest first. */
    @Transactional(readOnly = true)
    public List<Long> sendingMessages(int max) {
        return outbox.findIdsByState(OutboxMessage.State.SENDING, PageRequest.of(0, max));
    }

    /**
     * Queues a message claimed by a send that will not finish.
     *
     * @return false when it is no longer being sent (the send finished after all)
     */
    @Transactional
    public boolean requeueSending(long id) {
        return outbox.requeueIfSending(id) == 1;
    }

    /**
     * At start, while the context is built and before any transport runs: messages a stopped
     * process was handing to a transport go back to the queue. First, what the transports had
     * accepted by then is taken from the acceptance journal: a message accepted whole is sent,
     * one accepted in part resumes after those parts, so neither goes out a second time.
     */
    @PostConstruct
    void requeueInterruptedSends() {
        int replayed = acceptedParts.replay();
        if (replayed > 0) {
            log.info("{} outbound messages had parts accepted that were recorded only in the journal; recorded now",
                    replayed);
        }
        Integer count = transaction.execute(status -> outbox.requeueSending());
        if (count != null && count > 0) {
            log.info("{} outbound messages were being sent when Porter stopped; queued again", count);
        }
    }
}

package community.porter.access.message;

import community.porter.sms.PendingPartStore;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The database behind {@link PendingPartStore}: the parts of long inbound messages, each
 * committed in its own transaction before the transport acknowledges it, so a restart between
 * two parts loses nothing. The inbox marks a message's parts taken in the transaction that
 * stores the message ({@link Inbox#store(community.porter.sms.InboundSms, Collection)}).
 *
 * <p>Taken parts are kept for {@code porter.inbox.redelivery-window}, the time in which a
 * transport may deliver again what it believes unacknowledged, then forgotten.
 */
@Service
public class InboundParts implements PendingPartStore {

    private static final Logger log = LoggerFactory.getLogger(InboundParts.class);

    private final InboundPartRepository parts;
    private final InboxProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public InboundParts(InboundPartRepository parts, InboxProperties properties, TransactionTemplate transaction,
            Clock clock) {
        this.parts = parts;
        this.properties = properties;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public Saved save(Part part) {
        try {
            return transaction.execute(status -> saveInTransaction(part));
        } catch (DataIntegrityViolationException raced) {
            // Two copies of the part arrived at once and the other one won the unique key.
            return transaction.execute(status -> saveInTransaction(part));
        }
    }

    private Saved saveInTransaction(Part part) {
        Group g = part.group();
        Optional<InboundPart> existing = parts.findPart(g.sender(), g.recipient(), g.reference(), g.total(),
                g.sixteenBitReference(), part.sequence());
        if (existing.isPresent()) {
            InboundPart kept = existing.get();
            boolean sameText = kept.getText().equals(InboundPart.keptText(part.text()));
            if (kept.isWaiting()) {
                if (!sameText) {
                    log.warn("part {} of a long message from {} came again with other text; the first is kept",
                            part.sequence(), g.sender());
                }
                return Saved.ALREADY_WAITING;
            }
            if (sameText) {
                return Saved.ALREADY_TAKEN;
            }
            // The handset used the reference again for a new message: forget the old one's parts.
            parts.deleteTaken(g.sender(), g.recipient(), g.reference(), g.total(), g.sixteenBitReference());
            parts.flush();
        }
        parts.saveAndFlush(new InboundPart(part));
        return Saved.ADDED;
    }

    @Override
    public List<Part> waiting(Group group) {
        return transaction.execute(status -> parts.findWaiting(group.sender(), group.recipient(), group.reference(),
                group.total(), group.sixteenBitReference()).stream().map(InboundPart::toPart).toList());
    }

    @Override
    public List<Group> waitingSince(Instant cutoff, int limit) {
        return transaction.execute(status -> parts.findGroupsWaitingBefore(cutoff, PageRequest.of(0, limit)).stream()
                .map(row -> new Group((String) row[0], (String) row[1], ((Number) row[2]).intValue(),
                        ((Number) row[3]).intValue(), (Boolean) row[4]))
                .toList());
    }

    /** Joins the caller's transaction where there is one, so parts are taken with their message. */
    @Override
    public int taken(Collection<Long> partIds) {
        if (partIds.isEmpty()) {
            return 0;
        }
        Integer count = transaction.execute(status -> parts.markTaken(partIds, clock.instant()));
        return count == null ? 0 : count;
    }

    /** Forgets parts taken longer ago than the redelivery window. */
    @Scheduled(fixedDelay = 1, timeUnit = TimeUnit.MINUTES)
    public void forgetTakenParts() {
        Instant before = clock.instant().minus(properties.redeliveryWindow());
        Integer count = transaction.execute(status -> parts.deleteTakenBefore(before));
        if (count != null && count > 0) {
            log.debug("forgot {} parts of long messages stored before {}", count, before);
        }
    }
}

package community.porter.access.notice;

import community.porter.access.message.OutboxMessage;
import community.porter.access.message.OutboxRepository;
import community.porter.access.visitor.VisitorsProperties;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The release step: hands the recipients of a broadcast to the outbox a batch at a time, keeping
 * at most {@code porter.broadcasts.window} of its messages waiting there, so a broadcast goes at
 * the pace its connectors take it and a cancel still stops most of it.
 *
 * <p>Each batch is one transaction: the outbox messages are stored and each recipient row gets
 * its message's id together, so after a crash anywhere a recipient either has its one message or
 * is still waiting, and releasing again never makes a second. The new ids are announced with
 * {@link BroadcastReleased} for the outbound route to take after the commit.
 *
 * <p>Nothing is released before the broadcast's schedule, nor during quiet hours unless it is
 * urgent; recipients not released when its validity ends are marked expired.
 */
@Service
public class BroadcastRelease {

    /** Lane of broadcast copies in the outbox: after every reply ({@code 5}) and door answer ({@code 0}). */
    public static final int PRIORITY = 9;

    private final BroadcastRepository broadcasts;
    private final BroadcastRecipients recipients;
    private final OutboxRepository outbox;
    private final BroadcastsProperties properties;
    private final VisitorsProperties community;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public BroadcastRelease(BroadcastRepository broadcasts, BroadcastRecipients recipients, OutboxRepository outbox,
            BroadcastsProperties properties, VisitorsProperties community, ApplicationEventPublisher events,
            Clock clock) {
        this.broadcasts = broadcasts;
        this.recipients = recipients;
        this.outbox = outbox;
        this.properties = properties;
        this.community = community;
        this.events = events;
        this.clock = clock;
    }

    /** The broadcasts that may have work now, urgent ones first. */
    @Transactional(readOnly = true)
    public List<Long> inProgress() {
        return broadcasts.findIdsInProgress(clock.instant());
    }

    /**
     * Moves broadcast {@code broadcastId} on by one step: expires what its validity left behind,
     * releases the next batch if it is due, and finishes it when nothing is left.
     *
     * @return the outbox ids stored by this step (also announced with {@link BroadcastReleased})
     */
    @Transactional
    public List<Long> releaseNext(long broadcastId) {
        Broadcast broadcast = broadcasts.findById(broadcastId).orElse(null);
        if (broadcast == null || (broadcast.getState() != Broadcast.State.EXPANDED
                && broadcast.getState() != Broadcast.State.SENDING)) {
            return List.of();
        }
        Instant now = clock.instant();
        if (broadcast.getValidUntil() != null && !now.isBefore(broadcast.getValidUntil())) {
            expire(broadcast, now);
            return List.of();
        }
        if (now.isBefore(broadcast.getScheduledAt()) || quiet(broadcast, now)) {
            return List.of();
        }
        int waitingInOutbox = recipients.inOutbox(broadcastId);
        List<BroadcastRecipients.Waiting> batch = recipients.nextWaiting(broadcastId,
                Math.max(0, properties.window() - waitingInOutbox));
        if (batch.isEmpty()) {
            if (waitingInOutbox == 0 && recipients.count(broadcastId, BroadcastRecipients.Stored.WAITING) == 0) {
                broadcast.finish(Broadcast.State.DONE, now);
            }
            return List.of();
        }
        List<Long> ids = new ArrayList<>(batch.size());
        for (BroadcastRecipients.Waiting recipient : batch) {
            ids.add(outbox.save(new OutboxMessage(OutboxMessage.Kind.BROADCAST, PRIORITY, recipient.phone(),
                    broadcast.getText(), broadcast.getInboxId(), null, broadcast.getValidUntil(), now)).getId());
        }
        outbox.flush();
        recipients.link(batch, ids);
        broadcast.sending();
        events.publishEvent(new BroadcastReleased(ids));
        return ids;
    }

    private boolean quiet(Broadcast broadcast, Instant now) {
        return !broadcast.isUrgent() && properties.quiet().contains(now, community.timeZone());
    }

    /** Validity over: what was not released never will be; the broadcast ends once the outbox is done with the rest. */
    private void expire(Broadcast broadcast, Instant now) {
        recipients.settleWaiting(broadcast.getId(), BroadcastRecipients.Stored.EXPIRED);
        // Released copies carry the same validity: the outbound route expires them itself.
        if (recipients.inOutbox(broadcast.getId()) == 0) {
            boolean anyExpired = recipients.count(broadcast.getId(), BroadcastRecipients.Stored.EXPIRED) > 0;
            broadcast.finish(anyExpired ? Broadcast.State.EXPIRED : Broadcast.State.DONE, now);
        }
    }
}

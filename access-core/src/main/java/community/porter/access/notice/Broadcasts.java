package community.porter.access.notice;

import community.porter.access.org.OrgNode;
import community.porter.access.org.OrgNodeRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Broadcasts: staff (by {@code GB}, on the console or through the API) send one text to every
 * phone of a target. A broadcast is stored, expanded once into its recipients, then released to
 * the outbox by {@link BroadcastRelease} batch by batch; its progress and each recipient's status
 * can be read back, and it can be cancelled while recipients still wait.
 */
@Service
public class Broadcasts {

    /** Outbox lane of broadcast copies: after every reply ({@code 5}) and door answer ({@code 0}). */
    public static final int PRIORITY = BroadcastRelease.PRIORITY;

    /**
     * A stored broadcast.
     *
     * @param id         its id
     * @param recipients phones it will reach
     * @param optedOut   phones it leaves out because they opted out
     * @param released   outbox ids released at once (also announced with {@link BroadcastReleased})
     */
    public record Created(long id, int recipients, int optedOut, List<Long> released) {
        public Created {
            released = List.copyOf(released);
        }
    }

    /** What a cancel came to. */
    public enum Cancel {
        /** Recipients not released yet will not be. */
        CANCELLED,
        /** It had finished (done, expired or cancelled) already. */
        ALREADY_FINISHED,
        NOT_FOUND
    }

    private final BroadcastRepository broadcasts;
    private final BroadcastRecipients recipients;
    private final BroadcastAudience audience;
    private final BroadcastRelease release;
    private final OrgNodeRepository nodes;
    private final Clock clock;

    public Broadcasts(BroadcastRepository broadcasts, BroadcastRecipients recipients, BroadcastAudience audience,
            BroadcastRelease release, OrgNodeRepository nodes, Clock clock) {
        this.broadcasts = broadcasts;
        this.recipients = recipients;
        this.audience = audience;
        this.release = release;
        this.nodes = nodes;
        this.clock = clock;
    }

    /**
     * Stores a broadcast, expands it into its recipients and, when it is due and not in quiet
     * hours, releases the first batch, all in one transaction: should it fail half-way nothing of
     * it stays, and nothing was acknowledged to its author.
     */
    @Transactional
    public Created create(BroadcastRequest request) {
        Instant now = clock.instant();
        boolean urgent = request.urgent() || request.target().emergency();
        Broadcast broadcast = broadcasts.save(new Broadcast(request.communityId(), request.authorKind(),
                request.author(), request.inboxId(), request.text().strip(), request.target(), urgent,
                request.scheduledAt() == null ? now : request.scheduledAt(), request.validUntil(), now));
        BroadcastAudience.Phones phones = expand(broadcast, request.target());
        List<Long> released = release.releaseNext(broadcast.getId());
        return new Created(broadcast.getId(), phones.reached().size(), phones.optedOut().size(), released);
    }

    /**
     * Stores the recipients of a broadcast not expanded yet. Idempotent: a broadcast past
     * {@code SCHEDULED} is left alone, and the unique key on (broadcast, phone) refuses a second
     * row for anyone.
     */
    private BroadcastAudience.Phones expand(Broadcast broadcast, BroadcastTarget target) {
        OrgNode community = nodes.findById(broadcast.getCommunityId()).orElseThrow();
        BroadcastAudience.Phones phones = audience.expand(community, target);
        if (broadcast.getState() == Broadcast.State.SCHEDULED && !recipients.exist(broadcast.getId())) {
            recipients.insert(broadcast.getId(), phones.reached(), BroadcastRecipients.Stored.WAITING);
            recipients.insert(broadcast.getId(), phones.optedOut(), BroadcastRecipients.Stored.OPTED_OUT);
        }
        broadcast.expanded(clock.instant());
        return phones;
    }

    /** How far broadcast {@code id} got; empty when there is none. */
    @Transactional(readOnly = true)
    public Optional<BroadcastProgress> progress(long id) {
        return broadcasts.findById(id).map(b -> {
            Map<RecipientStatus, Integer> counts = recipients.counts(id);
            int total = counts.values().stream().mapToInt(Integer::intValue).sum();
            int done = counts.entrySet().stream().filter(e -> e.getKey().isFinal()).mapToInt(Map.Entry::getValue)
                    .sum();
            double percent = total == 0 ? 100.0 : Math.floor(done * 1000.0 / total) / 10.0;
            return new BroadcastProgress(b.getId(), b.getState(), b.getText(), b.getTargetKind(), label(b),
                    b.isUrgent(), b.getAuthor(), b.getCreatedAt(), b.getScheduledAt(), b.getValidUntil(),
                    b.getExpandedAt(), b.getFinishedAt(), total, counts,
                    recipients.count(id, BroadcastRecipients.Stored.RELEASED), percent);
        });
    }

    /** Up to {@code limit} recipients of broadcast {@code id}, those with {@code status} only unless {@code null}. */
    @Transactional(readOnly = true)
    public List<BroadcastRecipients.Recipient> recipients(long id, RecipientStatus status, int limit) {
        return recipients.list(id, status, limit);
    }

    /**
     * One page of the recipients of broadcast {@code id}, with their send and delivery times:
     * {@code limit} from {@code offset} on, those with {@code status} only unless {@code null}.
     */
    @Transactional(readOnly = true)
    public List<BroadcastRecipients.Sent> recipients(long id, RecipientStatus status, int offset, int limit) {
        return recipients.page(id, status, offset, limit);
    }

    /** Stops broadcast {@code id}: recipients not released yet are never sent; released ones go on. */
    @Transactional
    public Cancel cancel(long id) {
        Optional<Broadcast> found = broadcasts.findById(id);
        if (found.isEmpty()) {
            return Cancel.NOT_FOUND;
        }
        Broadcast broadcast = found.get();
        if (broadcast.getState().isFinal()) {
            return Cancel.ALREADY_FINISHED;
        }
        recipients.settleWaiting(id, BroadcastRecipients.Stored.CANCELLED);
        broadcast.finish(Broadcast.State.CANCELLED, clock.instant());
        return Cancel.CANCELLED;
    }

    private static String label(Broadcast b) {
        return switch (b.getTargetKind()) {
            case CHANNEL -> b.getTargetChannel();
            case SCOPE -> b.getTargetScope();
            case ROLE -> b.getTargetRoles() + "@" + b.getTargetScope();
            case LIST -> "list";
        };
    }
}

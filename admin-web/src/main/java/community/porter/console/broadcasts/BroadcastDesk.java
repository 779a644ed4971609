package community.porter.console.broadcasts;

import community.porter.access.notice.Broadcast;
import community.porter.access.notice.BroadcastProgress;
import community.porter.access.notice.BroadcastRecipients;
import community.porter.access.notice.BroadcastRepository;
import community.porter.access.notice.Broadcasts;
import community.porter.access.notice.BroadcastsProperties;
import community.porter.access.notice.RecipientStatus;
import community.porter.access.org.OrgNode;
import community.porter.access.org.OrgNodeRepository;
import community.porter.access.visitor.VisitorsProperties;
import community.porter.console.security.ConsoleActor;
import community.porter.console.security.ConsoleAudit;
import community.porter.console.security.OutOfScopeException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The broadcasts a console user may see (those of communities in their scope): the list, one
 * broadcast's progress and recipients, and cancelling it. A broadcast of a community outside the
 * scope is answered as if it did not exist.
 */
@Service
public class BroadcastDesk {

    /** Rows of the list and of the recipients table per page. */
    static final int PAGE_SIZE = 50;

    /**
     * One broadcast as its page shows it.
     *
     * @param community    the community it was sent in
     * @param recipients   one page of its recipients
     * @param matching     how many recipients the status filter matches, over every page
     * @param waitsQuiet   it has not started and its start falls in quiet hours: it waits for the morning
     */
    public record Detail(BroadcastProgress progress, OrgNode community, List<BroadcastRecipients.Sent> recipients,
            int matching, boolean waitsQuiet) {
    }

    private final BroadcastRepository repository;
    private final Broadcasts broadcasts;
    private final OrgNodeRepository nodes;
    private final ConsoleAudit audit;
    private final BroadcastsProperties properties;
    private final VisitorsProperties community;
    private final Clock clock;

    BroadcastDesk(BroadcastRepository repository, Broadcasts broadcasts, OrgNodeRepository nodes, ConsoleAudit audit,
            BroadcastsProperties properties, VisitorsProperties community, Clock clock) {
        this.repository = repository;
        this.broadcasts = broadcasts;
        this.nodes = nodes;
        this.audit = audit;
        this.properties = properties;
        this.community = community;
        this.clock = clock;
    }

    /** Page {@code page} (from 0) of the broadcasts in scope, newest first, with their progress. */
    @Transactional(readOnly = true)
    public Page<BroadcastProgress> list(ConsoleActor actor, int page) {
        return repository.findInScope(actor.nodePath(), PageRequest.of(Math.max(0, page), PAGE_SIZE))
                .map(b -> broadcasts.progress(b.getId()).orElseThrow());
    }

    /**
     * Broadcast {@code id} with page {@code page} of its recipients having {@code status} (all
     * when {@code null}); reading the recipients' phones is recorded in the audit log.
     */
    @Transactional
    public Detail detail(ConsoleActor actor, long id, RecipientStatus status, int page) {
        OrgNode where = communityOf(actor, id);
        BroadcastProgress progress = broadcasts.progress(id).orElseThrow(OutOfScopeException::new);
        int matching = status == null ? progress.total() : progress.counts().getOrDefault(status, 0);
        List<BroadcastRecipients.Sent> recipients = broadcasts.recipients(id, status, Math.max(0, page) * PAGE_SIZE,
                PAGE_SIZE);
        audit.read(actor, "BROADCAST_RECIPIENTS_VIEWED", "broadcast", id,
                "status " + (status == null ? "ALL" : status) + ", page " + (Math.max(0, page) + 1));
        return new Detail(progress, where, recipients, matching, waitsQuiet(progress));
    }

    /** How far broadcast {@code id} got; no personal data, so not audited (it is polled). */
    @Transactional(readOnly = true)
    public BroadcastProgress progress(ConsoleActor actor, long id) {
        communityOf(actor, id);
        return broadcasts.progress(id).orElseThrow(OutOfScopeException::new);
    }

    /** Cancels broadcast {@code id}; recorded in the audit log when it did cancel. */
    @Transactional
    public Broadcasts.Cancel cancel(ConsoleActor actor, long id) {
        communityOf(actor, id);
        Broadcasts.Cancel outcome = broadcasts.cancel(id);
        if (outcome == Broadcasts.Cancel.CANCELLED) {
            audit.record(actor, "BROADCAST_CANCELLED", "broadcast", id, null);
        }
        return outcome;
    }

    private OrgNode communityOf(ConsoleActor actor, long id) {
        Broadcast broadcast = repository.findById(id).orElseThrow(OutOfScopeException::new);
        return actor.require(nodes.findById(broadcast.getCommunityId()).orElseThrow(OutOfScopeException::new));
    }

    private boolean waitsQuiet(BroadcastProgress progress) {
        if (progress.urgent() || progress.state().isFinal() || progress.state() == Broadcast.State.SENDING) {
            return false;
        }
        Instant now = clock.instant();
        Instant start = progress.scheduledAt().isAfter(now) ? progress.scheduledAt() : now;
        return properties.quiet().contains(start, community.timeZone());
    }
}

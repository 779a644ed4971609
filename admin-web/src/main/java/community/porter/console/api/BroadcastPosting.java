package community.porter.console.api;

import community.porter.access.notice.Broadcast;
import community.porter.access.notice.BroadcastChecks;
import community.porter.access.notice.BroadcastRequest;
import community.porter.access.notice.BroadcastTarget;
import community.porter.access.notice.RejectedEntry;
import community.porter.access.org.OrgNode;
import community.porter.access.org.OrgNodeRepository;
import community.porter.access.org.OrgNodeType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks a posted broadcast and turns it into a {@link BroadcastRequest}: the rules every composed
 * broadcast meets are {@link BroadcastChecks}'; here only what is particular to the JSON form
 * (which community, which combination of target fields). Every problem is collected and reported
 * at once, and the entries of a phone list that were not taken are kept for the answer.
 */
@Component
class BroadcastPosting {

    /**
     * A broadcast as posted.
     *
     * @param community   the community's code; may be left out where there is only one
     * @param text        what every recipient gets
     * @param target      exactly one of channel, scope (optionally with role) or phones
     * @param urgent      goes during quiet hours too
     * @param scheduledAt when it may start; left out for now
     * @param validUntil  nothing is sent after this
     */
    record Posted(String community, String text, PostedTarget target, Boolean urgent, Instant scheduledAt,
            Instant validUntil) {
    }

    /**
     * Who a posted broadcast is for.
     *
     * @param channel a notice channel code ({@code TZ})
     * @param scope   {@code ALL}, a building {@code 3}, a unit {@code 3-1} or a room {@code 3-1-201}
     * @param role    membership roles and/or {@code STAFF}, comma-separated, within {@code scope}
     *                (the whole community when it is left out)
     * @param phones  a list of phone numbers, as typed
     */
    record PostedTarget(String channel, String scope, String role, List<String> phones) {
    }

    /** A checked broadcast, or the problems found. */
    record Checked(BroadcastRequest request, List<RejectedEntry> rejected, List<String> errors) {
    }

    private final OrgNodeRepository nodes;
    private final BroadcastChecks checks;

    BroadcastPosting(OrgNodeRepository nodes, BroadcastChecks checks) {
        this.nodes = nodes;
        this.checks = checks;
    }

    @Transactional(readOnly = true)
    Checked check(Posted posted, Broadcast.AuthorKind authorKind, String author) {
        List<BroadcastChecks.Problem> problems = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        checks.text(posted.text(), problems);
        checks.validity(posted.scheduledAt(), posted.validUntil(), problems);
        // Reported in the order the fields are read: text and times before community and target.
        drain(problems, errors);
        Optional<OrgNode> community = community(posted.community(), errors);
        List<RejectedEntry> rejected = List.of();
        BroadcastTarget target = null;
        if (community.isPresent()) {
            PostedTarget t = posted.target();
            if (t == null) {
                errors.add("target: give one of channel, scope (with or without role) or phones");
            } else if (t.phones() != null) {
                if (t.channel() != null || t.scope() != null || t.role() != null) {
                    errors.add("target: phones cannot be combined with channel, scope or role");
                } else {
                    BroadcastChecks.CheckedList list = checks.list(community.get(), t.phones(), problems);
                    rejected = list.rejected();
                    target = list.target();
                }
            } else {
                target = channelOrScope(community.get(), t, problems, errors);
            }
        }
        drain(problems, errors);
        if (!errors.isEmpty()) {
            return new Checked(null, rejected, errors);
        }
        return new Checked(new BroadcastRequest(community.get().getId(), authorKind, author, null, posted.text(),
                target, Boolean.TRUE.equals(posted.urgent()), posted.scheduledAt(), posted.validUntil()),
                rejected, List.of());
    }

    private static void drain(List<BroadcastChecks.Problem> problems, List<String> errors) {
        problems.forEach(p -> errors.add(p.message()));
        problems.clear();
    }

    private BroadcastTarget channelOrScope(OrgNode community, PostedTarget t, List<BroadcastChecks.Problem> problems,
            List<String> errors) {
        if (t.channel() != null) {
            if (t.scope() != null || t.role() != null) {
                errors.add("target: channel cannot be combined with scope or role");
                return null;
            }
            return checks.channel(community, t.channel(), problems).orElse(null);
        }
        if (t.scope() == null && t.role() == null) {
            errors.add("target: give one of channel, scope (with or without role) or phones");
            return null;
        }
        return checks.scope(community, t.scope() == null ? "ALL" : t.scope(), t.role(), problems).orElse(null);
    }

    private Optional<OrgNode> community(String code, List<String> errors) {
        if (code != null && !code.isBlank()) {
            Optional<OrgNode> found = nodes.findCommunity(code.strip().toUpperCase(Locale.ROOT));
            if (found.isEmpty()) {
                errors.add("community: no community " + code);
            }
            return found;
        }
        List<OrgNode> all = nodes.findAtOrUnder("/", OrgNodeType.COMMUNITY);
        if (all.size() != 1) {
            errors.add("community: name the community (there are " + all.size() + ")");
            return Optional.empty();
        }
        return Optional.of(all.get(0));
    }
}

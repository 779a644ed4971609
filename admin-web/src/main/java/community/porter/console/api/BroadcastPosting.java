package community.porter.console.api;

import community.porter.access.notice.Broadcast;
import community.porter.access.notice.BroadcastRequest;
import community.porter.access.notice.BroadcastTarget;
import community.porter.access.notice.BroadcastTargets;
import community.porter.access.notice.BroadcastsProperties;
import community.porter.access.notice.RejectedEntry;
import community.porter.access.org.OrgNode;
import community.porter.access.org.OrgNodeRepository;
import community.porter.access.org.OrgNodeType;
import community.porter.access.person.MembershipRole;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks a posted broadcast and turns it into a {@link BroadcastRequest}: every problem is
 * collected and reported at once, and the entries of a phone list that were not taken are kept
 * for the answer.
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
    private final BroadcastTargets targets;
    private final BroadcastsProperties properties;
    private final Clock clock;

    BroadcastPosting(OrgNodeRepository nodes, BroadcastTargets targets, BroadcastsProperties properties, Clock clock) {
        this.nodes = nodes;
        this.targets = targets;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Checked check(Posted posted, Broadcast.AuthorKind authorKind, String author) {
        List<String> errors = new ArrayList<>();
        if (posted.text() == null || posted.text().isBlank()) {
            errors.add("text: must not be empty");
        } else if (posted.text().length() > properties.maxTextLength()) {
            errors.add("text: at most " + properties.maxTextLength() + " characters");
        }
        Instant now = clock.instant();
        if (posted.validUntil() != null && !posted.validUntil().isAfter(
                posted.scheduledAt() == null || posted.scheduledAt().isBefore(now) ? now : posted.scheduledAt())) {
            errors.add("validUntil: must be after now and after scheduledAt");
        }
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
                } else if (t.phones().isEmpty()) {
                    errors.add("target.phones: must not be empty");
                } else if (t.phones().size() > properties.maxListSize()) {
                    errors.add("target.phones: at most " + properties.maxListSize() + " entries");
                } else {
                    BroadcastTargets.ListTarget list = targets.list(community.get(), t.phones());
                    rejected = list.rejected();
                    if (list.target().phones().isEmpty()) {
                        errors.add("target.phones: no valid phone number");
                    }
                    target = list.target();
                }
            } else {
                target = channelOrScope(community.get(), t, errors);
            }
        }
        if (!errors.isEmpty()) {
            return new Checked(null, rejected, errors);
        }
        return new Checked(new BroadcastRequest(community.get().getId(), authorKind, author, null, posted.text(),
                target, Boolean.TRUE.equals(posted.urgent()), posted.scheduledAt(), posted.validUntil()),
                rejected, List.of());
    }

    private BroadcastTarget channelOrScope(OrgNode community, PostedTarget t, List<String> errors) {
        if (t.channel() != null) {
            if (t.scope() != null || t.role() != null) {
                errors.add("target: channel cannot be combined with scope or role");
                return null;
            }
            Optional<BroadcastTarget> channel = targets.channel(community, t.channel());
            if (channel.isEmpty()) {
                errors.add("target.channel: no channel " + t.channel() + " in " + community.getCode());
            }
            return channel.orElse(null);
        }
        if (t.scope() == null && t.role() == null) {
            errors.add("target: give one of channel, scope (with or without role) or phones");
            return null;
        }
        String typed = t.scope() == null ? "ALL" : t.scope();
        Optional<BroadcastTarget> scope = targets.scope(community, typed);
        if (scope.isEmpty()) {
            errors.add("target.scope: no scope " + typed + " in " + community.getCode());
            return null;
        }
        return t.role() == null ? scope.get() : withRoles(scope.get(), t.role(), errors);
    }

    private static BroadcastTarget withRoles(BroadcastTarget scope, String words, List<String> errors) {
        Set<MembershipRole> roles = EnumSet.noneOf(MembershipRole.class);
        boolean staff = false;
        for (String word : words.split("[,\\s]+")) {
            String role = word.strip().toUpperCase(Locale.ROOT);
            if (role.equals(BroadcastTarget.STAFF)) {
                staff = true;
            } else if (EnumSet.allOf(MembershipRole.class).stream().anyMatch(r -> r.name().equals(role))) {
                roles.add(MembershipRole.valueOf(role));
            } else if (!role.isEmpty()) {
                errors.add("target.role: " + word + " is none of OWNER, FAMILY, TENANT, STAFF");
            }
        }
        if (roles.isEmpty() && !staff) {
            errors.add("target.role: name at least one of OWNER, FAMILY, TENANT, STAFF");
        }
        return scope.withRoles(roles, staff);
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

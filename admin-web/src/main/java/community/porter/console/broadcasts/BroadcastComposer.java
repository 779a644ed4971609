package community.porter.console.broadcasts;

import community.porter.access.notice.Broadcast;
import community.porter.access.notice.BroadcastChecks;
import community.porter.access.notice.BroadcastRequest;
import community.porter.access.notice.BroadcastTarget;
import community.porter.access.notice.Broadcasts;
import community.porter.access.notice.NoticeChannelRepository;
import community.porter.access.notice.RejectedEntry;
import community.porter.access.org.OrgNode;
import community.porter.access.org.OrgNodeRepository;
import community.porter.access.org.OrgNodeType;
import community.porter.access.visitor.VisitorsProperties;
import community.porter.console.security.ConsoleActor;
import community.porter.console.security.ConsoleAudit;
import community.porter.console.security.OutOfScopeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Composes broadcasts on the console: what the form offers in the user's scope, and the checked
 * creation of one. The rules of a broadcast are {@link BroadcastChecks}, the same the REST API
 * applies; here the form's fields are read and the user's scope is enforced: a community or
 * target outside it is refused as if it did not exist, and nothing is stored.
 */
@Service
public class BroadcastComposer {

    /** A created broadcast and the list entries that were not taken. */
    public record Composed(long id, List<RejectedEntry> rejected) {
    }

    /** Form field of each field {@link BroadcastChecks} names. */
    private static final Map<String, String> FIELDS = Map.of("text", "text", "validUntil", "validUntil",
            "target.channel", "channel", "target.scope", "scope", "target.role", "roles", "target.phones", "list");

    private final OrgNodeRepository nodes;
    private final NoticeChannelRepository channels;
    private final BroadcastChecks checks;
    private final Broadcasts broadcasts;
    private final ConsoleAudit audit;
    private final VisitorsProperties community;

    BroadcastComposer(OrgNodeRepository nodes, NoticeChannelRepository channels, BroadcastChecks checks,
            Broadcasts broadcasts, ConsoleAudit audit, VisitorsProperties community) {
        this.nodes = nodes;
        this.channels = channels;
        this.checks = checks;
        this.broadcasts = broadcasts;
        this.audit = audit;
        this.community = community;
    }

    /** The targets the form offers in {@code communityId}, or in the first community in scope when it is null. */
    @Transactional(readOnly = true)
    public TargetOptions options(ConsoleActor actor, Long communityId) {
        List<OrgNode> communities = nodes.findAtOrUnder(actor.nodePath(), OrgNodeType.COMMUNITY);
        OrgNode chosen = communityId == null ? communities.stream().findFirst().orElse(null)
                : communityInScope(actor, communityId);
        if (chosen == null) {
            return new TargetOptions(communities, null, List.of(), List.of(), List.of());
        }
        return new TargetOptions(communities, chosen, channels.findByCommunityIdOrderByCodeAsc(chosen.getId()),
                nodes.findAtOrUnder(chosen.getPath(), OrgNodeType.BUILDING),
                nodes.findAtOrUnder(chosen.getPath(), OrgNodeType.UNIT));
    }

    /**
     * Checks the form and stores the broadcast; every problem becomes an error on its field and
     * nothing is stored then.
     *
     * @throws OutOfScopeException when the community or the target is outside the user's scope
     */
    @Transactional
    public Optional<Composed> create(ConsoleActor actor, BroadcastForm form, Errors errors) {
        if (form.getCommunity() == null) {
            errors.rejectValue("community", "broadcasts.error.community.required");
            return Optional.empty();
        }
        OrgNode chosen = communityInScope(actor, form.getCommunity());
        String text = BroadcastText.normalise(form.getText());
        List<BroadcastChecks.Problem> problems = new ArrayList<>();
        checks.text(text, problems);
        Instant sendAt = time(form.getSendAt(), "sendAt", errors);
        Instant validUntil = time(form.getValidUntil(), "validUntil", errors);
        checks.validity(sendAt, validUntil, problems);
        BroadcastChecks.CheckedList list = new BroadcastChecks.CheckedList(null, List.of());
        BroadcastTarget target = null;
        BroadcastForm.Kind kind = kind(form.getTargetKind());
        if (kind == null) {
            errors.rejectValue("targetKind", "broadcasts.error.targetKind.required");
        } else if (kind == BroadcastForm.Kind.LIST) {
            List<String> entries = form.getList() == null ? List.of()
                    : Arrays.stream(form.getList().split("\\R")).map(String::strip).filter(e -> !e.isEmpty()).toList();
            list = checks.list(chosen, entries, problems);
            target = list.target();
        } else if (kind == BroadcastForm.Kind.CHANNEL) {
            target = checks.channel(chosen, form.getChannel(), problems).orElse(null);
        } else {
            String roles = form.getRoles().isEmpty() ? null : String.join(",", form.getRoles());
            target = checks.scope(chosen, scopeTyped(form), roles, problems).orElse(null);
        }
        for (BroadcastChecks.Problem problem : problems) {
            String field = problem.field().equals("target.scope") && hasRoom(form) ? "room" : FIELDS.get(problem.field());
            errors.rejectValue(field, "broadcasts.error." + problem.field() + "." + problem.code(),
                    new Object[] {checks.maxTextLength()}, problem.detail());
        }
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        if (!actor.coversPath(target.scopePath())) {
            throw new OutOfScopeException();
        }
        Broadcasts.Created created = broadcasts.create(new BroadcastRequest(chosen.getId(),
                Broadcast.AuthorKind.CONSOLE, actor.username(), null, text, target, form.isUrgent(), sendAt,
                validUntil));
        audit.record(actor, "BROADCAST_CREATED", "broadcast", created.id(),
                target.kind() + " " + target.label() + " in " + chosen.getCode() + ", " + created.recipients()
                        + " recipients");
        return Optional.of(new Composed(created.id(), list.rejected()));
    }

    private OrgNode communityInScope(ConsoleActor actor, long id) {
        OrgNode node = nodes.findById(id).filter(n -> n.getType() == OrgNodeType.COMMUNITY)
                .orElseThrow(OutOfScopeException::new);
        return actor.require(node);
    }

    private static boolean hasRoom(BroadcastForm form) {
        return form.getRoom() != null && !form.getRoom().isBlank();
    }

    /** The scope as {@code GB} would type it: a room typed wins over the select. */
    private static String scopeTyped(BroadcastForm form) {
        if (hasRoom(form)) {
            return form.getRoom().strip();
        }
        String scope = form.getScope() == null ? "" : form.getScope().strip();
        int colon = scope.indexOf(':');
        return colon < 0 ? scope : scope.substring(colon + 1);
    }

    private static BroadcastForm.Kind kind(String typed) {
        try {
            return typed == null ? null : BroadcastForm.Kind.valueOf(typed);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A {@code datetime-local} value in the community's time zone; blank is none. */
    private Instant time(String typed, String field, Errors errors) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(typed.strip()).atZone(community.timeZone()).toInstant();
        } catch (DateTimeParseException e) {
            errors.rejectValue(field, "broadcasts.error.time.invalid");
            return null;
        }
    }
}

package community.porter.console.visitors;

import community.porter.access.org.OrgNode;
import community.porter.access.org.OrgNodeRepository;
import community.porter.access.org.OrgNodeType;
import community.porter.access.person.InvalidPhoneNumberException;
import community.porter.access.person.PhoneNumbers;
import community.porter.access.visitor.BlacklistEntry;
import community.porter.access.visitor.BlacklistEntryRepository;
import community.porter.access.visitor.DeskOutcome;
import community.porter.access.visitor.VisitAnswered;
import community.porter.access.visitor.VisitorBlacklist;
import community.porter.access.visitor.VisitorDesk;
import community.porter.access.visitor.VisitorPass;
import community.porter.access.visitor.VisitorPassRepository;
import community.porter.access.visitor.VisitorRequest;
import community.porter.access.visitor.VisitorRequestRepository;
import community.porter.console.security.ConsoleActor;
import community.porter.console.security.ConsoleAudit;
import community.porter.console.security.OutOfScopeException;
import community.porter.console.visitors.VisitorViews.BlacklistRow;
import community.porter.console.visitors.VisitorViews.CommunityOption;
import community.porter.console.visitors.VisitorViews.PassRow;
import community.porter.console.visitors.VisitorViews.PendingRow;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * The visitor desk of the console, within the user's scope: a request or pass is theirs when its
 * room's unit is, a blacklist entry when its community is. Answers go through {@link VisitorDesk}
 * and blacklisting through {@link VisitorBlacklist}, the code behind {@code TY}, {@code JJ} and
 * {@code LH}, so the visitor is told and passes are revoked exactly as by SMS.
 */
@Service
public class VisitorConsole {

    static final int PAGE_SIZE = 50;
    private static final int MAX_REASON = 200;

    private final VisitorRequestRepository requests;
    private final VisitorPassRepository passes;
    private final BlacklistEntryRepository entries;
    private final OrgNodeRepository nodes;
    private final VisitorDesk desk;
    private final VisitorBlacklist blacklist;
    private final PhoneNumbers phoneNumbers;
    private final ConsoleAudit audit;
    private final Clock clock;
    private final String countryCode;

    VisitorConsole(VisitorRequestRepository requests, VisitorPassRepository passes, BlacklistEntryRepository entries,
            OrgNodeRepository nodes, VisitorDesk desk, VisitorBlacklist blacklist, PhoneNumbers phoneNumbers,
            ConsoleAudit audit, Clock clock, @Value("${porter.country-code:86}") String countryCode) {
        this.requests = requests;
        this.passes = passes;
        this.entries = entries;
        this.nodes = nodes;
        this.desk = desk;
        this.blacklist = blacklist;
        this.phoneNumbers = phoneNumbers;
        this.audit = audit;
        this.clock = clock;
        this.countryCode = countryCode;
    }

    /** Everything the page shows. */
    public record Overview(List<PendingRow> pending, Page<PassRow> passes, List<BlacklistRow> blacklist,
            List<CommunityOption> communities) {
    }

    /** The whole page: visitors' names and phones, so each look is audited once. */
    @Transactional
    public Overview overview(ConsoleActor actor, int passPage) {
        audit.read(actor, "VISITORS_VIEWED", "visitor_request", null, null);
        return new Overview(pending(actor),
                passes.findLiveInScope(actor.nodePath(), clock.instant(),
                        PageRequest.of(Math.max(0, passPage), PAGE_SIZE)).map(PassRow::of),
                entries.findInScope(actor.nodePath()).stream().map(BlacklistRow::of).toList(),
                communities(actor).stream().map(CommunityOption::of).toList());
    }

    /** The pending requests only: what the open page polls, audited by the page load already. */
    @Transactional(readOnly = true)
    public List<PendingRow> pending(ConsoleActor actor) {
        return requests.findOpenInScope(actor.nodePath(), clock.instant()).stream().map(PendingRow::of).toList();
    }

    /**
     * Approves request {@code id} as {@code TY} does: the pass is issued and the visitor gets it by SMS.
     *
     * @return {@link DeskOutcome#DONE}, or why not (answered already, expired)
     */
    @Transactional
    public DeskOutcome approve(ConsoleActor actor, long id) {
        VisitAnswered answered = desk.approve(request(actor, id));
        if (answered.outcome() == DeskOutcome.DONE) {
            audit.record(actor, "VISITOR_APPROVED", "visitor_request", id, "pass " + answered.pass().getId());
        }
        return answered.outcome();
    }

    /** Denies request {@code id} as {@code JJ} does: the visitor is told. */
    @Transactional
    public DeskOutcome deny(ConsoleActor actor, long id) {
        VisitAnswered answered = desk.deny(request(actor, id));
        if (answered.outcome() == DeskOutcome.DONE) {
            audit.record(actor, "VISITOR_DENIED", "visitor_request", id, null);
        }
        return answered.outcome();
    }

    /**
     * Revokes pass {@code id}: its code opens nothing from now on.
     *
     * @return false when it was not live any more (nothing changed)
     */
    @Transactional
    public boolean revokePass(ConsoleActor actor, long id) {
        VisitorPass pass = passes.findById(id).orElseThrow(OutOfScopeException::new);
        actor.require(pass.getRoom().getUnit());
        if (!pass.isLive(clock.instant())) {
            return false;
        }
        pass.revoke(clock.instant());
        audit.record(actor, "PASS_REVOKED", "visitor_pass", id, pass.getVisitorPhone());
        return true;
    }

    /**
     * Blacklists {@code form.phone} in {@code form.community}: the phone's live passes there are
     * revoked at once. Problems go to {@code errors} and nothing changes.
     *
     * @return the blacklisting, or {@code null} when {@code errors} has errors
     */
    @Transactional
    public VisitorBlacklist.Blacklisting blacklist(ConsoleActor actor, BlacklistForm form, Errors errors) {
        OrgNode community = form.getCommunity() == null ? null : nodes.findById(form.getCommunity())
                .filter(n -> n.getType() == OrgNodeType.COMMUNITY).orElseThrow(OutOfScopeException::new);
        if (community == null) {
            errors.rejectValue("community", "visitors.error.communityRequired");
        } else {
            actor.require(community);
        }
        String phone = null;
        if (form.getPhone() == null || form.getPhone().isBlank()) {
            errors.rejectValue("phone", "visitors.error.phoneRequired");
        } else {
            try {
                phone = phoneNumbers.normalise(form.getPhone(), countryCode);
            } catch (InvalidPhoneNumberException e) {
                errors.rejectValue("phone", "visitors.error.phoneInvalid");
            }
        }
        String reason = form.getReason() == null || form.getReason().isBlank() ? null : form.getReason().strip();
        if (reason != null && reason.length() > MAX_REASON) {
            errors.rejectValue("reason", "visitors.error.reasonTooLong", new Object[] {MAX_REASON}, null);
        }
        if (errors.hasErrors()) {
            return null;
        }
        VisitorBlacklist.Blacklisting done = blacklist.blacklist(community, phone, reason, actor.auditName());
        if (done.outcome() == DeskOutcome.ALREADY_BLACKLISTED) {
            errors.rejectValue("phone", "visitors.error.alreadyBlacklisted");
            return null;
        }
        audit.record(actor, "BLACKLIST_ADDED", "blacklist_entry",
                entries.findByCommunityIdAndPhone(community.getId(), phone).map(BlacklistEntry::getId).orElse(null),
                phone + " in " + community.getCode() + ", " + done.passesRevoked() + " passes revoked");
        return done;
    }

    /** Removes blacklist entry {@code id}: the phone may ask for passes in that community again. */
    @Transactional
    public String unblacklist(ConsoleActor actor, long id) {
        BlacklistEntry entry = entries.findById(id).orElseThrow(OutOfScopeException::new);
        actor.require(entry.getCommunity());
        blacklist.remove(entry);
        audit.record(actor, "BLACKLIST_REMOVED", "blacklist_entry", id,
                entry.getPhone() + " in " + entry.getCommunity().getCode());
        return entry.getPhone();
    }

    private VisitorRequest request(ConsoleActor actor, long id) {
        VisitorRequest request = requests.findById(id).orElseThrow(OutOfScopeException::new);
        actor.require(request.getRoom().getUnit());
        return request;
    }

    private List<OrgNode> communities(ConsoleActor actor) {
        return nodes.findAtOrUnder(actor.nodePath(), OrgNodeType.COMMUNITY);
    }
}

package community.porter.access.visitor;

import community.porter.access.org.OrgNode;
import community.porter.access.person.Sender;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code LH}: bars a visitor phone from every community the staff member may blacklist in. The
 * phone's live passes there are revoked and its pending requests withdrawn in the same
 * transaction, so no door accepts its code once the staff member has the confirmation.
 */
@Service
public class VisitorBlacklist {

    private final BlacklistEntryRepository entries;
    private final VisitorPassRepository passes;
    private final VisitorRequestRepository requests;
    private final VisitorAuthority authority;
    private final Clock clock;

    public VisitorBlacklist(BlacklistEntryRepository entries, VisitorPassRepository passes,
            VisitorRequestRepository requests, VisitorAuthority authority, Clock clock) {
        this.entries = entries;
        this.passes = passes;
        this.requests = requests;
        this.authority = authority;
        this.clock = clock;
    }

    /**
     * The result of blacklisting.
     *
     * @param outcome        {@link DeskOutcome#DONE}, {@link DeskOutcome#ALREADY_BLACKLISTED} or
     *                       {@link DeskOutcome#NOT_ALLOWED}
     * @param passesRevoked  live passes revoked
     */
    public record Blacklisting(DeskOutcome outcome, int passesRevoked) {
    }

    /** Blacklists {@code phone} (E.164) on behalf of {@code staff}, with an optional reason. */
    @Transactional
    public Blacklisting blacklist(Sender staff, String phone, String reason) {
        List<OrgNode> communities = authority.blacklistCommunities(staff);
        if (communities.isEmpty()) {
            return new Blacklisting(DeskOutcome.NOT_ALLOWED, 0);
        }
        Instant now = clock.instant();
        boolean added = false;
        int revoked = 0;
        for (OrgNode community : communities) {
            Blacklisting one = bar(community, phone, reason, "sms:" + staff.phone(), now);
            added |= one.outcome() == DeskOutcome.DONE;
            revoked += one.passesRevoked();
        }
        return new Blacklisting(added ? DeskOutcome.DONE : DeskOutcome.ALREADY_BLACKLISTED, revoked);
    }

    /**
     * The console's blacklisting: bars {@code phone} (E.164) from one {@code community}, with the
     * same effect as {@code LH} there.
     *
     * @param createdBy the actor as the audit log names them ({@code console:<username>})
     */
    @Transactional
    public Blacklisting blacklist(OrgNode community, String phone, String reason, String createdBy) {
        return bar(community, phone, reason, createdBy, clock.instant());
    }

    /** Lifts a bar: the phone may ask for passes again; what was revoked stays revoked. */
    @Transactional
    public void remove(BlacklistEntry entry) {
        entries.delete(entry);
    }

    private Blacklisting bar(OrgNode community, String phone, String reason, String createdBy, Instant now) {
        boolean added = false;
        if (!entries.existsByCommunityIdAndPhone(community.getId(), phone)) {
            entries.save(new BlacklistEntry(community, phone, reason, createdBy, now));
            added = true;
        }
        int revoked = 0;
        for (VisitorPass pass : passes.findByCommunityIdAndVisitorPhoneAndState(community.getId(), phone,
                PassState.ACTIVE)) {
            revoked += pass.isLive(now) ? 1 : 0;
            pass.revoke(now);
        }
        requests.findByCommunityIdAndVisitorPhoneAndState(community.getId(), phone, RequestState.PENDING)
                .forEach(r -> r.revoke(null, now));
        return new Blacklisting(added ? DeskOutcome.DONE : DeskOutcome.ALREADY_BLACKLISTED, revoked);
    }
}

package community.porter.access.visitor;

import community.porter.access.org.Room;
import community.porter.access.person.Person;
import java.time.Instant;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Issues visitor passes: a 6-digit code unique among the live passes of the community and a
 * validity from the {@link PassValidityPolicy}, counting the phone's recent passes in the
 * community before this one.
 */
@Component
public class PassIssuer {

    /** Pass codes are 6 digits (SPEC §2). */
    public static final int PASS_CODE_DIGITS = 6;

    private final VisitorPassRepository passes;
    private final PassValidityPolicy policy;
    private final VisitorCodes codes;
    private final ApplicationEventPublisher events;

    public PassIssuer(VisitorPassRepository passes, PassValidityPolicy policy, VisitorCodes codes,
            ApplicationEventPublisher events) {
        this.passes = passes;
        this.policy = policy;
        this.codes = codes;
        this.events = events;
    }

    /**
     * Stores a new live pass.
     *
     * @param request the approved request, or {@code null} for an invitation
     * @param days    days an invitation asked for, if any
     */
    public VisitorPass issue(VisitorRequest request, String visitorPhone, VisitorType type, Room room,
            Optional<Integer> days, Person issuedBy, Instant now) {
        Long communityId = room.getCommunity().getId();
        long recent = passes.countByCommunityIdAndVisitorPhoneAndCreatedAtGreaterThanEqual(communityId,
                visitorPhone, policy.frequencySince(now));
        String code = codes.unique(PASS_CODE_DIGITS, c -> passes.isCodeLive(communityId, c, now));
        Instant validTo = policy.validTo(type, recent, days, now);
        VisitorPass pass = passes.save(new VisitorPass(request, visitorPhone, type, room, code, now, validTo, issuedBy, now));
        events.publishEvent(new PassIssued(pass));
        return pass;
    }

    /** Marks the active passes past their validity {@code EXPIRED}; they were no longer live anyway. */
    public void expireOverdue(Instant now) {
        passes.findByStateAndValidToLessThanEqual(PassState.ACTIVE, now).forEach(VisitorPass::expire);
    }
}

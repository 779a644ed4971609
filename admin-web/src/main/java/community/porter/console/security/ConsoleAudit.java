package community.porter.console.security;

import community.porter.access.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log as the console writes it: every action that changes data, and every look at
 * personal data (a person's details, a search by phone, a list of visitors), names the console
 * user and their node, so an administrator reads what the people under them did.
 *
 * <p>Called from the service that does the action, inside its transaction: the change and its
 * entry are committed together or not at all.
 */
@Service
public class ConsoleAudit {

    private final AuditTrail trail;

    ConsoleAudit(AuditTrail trail) {
        this.trail = trail;
    }

    /**
     * Records that {@code actor} did {@code action} (e.g. {@code PHONE_ADDED}) to the object
     * {@code targetType}/{@code targetId}; {@code detail} may be {@code null}.
     */
    @Transactional
    public void record(ConsoleActor actor, String action, String targetType, Object targetId, String detail) {
        trail.record(actor.auditName(), action, targetType, targetId == null ? null : targetId.toString(),
                detail, actor.nodePath());
    }

    /**
     * Records that {@code actor} read personal data: {@code what} says which, e.g.
     * {@code PERSON_VIEWED}, {@code PHONES_SEARCHED} with the search as detail.
     */
    @Transactional
    public void read(ConsoleActor actor, String what, String targetType, Object targetId, String detail) {
        record(actor, what, targetType, targetId, detail);
    }
}

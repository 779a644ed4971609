package community.porter.access.audit;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes audit log lines. Joins the caller's transaction, so an action and its audit line are
 * committed or rolled back together.
 */
@Service
public class AuditTrail {

    /** Longest detail kept; the column is this wide. */
    static final int MAX_DETAIL = 1000;

    private final AuditEntryRepository entries;
    private final Clock clock;

    public AuditTrail(AuditEntryRepository entries, ObjectProvider<Clock> clock) {
        this.entries = entries;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** Records that {@code actor} did {@code action} to a target; detail may be {@code null}. */
    @Transactional
    public AuditEntry record(String actor, String action, String targetType, String targetId,
            String detail) {
        return record(actor, action, targetType, targetId, detail, null);
    }

    /**
     * Records an action of an actor who belongs to the organisation node with path
     * {@code scopePath}, so the administrators at or above that node read it.
     */
    @Transactional
    public AuditEntry record(String actor, String action, String targetType, String targetId,
            String detail, String scopePath) {
        String kept = detail == null || detail.length() <= MAX_DETAIL
                ? detail : detail.substring(0, MAX_DETAIL);
        return entries.save(new AuditEntry(clock.instant(), actor, action, targetType, targetId,
                kept, scopePath));
    }
}

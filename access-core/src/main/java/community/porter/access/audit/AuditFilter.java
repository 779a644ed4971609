package community.porter.access.audit;

import java.time.Instant;

/**
 * What a search of the audit log asks for; every {@code null} component leaves its criterion out.
 *
 * @param actor the actor, or the start of it ({@code console:} for every console user)
 * @param action the action, e.g. {@code PHONE_ADDED}
 * @param target the target's id, or {@code type/id} (e.g. {@code card/D0001})
 * @param from the earliest time, inclusive
 * @param to the latest time, exclusive
 */
public record AuditFilter(String actor, String action, String target, Instant from, Instant to) {

    /** No criterion. */
    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null);
    }
}

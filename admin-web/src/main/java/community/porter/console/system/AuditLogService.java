package community.porter.console.system;

import community.porter.access.audit.AuditEntry;
import community.porter.access.audit.AuditFilter;
import community.porter.access.audit.AuditSearch;
import community.porter.console.security.ConsoleActor;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log as an administrator reads it: the entries written by console users at or under
 * their node; those at the root of the tree also read the entries of actors outside the tree
 * (SMS senders, API keys). Property staff do not read the audit log.
 */
@Service
class AuditLogService {

    /** Entries per page. */
    static final int PAGE = 50;

    private final AuditSearch search;

    AuditLogService(AuditSearch search) {
        this.search = search;
    }

    /** One page of entries and where the next starts ({@code null} on the last page). */
    record AuditPage(List<AuditEntry> entries, String nextToken) {
    }

    /**
     * A page of the entries matching {@code filter}, after the entry named by {@code after}
     * ({@code <epoch millis>-<id>}; the newest page when absent or unreadable).
     *
     * @throws AccessDeniedException when the actor is not an administrator
     */
    @Transactional(readOnly = true)
    public AuditPage find(ConsoleActor actor, AuditFilter filter, String after) {
        if (!actor.isAdministrator()) {
            throw new AccessDeniedException("the audit log is for administrators");
        }
        // A node without parent has a path of one id (/1/).
        boolean root = actor.nodePath().chars().filter(c -> c == '/').count() == 2;
        Optional<long[]> cursor = parse(after);
        List<AuditEntry> entries = search.find(filter, actor.nodePath(), root,
                cursor.map(c -> Instant.ofEpochMilli(c[0])).orElse(null), cursor.map(c -> c[1]).orElse(0L),
                PAGE + 1);
        if (entries.size() <= PAGE) {
            return new AuditPage(entries, null);
        }
        AuditEntry last = entries.get(PAGE - 1);
        return new AuditPage(List.copyOf(entries.subList(0, PAGE)), last.getAt().toEpochMilli() + "-" + last.getId());
    }

    private static Optional<long[]> parse(String token) {
        if (token == null) {
            return Optional.empty();
        }
        String[] fields = token.split("-");
        try {
            return fields.length == 2 ? Optional.of(new long[] {Long.parseLong(fields[0]), Long.parseLong(fields[1])})
                    : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}

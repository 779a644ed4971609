package community.porter.access.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Repository;

/**
 * The audit log as administrators read it: newest first, the entries written at or under one
 * node, narrowed by an {@link AuditFilter}, a page at a time. Pages follow the last entry shown
 * (time and id) rather than counting rows from the start, so a deep page costs what the first
 * does.
 */
@Repository
public class AuditSearch {

    private final EntityManager entities;

    AuditSearch(EntityManager entities) {
        this.entities = entities;
    }

    /**
     * Up to {@code limit} entries older than the entry {@code afterAt}/{@code afterId} (from the
     * newest when {@code afterAt} is {@code null}).
     *
     * @param scopePath entries whose {@code scope_path} starts with it are read
     * @param unscoped whether entries without scope (SMS and API actors) are read as well
     */
    public List<AuditEntry> find(AuditFilter filter, String scopePath, boolean unscoped, Instant afterAt,
            long afterId, int limit) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        where.add(unscoped ? "(a.scopePath like concat(:scopePath, '%') or a.scopePath is null)"
                : "a.scopePath like concat(:scopePath, '%')");
        parameters.put("scopePath", scopePath);
        if (filter.actor() != null && !filter.actor().isBlank()) {
            where.add("a.actor like :actor escape '!'");
            parameters.put("actor", literal(filter.actor().strip()) + "%");
        }
        if (filter.action() != null && !filter.action().isBlank()) {
            where.add("a.action = :action");
            parameters.put("action", filter.action().strip());
        }
        if (filter.target() != null && !filter.target().isBlank()) {
            String target = filter.target().strip();
            int slash = target.indexOf('/');
            if (slash > 0) {
                where.add("a.targetType = :targetType");
                parameters.put("targetType", target.substring(0, slash));
                target = target.substring(slash + 1);
            }
            where.add("a.targetId = :targetId");
            parameters.put("targetId", target);
        }
        if (filter.from() != null) {
            where.add("a.at >= :from");
            parameters.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.add("a.at < :to");
            parameters.put("to", filter.to());
        }
        if (afterAt != null) {
            where.add("(a.at < :afterAt or (a.at = :afterAt and a.id < :afterId))");
            parameters.put("afterAt", afterAt);
            parameters.put("afterId", afterId);
        }
        TypedQuery<AuditEntry> query = entities.createQuery("select a from AuditEntry a where "
                + String.join(" and ", where) + " order by a.at desc, a.id desc", AuditEntry.class);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList();
    }

    private static String literal(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}

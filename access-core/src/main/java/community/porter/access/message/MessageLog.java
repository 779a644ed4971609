package community.porter.access.message;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Repository;

/**
 * The message log as administrators search it: received and sent messages in one list, newest
 * first, narrowed by a {@link MessageFilter} and a {@link MessageScope}, a page at a time.
 *
 * <p>A page is read with keyset paging from the newest end of both tables (an index range on
 * the time and id, however deep the page) and the two are merged; each criterion is added to
 * the query only when given, so the database sees plain conditions it can use indexes for.
 */
@Repository
public class MessageLog {

    private static final Comparator<LoggedMessage> NEWEST_FIRST = Comparator.comparing(LoggedMessage::at)
            .thenComparing(LoggedMessage::direction).thenComparingLong(LoggedMessage::id).reversed();

    private final EntityManager entities;

    MessageLog(EntityManager entities) {
        this.entities = entities;
    }

    /**
     * Up to {@code limit} lines after {@code after} (the first page when {@code null}).
     */
    public List<LoggedMessage> find(MessageFilter filter, MessageScope scope, LogCursor after, int limit) {
        List<LoggedMessage> lines = new ArrayList<>();
        if (filter.includesInbound()) {
            lines.addAll(inbound(filter, scope, after, limit));
        }
        if (filter.includesOutbound()) {
            lines.addAll(outbound(filter, scope, after, limit));
        }
        lines.sort(NEWEST_FIRST);
        return lines.size() <= limit ? lines : List.copyOf(lines.subList(0, limit));
    }

    /** True when received message {@code id} exists and is in {@code scope}. */
    public boolean isInboundInScope(long id, MessageScope scope) {
        return !entities.createQuery("select i.id from InboxMessage i where i.id = :id and "
                        + scope.condition("i.sender"), Long.class)
                .setParameter("id", id).setParameter("scopePath", scope.path()).getResultList().isEmpty();
    }

    private List<LoggedMessage> inbound(MessageFilter filter, MessageScope scope, LogCursor after, int limit) {
        Conditions where = new Conditions();
        where.add(scope.condition("i.sender"), "scopePath", scope.path());
        where.addIf(filter.phone(), "i.sender = :phone", "phone");
        where.addIf(filter.inboundState(), "i.state = :state", "state");
        where.addIf(filter.command(), "c.command = :command", "command");
        where.addIf(filter.outcome(), "c.outcome = :outcome", "outcome");
        where.addIf(Conditions.containing(filter.text()), "lower(i.text) like :text escape '!'", "text");
        where.addIf(filter.from(), "i.receivedAt >= :from", "from");
        where.addIf(filter.to(), "i.receivedAt < :to", "to");
        if (after != null) {
            // Sent lines of the same millisecond come first: after one of them, every received line
            // of that millisecond is still to come.
            where.add("(i.receivedAt < :at or (i.receivedAt = :at and i.id < :afterId))", "at", after.at());
            where.parameters.put("afterId", after.direction() == MessageDirection.OUT ? Long.MAX_VALUE : after.id());
        }
        // A filter on the command needs the row; without one it is fetched for the list anyway.
        String join = filter.command() != null || filter.outcome() != null ? "join" : "left join";
        TypedQuery<Object[]> query = entities.createQuery("select i, c from InboxMessage i " + join
                + " CommandLogEntry c on c.inboxId = i.id" + where + " order by i.receivedAt desc, i.id desc",
                Object[].class);
        where.bind(query);
        return query.setMaxResults(limit).getResultList().stream()
                .map(row -> LoggedMessage.of((InboxMessage) row[0], (CommandLogEntry) row[1])).toList();
    }

    private List<LoggedMessage> outbound(MessageFilter filter, MessageScope scope, LogCursor after, int limit) {
        Conditions where = new Conditions();
        where.add(scope.condition("o.recipient"), "scopePath", scope.path());
        where.addIf(filter.phone(), "o.recipient = :phone", "phone");
        where.addIf(filter.outboundState(), "o.state = :state", "state");
        where.addIf(Conditions.containing(filter.text()), "lower(o.text) like :text escape '!'", "text");
        where.addIf(filter.from(), "o.createdAt >= :from", "from");
        where.addIf(filter.to(), "o.createdAt < :to", "to");
        if (after != null) {
            // After a received line, no sent line of the same millisecond remains.
            where.add("(o.createdAt < :at or (o.createdAt = :at and o.id < :afterId))", "at", after.at());
            where.parameters.put("afterId", after.direction() == MessageDirection.OUT ? after.id() : 0L);
        }
        TypedQuery<OutboxMessage> query = entities.createQuery("select o from OutboxMessage o" + where
                + " order by o.createdAt desc, o.id desc", OutboxMessage.class);
        where.bind(query);
        return query.setMaxResults(limit).getResultList().stream().map(LoggedMessage::of).toList();
    }

    /** The where clause of a query built from the criteria given, with its parameters. */
    static final class Conditions {

        private final List<String> conditions = new ArrayList<>();
        final Map<String, Object> parameters = new HashMap<>();

        void add(String condition, String parameter, Object value) {
            conditions.add(condition);
            parameters.put(parameter, value);
        }

        void addIf(Object value, String condition, String parameter) {
            if (value != null) {
                add(condition, parameter, value);
            }
        }

        void bind(TypedQuery<?> query) {
            parameters.forEach(query::setParameter);
        }

        /**
         * A like pattern for text containing {@code words} literally, in any case (the text side is
         * lowered too: H2 compares case by case, MariaDB's collation does not); {@code null} for none.
         */
        static String containing(String words) {
            if (words == null || words.isBlank()) {
                return null;
            }
            String literal = words.strip().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%")
                    .replace("_", "!_");
            return "%" + literal + "%";
        }

        @Override
        public String toString() {
            return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        }
    }
}

package community.porter.access.message;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Repository;

/**
 * The figures of a dashboard that refreshes every few seconds for every open console: each is one
 * query over an index range (the last hour, a state), never a scan of the log.
 */
@Repository
public class MessageFigures {

    private static final List<OutboxMessage.State> QUEUE = List.of(OutboxMessage.State.QUEUED,
            OutboxMessage.State.SENDING);
    private static final List<OutboxMessage.State> FAILED = List.of(OutboxMessage.State.FAILED,
            OutboxMessage.State.EXPIRED);

    private final EntityManager entities;

    MessageFigures(EntityManager entities) {
        this.entities = entities;
    }

    /**
     * Messages received in each of {@code minutes} (at least 2) minutes from {@code start}, oldest first.
     */
    public long[] receivedPerMinute(MessageScope scope, Instant start, int minutes) {
        return perMinute("InboxMessage i", "i.receivedAt", scope.condition("i.sender"), scope, start, minutes);
    }

    /**
     * Messages the transports accepted (sent) in each of {@code minutes} minutes from
     * {@code start}, oldest first.
     */
    public long[] sentPerMinute(MessageScope scope, Instant start, int minutes) {
        return perMinute("OutboxMessage o", "o.sentAt", scope.condition("o.recipient"), scope, start, minutes);
    }

    /** How many messages wait to be sent ({@code QUEUED}) and are being sent ({@code SENDING}), all phones. */
    public Map<OutboxMessage.State, Long> queueDepths() {
        Map<OutboxMessage.State, Long> depths = new EnumMap<>(OutboxMessage.State.class);
        QUEUE.forEach(state -> depths.put(state, 0L));
        entities.createQuery("select o.state, count(o) from OutboxMessage o where o.state in :states"
                        + " group by o.state", Object[].class)
                .setParameter("states", QUEUE).getResultList()
                .forEach(row -> depths.put((OutboxMessage.State) row[0], (Long) row[1]));
        return depths;
    }

    /** The latest {@code limit} sent messages in scope that failed or expired, newest first. */
    public List<OutboxMessage> recentFailures(MessageScope scope, int limit) {
        // One query per state: each walks its own end of the (state, created_at) index, where one
        // query for both states would sort every failure ever recorded.
        List<OutboxMessage> failures = new ArrayList<>();
        for (OutboxMessage.State state : FAILED) {
            failures.addAll(entities.createQuery("select o from OutboxMessage o where o.state = :state and "
                            + scope.condition("o.recipient") + " order by o.createdAt desc, o.id desc",
                            OutboxMessage.class)
                    .setParameter("state", state).setParameter("scopePath", scope.path())
                    .setMaxResults(limit).getResultList());
        }
        failures.sort(Comparator.comparing(OutboxMessage::getCreatedAt).thenComparing(OutboxMessage::getId)
                .reversed());
        return failures.size() <= limit ? failures : List.copyOf(failures.subList(0, limit));
    }

    /*
     * One row of cumulative counts (how many before the end of each minute) rather than a group by
     * minute: the bounds are bound as instants, so the database's time zone and its date functions
     * play no part.
     */
    private long[] perMinute(String from, String time, String inScope, MessageScope scope, Instant start,
            int minutes) {
        if (minutes < 2) {
            throw new IllegalArgumentException("at least two minutes, not " + minutes);
        }
        StringBuilder select = new StringBuilder("select count(*)");
        for (int m = 1; m < minutes; m++) {
            select.append(", sum(case when ").append(time).append(" < :end").append(m).append(" then 1 else 0 end)");
        }
        TypedQuery<Object[]> query = entities.createQuery(select + " from " + from + " where " + time
                + " >= :start and " + time + " < :end" + minutes + " and " + inScope, Object[].class);
        for (int m = 1; m <= minutes; m++) {
            query.setParameter("end" + m, start.plus(Duration.ofMinutes(m)));
        }
        query.setParameter("start", start).setParameter("scopePath", scope.path());
        Object[] row = query.getSingleResult();
        long[] counts = new long[minutes];
        long before = 0;
        for (int m = 1; m <= minutes; m++) {
            // count(*) (the whole range) comes first; minute m ends at the m-th bound.
            long upTo = m == minutes ? number(row[0]) : number(row[m]);
            counts[m - 1] = upTo - before;
            before = upTo;
        }
        return counts;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}

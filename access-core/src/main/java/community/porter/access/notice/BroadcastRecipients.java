package community.porter.access.notice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The recipient rows of broadcasts, through plain JDBC: a broadcast writes tens of thousands of
 * them at once, and identity ids would make Hibernate insert them one statement at a time, so
 * they are written in JDBC batches (with {@code rewriteBatchedStatements} on MySQL/MariaDB, one
 * multi-row insert per batch).
 */
@Repository
public class BroadcastRecipients {

    /** What a recipient row itself says (see {@link RecipientStatus} for what is shown). */
    enum Stored {
        WAITING, RELEASED, OPTED_OUT, EXPIRED, CANCELLED
    }

    /** A recipient waiting for release. */
    record Waiting(long id, String phone) {
    }

    /**
     * One recipient as shown.
     *
     * @param outboxId its outbox message once released, else {@code null}
     */
    public record Recipient(String phone, RecipientStatus status, Long outboxId) {
    }

    /**
     * One recipient as the console's table shows it.
     *
     * @param sentAt      when its message was accepted by the SMSC or modem, else {@code null}
     * @param deliveredAt when the handset got it, as the delivery receipt says, else {@code null}
     */
    public record Sent(String phone, RecipientStatus status, Instant sentAt, Instant deliveredAt) {
    }

    private static final int BATCH = 1000;

    /**
     * The shown status, from the row and its outbox message. Literals only: a schema generated
     * from the entities may give the outbox state an enum type no other value fits.
     */
    private static final String SHOWN = """
            select r.id, r.phone, r.outbox_id, o.sent_at, o.delivered_at,
                   case when r.status = 'WAITING' then 'QUEUED'
                        when r.status <> 'RELEASED' then r.status
                        when o.state = 'SENT' then 'SENT'
                        when o.state = 'DELIVERED' then 'DELIVERED'
                        when o.state = 'FAILED' then 'FAILED'
                        when o.state = 'EXPIRED' then 'EXPIRED'
                        else 'QUEUED' end as shown
              from broadcast_recipient r left join outbox_message o on o.id = r.outbox_id
             where r.broadcast_id = ?""";

    private final JdbcTemplate jdbc;

    public BroadcastRecipients(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores {@code phones} as recipients of {@code broadcastId} with {@code status}, in batches. */
    void insert(long broadcastId, List<String> phones, Stored status) {
        for (int from = 0; from < phones.size(); from += BATCH) {
            List<Object[]> rows = new ArrayList<>(BATCH);
            for (String phone : phones.subList(from, Math.min(phones.size(), from + BATCH))) {
                rows.add(new Object[] {broadcastId, phone, status.name()});
            }
            jdbc.batchUpdate("insert into broadcast_recipient (broadcast_id, phone, status) values (?, ?, ?)", rows);
        }
    }

    /** Whether {@code broadcastId} has recipient rows already: its expansion happened. */
    boolean exist(long broadcastId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select count(*) > 0 from broadcast_recipient where broadcast_id = ?", Boolean.class, broadcastId));
    }

    /** The next {@code limit} recipients waiting for release, in the order they were stored. */
    List<Waiting> nextWaiting(long broadcastId, int limit) {
        return jdbc.query("select id, phone from broadcast_recipient where broadcast_id = ? and status = 'WAITING'"
                + " order by id limit ?", (rs, i) -> new Waiting(rs.getLong(1), rs.getString(2)), broadcastId, limit);
    }

    /**
     * Marks each {@code released[i]} as handed to outbox message {@code outboxIds[i]}; in the
     * transaction that stored those messages, so the two commit or vanish together.
     *
     * @throws IllegalStateException when a recipient was no longer waiting (released or cancelled
     *                               meanwhile): the caller's transaction must roll back
     */
    void link(List<Waiting> released, List<Long> outboxIds) {
        List<Object[]> rows = new ArrayList<>(released.size());
        for (int i = 0; i < released.size(); i++) {
            rows.add(new Object[] {outboxIds.get(i), released.get(i).id()});
        }
        int[] counts = jdbc.batchUpdate("update broadcast_recipient set status = 'RELEASED', outbox_id = ?"
                + " where id = ? and status = 'WAITING'", rows);
        for (int count : counts) {
            // SUCCESS_NO_INFO (-2) is a driver's way of saying the batch ran without counting rows.
            if (count == 0) {
                throw new IllegalStateException("a broadcast recipient was released or cancelled meanwhile");
            }
        }
    }

    /** Turns every recipient of {@code broadcastId} still waiting into {@code status}; how many. */
    int settleWaiting(long broadcastId, Stored status) {
        return jdbc.update("update broadcast_recipient set status = ? where broadcast_id = ? and status = 'WAITING'",
                status.name(), broadcastId);
    }

    /** How many released recipients of {@code broadcastId} are still in the outbox, not sent yet. */
    int inOutbox(long broadcastId) {
        Integer n = jdbc.queryForObject("""
                select count(*) from broadcast_recipient r join outbox_message o on o.id = r.outbox_id
                 where r.broadcast_id = ? and r.status = 'RELEASED' and o.state in ('QUEUED', 'SENDING')""",
                Integer.class, broadcastId);
        return n == null ? 0 : n;
    }

    /** How many recipients of {@code broadcastId} have {@code status} on their row. */
    int count(long broadcastId, Stored status) {
        Integer n = jdbc.queryForObject("select count(*) from broadcast_recipient where broadcast_id = ? and status = ?",
                Integer.class, broadcastId, status.name());
        return n == null ? 0 : n;
    }

    /** Recipients of {@code broadcastId} per shown status; every status is present. */
    public Map<RecipientStatus, Integer> counts(long broadcastId) {
        Map<RecipientStatus, Integer> counts = new EnumMap<>(RecipientStatus.class);
        for (RecipientStatus status : RecipientStatus.values()) {
            counts.put(status, 0);
        }
        jdbc.query("select shown, count(*) from (" + SHOWN + ") x group by shown",
                rs -> {
                    counts.merge(RecipientStatus.valueOf(rs.getString(1)), rs.getInt(2), Integer::sum);
                }, broadcastId);
        return counts;
    }

    /**
     * Up to {@code limit} recipients of {@code broadcastId} in the order they were stored, only
     * those with shown status {@code status} unless it is {@code null}.
     */
    public List<Recipient> list(long broadcastId, RecipientStatus status, int limit) {
        String where = status == null ? "" : " where shown = ?";
        Object[] args = status == null ? new Object[] {broadcastId, limit}
                : new Object[] {broadcastId, status.name(), limit};
        return jdbc.query("select phone, shown, outbox_id from (" + SHOWN + ") x" + where + " order by id limit ?",
                (rs, i) -> new Recipient(rs.getString(1), RecipientStatus.valueOf(rs.getString(2)),
                        rs.getObject(3) == null ? null : rs.getLong(3)), args);
    }

    /**
     * The recipients of {@code broadcastId} from {@code offset} on, at most {@code limit}, in the
     * order they were stored, only those with shown status {@code status} unless it is
     * {@code null}; with the times their messages were sent and delivered.
     */
    public List<Sent> page(long broadcastId, RecipientStatus status, int offset, int limit) {
        String where = status == null ? "" : " where shown = ?";
        Object[] args = status == null ? new Object[] {broadcastId, limit, offset}
                : new Object[] {broadcastId, status.name(), limit, offset};
        return jdbc.query("select phone, shown, sent_at, delivered_at from (" + SHOWN + ") x" + where
                + " order by id limit ? offset ?",
                (rs, i) -> new Sent(rs.getString(1), RecipientStatus.valueOf(rs.getString(2)), instant(rs, 3),
                        instant(rs, 4)), args);
    }

    /**
     * A time column as an instant. Instants are stored as UTC wall-clock TIMESTAMPs by the
     * migrations, while a schema generated from the entities keeps them with their offset; drivers
     * hand back either.
     */
    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Object at = rs.getObject(column);
        if (at instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (at instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        if (at instanceof LocalDateTime local) {
            return local.toInstant(ZoneOffset.UTC);
        }
        return at == null ? null : rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}

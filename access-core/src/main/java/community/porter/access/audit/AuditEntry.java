package community.porter.access.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One line of the audit log: who did what to which object, when. Written once, never changed.
 *
 * <p>{@code actor} names the channel and the person, e.g. {@code console:admin},
 * {@code sms:+8613900000001}, {@code api:kiosk}; {@code targetType}/{@code targetId} name the
 * object, e.g. {@code card}/{@code D0001}.
 */
@Entity
@Table(name = "audit_log")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant at;

    @Column(nullable = false, length = 100)
    private String actor;

    @Column(nullable = false, length = 64)
    private String action;

    @Column(name = "target_type", length = 32)
    private String targetType;

    @Column(name = "target_id", length = 64)
    private String targetId;

    @Column(length = 1000)
    private String detail;

    @Column(name = "scope_path", length = 255)
    private String scopePath;

    protected AuditEntry() {
    }

    public AuditEntry(Instant at, String actor, String action, String targetType,
            String targetId, String detail) {
        this.at = Objects.requireNonNull(at, "at");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.action = Objects.requireNonNull(action, "action");
        this.targetType = targetType;
        this.targetId = targetId;
        this.detail = detail;
    }

    /**
     * An entry written by an actor who belongs to a node of the organisation tree, so that it is
     * read by the administrators at or above {@code scopePath}.
     */
    public AuditEntry(Instant at, String actor, String action, String targetType,
            String targetId, String detail, String scopePath) {
        this(at, actor, action, targetType, targetId, detail);
        this.scopePath = scopePath;
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getTargetType() {
        return targetType;
    }

    public String getTargetId() {
        return targetId;
    }

    public String getDetail() {
        return detail;
    }

    /** The actor's node path when the entry was written; {@code null} outside the tree. */
    public String getScopePath() {
        return scopePath;
    }
}

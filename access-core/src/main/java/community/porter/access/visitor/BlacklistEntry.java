package community.porter.access.visitor;

import community.porter.access.org.OrgNode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A visitor phone barred from a community ({@code LH} or the console): it gets no new pass and
 * its live passes are revoked. {@code createdBy} is an actor string as in the audit log.
 */
@Entity
@Table(name = "blacklist_entry")
public class BlacklistEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "community_id", nullable = false)
    private OrgNode community;

    @Column(nullable = false, length = 16)
    private String phone;

    @Column(length = 200)
    private String reason;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected BlacklistEntry() {
    }

    public BlacklistEntry(OrgNode community, String phone, String reason, String createdBy,
            Instant createdAt) {
        this.community = Objects.requireNonNull(community, "community");
        this.phone = Objects.requireNonNull(phone, "phone");
        this.reason = reason;
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public Long getId() {
        return id;
    }

    public OrgNode getCommunity() {
        return community;
    }

    public String getPhone() {
        return phone;
    }

    public String getReason() {
        return reason;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}

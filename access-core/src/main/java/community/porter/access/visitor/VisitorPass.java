package community.porter.access.visitor;

import community.porter.access.org.OrgNode;
import community.porter.access.org.Room;
import community.porter.access.person.Person;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
 * A pass for a visitor phone to a room, from an approved request or a direct invitation
 * ({@code FK}). Its 6-digit code is unique among the live passes of the community (checked by
 * the issuing service, not the schema).
 */
@Entity
@Table(name = "visitor_pass")
public class VisitorPass {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The request it was issued for; {@code null} for a direct invitation. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "request_id")
    private VisitorRequest request;

    @Column(name = "visitor_phone", nullable = false, length = 16)
    private String visitorPhone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private VisitorType type;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "room_id", nullable = false)
    private Room room;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "community_id", nullable = false)
    private OrgNode community;

    @Column(name = "pass_code", nullable = false, length = 8)
    private String passCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PassState state;

    @Column(name = "valid_from", nullable = false)
    private Instant validFrom;

    @Column(name = "valid_to", nullable = false)
    private Instant validTo;

    /** The resident or staff member who approved or invited. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "issued_by_id")
    private Person issuedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected VisitorPass() {
    }

    public VisitorPass(VisitorRequest request, String visitorPhone, VisitorType type, Room room,
            String passCode, Instant validFrom, Instant validTo, Person issuedBy,
            Instant createdAt) {
        if (!validTo.isAfter(validFrom)) {
            throw new IllegalArgumentException("a pass must end after it starts");
        }
        this.request = request;
        this.visitorPhone = Objects.requireNonNull(visitorPhone, "visitorPhone");
        this.type = Objects.requireNonNull(type, "type");
        this.room = Objects.requireNonNull(room, "room");
        this.community = room.getCommunity();
        this.passCode = Objects.requireNonNull(passCode, "passCode");
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.issuedBy = issuedBy;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.state = PassState.ACTIVE;
    }

    /** Active and within its validity at {@code now}. */
    public boolean isLive(Instant now) {
        return state == PassState.ACTIVE && !now.isBefore(validFrom) && now.isBefore(validTo);
    }

    public void revoke(Instant now) {
        if (state == PassState.ACTIVE) {
            state = PassState.REVOKED;
            revokedAt = Objects.requireNonNull(now, "now");
        }
    }

    public void expire() {
        if (state == PassState.ACTIVE) {
            state = PassState.EXPIRED;
        }
    }

    public Long getId() {
        return id;
    }

    public VisitorRequest getRequest() {
        return request;
    }

    public String getVisitorPhone() {
        return visitorPhone;
    }

    public VisitorType getType() {
        return type;
    }

    public Room getRoom() {
        return room;
    }

    public OrgNode getCommunity() {
        return community;
    }

    public String getPassCode() {
        return passCode;
    }

    public PassState getState() {
        return state;
    }

    public Instant getValidFrom() {
        return validFrom;
    }

    public Instant getValidTo() {
        return validTo;
    }

    public Person getIssuedBy() {
        return issuedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}

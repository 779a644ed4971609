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
 * A visitor's request to visit a room ({@code SQ}), waiting for a resident or staff member to
 * approve ({@code TY}) or deny ({@code JJ}) it by its approval code before it expires.
 */
@Entity
@Table(name = "visitor_request")
public class VisitorRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "visitor_phone", nullable = false, length = 16)
    private String visitorPhone;

    @Column(name = "visitor_name", nullable = false, length = 50)
    private String visitorName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private VisitorType type;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "room_id", nullable = false)
    private Room room;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "community_id", nullable = false)
    private OrgNode community;

    @Column(name = "approval_code", nullable = false, length = 8)
    private String approvalCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RequestState state;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "decided_by_id")
    private Person decidedBy;

    protected VisitorRequest() {
    }

    public VisitorRequest(String visitorPhone, String visitorName, VisitorType type, Room room,
            String approvalCode, Instant createdAt, Instant expiresAt) {
        this.visitorPhone = Objects.requireNonNull(visitorPhone, "visitorPhone");
        this.visitorName = Objects.requireNonNull(visitorName, "visitorName");
        this.type = Objects.requireNonNull(type, "type");
        this.room = Objects.requireNonNull(room, "room");
        this.community = room.getCommunity();
        this.approvalCode = Objects.requireNonNull(approvalCode, "approvalCode");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
        this.state = RequestState.PENDING;
    }

    /** Pending and not yet past its expiry. */
    public boolean isOpen(Instant now) {
        return state == RequestState.PENDING && now.isBefore(expiresAt);
    }

    public void approve(Person approver, Instant now) {
        decide(RequestState.APPROVED, approver, now);
    }

    public void deny(Person denier, Instant now) {
        decide(RequestState.DENIED, denier, now);
    }

    public void expire(Instant now) {
        decide(RequestState.EXPIRED, null, now);
    }

    /** Withdrawn by the system or staff (blacklisting); {@code by} may be {@code null}. */
    public void revoke(Person by, Instant now) {
        decide(RequestState.REVOKED, by, now);
    }

    private void decide(RequestState outcome, Person by, Instant now) {
        if (state != RequestState.PENDING) {
            throw new IllegalStateException("request " + id + " is already " + state);
        }
        state = outcome;
        decidedBy = by;
        decidedAt = Objects.requireNonNull(now, "now");
    }

    public Long getId() {
        return id;
    }

    public String getVisitorPhone() {
        return visitorPhone;
    }

    public String getVisitorName() {
        return visitorName;
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

    public String getApprovalCode() {
        return approvalCode;
    }

    public RequestState getState() {
        return state;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Person getDecidedBy() {
        return decidedBy;
    }
}

package community.porter.access.person;

import community.porter.access.org.Room;
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
 * A person's membership of a room, optionally limited in time (a tenancy); door rights end with
 * it. {@code validFrom} is inclusive, {@code validTo} exclusive; {@code null} means unbounded.
 */
@Entity
@Table(name = "room_membership")
public class RoomMembership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "room_id", nullable = false)
    private Room room;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MembershipRole role;

    @Column(name = "valid_from")
    private Instant validFrom;

    @Column(name = "valid_to")
    private Instant validTo;

    protected RoomMembership() {
    }

    public RoomMembership(Person person, Room room, MembershipRole role, Instant validFrom,
            Instant validTo) {
        this.person = Objects.requireNonNull(person, "person");
        this.room = Objects.requireNonNull(room, "room");
        this.role = Objects.requireNonNull(role, "role");
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    /** An open-ended membership. */
    public RoomMembership(Person person, Room room, MembershipRole role) {
        this(person, room, role, null, null);
    }

    public boolean isValidAt(Instant when) {
        return (validFrom == null || !when.isBefore(validFrom))
                && (validTo == null || when.isBefore(validTo));
    }

    /** Ends the membership (a tenant moves out); door rights end with it. */
    public void endAt(Instant end) {
        this.validTo = Objects.requireNonNull(end, "end");
    }

    public void changeRole(MembershipRole newRole) {
        this.role = Objects.requireNonNull(newRole, "newRole");
    }

    public Long getId() {
        return id;
    }

    public Person getPerson() {
        return person;
    }

    public Room getRoom() {
        return room;
    }

    public MembershipRole getRole() {
        return role;
    }

    public Instant getValidFrom() {
        return validFrom;
    }

    public Instant getValidTo() {
        return validTo;
    }
}

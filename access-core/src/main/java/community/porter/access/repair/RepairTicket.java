package community.porter.access.repair;

import community.porter.access.org.Room;
import community.porter.access.person.Phone;
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

/** A repair request for a room, reported by SMS from a resident's phone ({@code BX}). */
@Entity
@Table(name = "repair_ticket")
public class RepairTicket {

    /** Longest text kept; longer reports are cut by the caller. */
    public static final int MAX_TEXT = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 32)
    private String number;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "room_id", nullable = false)
    private Room room;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "phone_id", nullable = false)
    private Phone phone;

    @Column(nullable = false, length = MAX_TEXT)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RepairState state;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected RepairTicket() {
    }

    public RepairTicket(String number, Room room, Phone phone, String text, Instant createdAt) {
        this.number = Objects.requireNonNull(number, "number");
        this.room = Objects.requireNonNull(room, "room");
        this.phone = Objects.requireNonNull(phone, "phone");
        this.text = Objects.requireNonNull(text, "text");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.state = RepairState.OPEN;
    }

    public void startWork() {
        state = RepairState.IN_PROGRESS;
    }

    public void complete(Instant now) {
        close(RepairState.DONE, now);
    }

    public void cancel(Instant now) {
        close(RepairState.CANCELLED, now);
    }

    private void close(RepairState finalState, Instant now) {
        state = finalState;
        closedAt = Objects.requireNonNull(now, "now");
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public Room getRoom() {
        return room;
    }

    public Phone getPhone() {
        return phone;
    }

    public String getText() {
        return text;
    }

    public RepairState getState() {
        return state;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}

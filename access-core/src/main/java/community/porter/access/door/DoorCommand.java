package community.porter.access.door;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A command to a door controller (docs/door-protocol.md), stored before it is published so that
 * it commits with its cause and survives a crash. Its state changes only through conditional
 * updates in {@link DoorCommandRepository}, so concurrent answers (an ACK racing the timeout
 * sweep) settle it exactly once.
 */
@Entity
@Table(name = "door_command")
public class DoorCommand {

    /** What the controller is asked to do. */
    public enum Type {
        /** Open one door once. */
        OPEN,
        /** Refuse a card from now on. */
        BLOCK_CARD,
        /** Accept a card again. */
        UNBLOCK_CARD,
        /** Replace the controller's list of blocked cards. */
        SYNC
    }

    /** Where the command is; see docs/door-protocol.md. */
    public enum State {
        /** Stored, not yet published. */
        QUEUED,
        /** Published, no answer yet. */
        SENT,
        /** The controller carried it out. */
        ACKED,
        /** The controller refused it. */
        NACKED,
        /** Published, but no answer came by the deadline. */
        TIMED_OUT,
        /** The deadline passed before it could be published: never sent. */
        EXPIRED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Type type;

    @Column(name = "controller_id", nullable = false, length = 64)
    private String controllerId;

    @Column(name = "door_id")
    private Long doorId;

    @Column(length = 32)
    private String card;

    @Column(name = "idempotency_key", length = 64)
    private String idempotencyKey;

    @Column(name = "inbox_id")
    private Long inboxId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private State state;

    private Instant deadline;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "acked_at")
    private Instant ackedAt;

    @Column(length = 255)
    private String reason;

    protected DoorCommand() {
    }

    private DoorCommand(Type type, String controllerId, Long doorId, String card, Long inboxId, Instant deadline,
            Instant createdAt) {
        this.type = type;
        this.controllerId = Objects.requireNonNull(controllerId, "controllerId");
        this.doorId = doorId;
        this.card = card;
        this.inboxId = inboxId;
        this.idempotencyKey = inboxId == null ? null : inboxId.toString();
        this.deadline = deadline;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.state = State.QUEUED;
    }

    /** Opens {@code door} once for the SMS {@code inboxId}, if the controller can by {@code deadline}. */
    public static DoorCommand open(Door door, long inboxId, Instant deadline, Instant now) {
        return new DoorCommand(Type.OPEN, door.getControllerId(), door.getId(), null, inboxId,
                Objects.requireNonNull(deadline, "deadline"), now);
    }

    /** Blocks or unblocks {@code card} at one controller. */
    public static DoorCommand card(Type type, String controllerId, String card, Instant now) {
        if (type != Type.BLOCK_CARD && type != Type.UNBLOCK_CARD) {
            throw new IllegalArgumentException("not a card command: " + type);
        }
        return new DoorCommand(type, controllerId, null, Objects.requireNonNull(card, "card"), null, null, now);
    }

    /** Sends a controller its whole list again. */
    public static DoorCommand sync(String controllerId, Instant now) {
        return new DoorCommand(Type.SYNC, controllerId, null, null, null, null, now);
    }

    public Long getId() {
        return id;
    }

    public Type getType() {
        return type;
    }

    public String getControllerId() {
        return controllerId;
    }

    public Long getDoorId() {
        return doorId;
    }

    public String getCard() {
        return card;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public Long getInboxId() {
        return inboxId;
    }

    public State getState() {
        return state;
    }

    public Instant getDeadline() {
        return deadline;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getAckedAt() {
        return ackedAt;
    }

    public String getReason() {
        return reason;
    }

    @Override
    public String toString() {
        return "DoorCommand[" + id + " " + type + " " + controllerId + " " + state + "]";
    }
}

package community.porter.access.message;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An inbound SMS as Porter stored it, before acknowledging it to its transport. */
@Entity
@Table(name = "inbox_message")
public class InboxMessage {

    /** Where a stored message is in its life. */
    public enum State {
        /** Stored, its command not yet handled (the recovery sweep picks these up). */
        RECEIVED,
        /** Its command ran and its outcome is in the command log. */
        HANDLED,
        /** A re-delivered copy of a message already stored: recorded, never run. */
        DUPLICATE
    }

    /** What Porter knows about its acknowledgement to the transport. */
    public enum AckState {
        /** Stored; the acknowledgement is not yet known to be written. */
        PENDING,
        /** The acknowledgement was written. */
        ACKED,
        /** The acknowledgement may not have reached the peer, which may deliver a copy. */
        LOST,
        /** A re-delivered copy has been matched to this message; it cannot be matched again. */
        MATCHED
    }

    /** Longest text kept; longer messages are cut and marked incomplete. */
    public static final int MAX_TEXT = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String connector;
    private String sender;
    private String recipient;
    private String text;

    @Column(name = "transport_id")
    private String transportId;

    @Column(name = "smsc_timestamp")
    private Instant smscTimestamp;

    @Column(name = "received_at")
    private Instant receivedAt;

    private boolean incomplete;

    @Column(name = "dedup_key")
    private String dedupKey;

    @Enumerated(EnumType.STRING)
    private State state;

    @Enumerated(EnumType.STRING)
    @Column(name = "ack_state")
    private AckState ackState;

    @Column(name = "ack_lost_at")
    private Instant ackLostAt;

    @Column(name = "duplicate_of")
    private Long duplicateOf;

    @Column(name = "handled_at")
    private Instant handledAt;

    protected InboxMessage() {
    }

    public InboxMessage(String connector, String sender, String recipient, String text, String transportId,
            Instant smscTimestamp, Instant receivedAt, boolean incomplete, String dedupKey) {
        this.connector = connector;
        this.sender = sender;
        this.recipient = recipient;
        boolean tooLong = text.length() > MAX_TEXT;
        this.text = tooLong ? text.substring(0, MAX_TEXT) : text;
        this.incomplete = incomplete || tooLong;
        this.transportId = transportId;
        this.smscTimestamp = smscTimestamp;
        this.receivedAt = receivedAt;
        this.dedupKey = dedupKey;
        this.state = State.RECEIVED;
        this.ackState = AckState.PENDING;
    }

    /** Records this message as a copy of {@code originalId}: it keeps no identity of its own. */
    public void markDuplicateOf(long originalId) {
        this.state = State.DUPLICATE;
        this.duplicateOf = originalId;
        this.dedupKey = null;
    }

    public void markHandled(Instant at) {
        this.state = State.HANDLED;
        this.handledAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getConnector() {
        return connector;
    }

    public String getSender() {
        return sender;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getText() {
        return text;
    }

    public String getTransportId() {
        return transportId;
    }

    public Instant getSmscTimestamp() {
        return smscTimestamp;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public boolean isIncomplete() {
        return incomplete;
    }

    public String getDedupKey() {
        return dedupKey;
    }

    public State getState() {
        return state;
    }

    public AckState getAckState() {
        return ackState;
    }

    public Instant getAckLostAt() {
        return ackLostAt;
    }

    public Long getDuplicateOf() {
        return duplicateOf;
    }

    public Instant getHandledAt() {
        return handledAt;
    }
}

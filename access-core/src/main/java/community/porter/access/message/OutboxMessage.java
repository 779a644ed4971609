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

/** A message Porter sends: stored here before any transport sees it. */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

    /** Why the message exists; decides its lane. */
    public enum Kind {
        /** The answer to a command. */
        REPLY,
        /** A message to a third party caused by a command (approval request, pass code, alert). */
        NOTICE,
        /** One recipient's copy of a broadcast. */
        BROADCAST,
        /** Sent on behalf of another application (queue or REST). */
        API
    }

    /** Where the message is. */
    public enum State {
        /** Waiting to be sent. */
        QUEUED,
        /**
         * Claimed by a sender and handed to a transport. Should Porter stop in this state, the
         * transport may or may not have accepted it: it is queued again at start (at least once).
         */
        SENDING,
        SENT,
        DELIVERED,
        FAILED,
        EXPIRED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    /** Lower is sooner: door, lost-card and approval traffic overtakes broadcasts. */
    private int priority;

    private String recipient;
    private String sender;
    private String text;

    @Enumerated(EnumType.STRING)
    private State state;

    @Column(name = "inbox_id")
    private Long inboxId;

    @Column(name = "client_ref")
    private String clientRef;

    @Column(name = "valid_until")
    private Instant validUntil;

    private String connector;
    private int parts;
    private int attempts;

    @Column(name = "failure_reason")
    private String failureReason;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    protected OutboxMessage() {
    }

    public OutboxMessage(Kind kind, int priority, String recipient, String text, Long inboxId, String clientRef,
            Instant validUntil, Instant createdAt) {
        this.kind = kind;
        this.priority = priority;
        this.recipient = recipient;
        this.text = text;
        this.inboxId = inboxId;
        this.clientRef = clientRef;
        this.validUntil = validUntil;
        this.createdAt = createdAt;
        this.state = State.QUEUED;
    }

    /** Nothing was accepted; it waits for another try. */
    public void requeue() {
        this.state = State.QUEUED;
    }

    /** The transport accepted every part. */
    public void markSent(String connector, int parts, Instant at) {
        this.state = State.SENT;
        this.connector = connector;
        this.parts = parts;
        this.sentAt = at;
        this.attempts++;
    }

    /** The transport refused it for good, or its outcome is unknown and it must not be repeated. */
    public void markFailed(String reason) {
        this.state = State.FAILED;
        this.attempts++;
        this.failureReason = reason == null || reason.length() <= 255 ? reason : reason.substring(0, 255);
    }

    public void markExpired() {
        this.state = State.EXPIRED;
    }

    public void markDelivered(Instant at) {
        this.state = State.DELIVERED;
        this.deliveredAt = at;
    }

    /**
     * A delivery receipt said the message will not arrive: FAILED (a part was undeliverable,
     * rejected, deleted) or EXPIRED (the network's validity for a part ran out). Unlike
     * {@link #markFailed} this counts no sending attempt.
     */
    public void markUndelivered(State finalState, String reason) {
        if (finalState != State.FAILED && finalState != State.EXPIRED) {
            throw new IllegalArgumentException("not a final state of an undelivered message: " + finalState);
        }
        this.state = finalState;
        this.failureReason = reason == null || reason.length() <= 255 ? reason : reason.substring(0, 255);
    }

    public Long getId() {
        return id;
    }

    public Kind getKind() {
        return kind;
    }

    public int getPriority() {
        return priority;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSender() {
        return sender;
    }

    public String getText() {
        return text;
    }

    public State getState() {
        return state;
    }

    public Long getInboxId() {
        return inboxId;
    }

    public String getClientRef() {
        return clientRef;
    }

    public Instant getValidUntil() {
        return validUntil;
    }

    public String getConnector() {
        return connector;
    }

    public int getParts() {
        return parts;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getFailureReason() {
        return failureReason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getDeliveredAt() {
        return deliveredAt;
    }
}

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

/** One part of a sent message as the transport accepted it; delivery receipts land here. */
@Entity
@Table(name = "outbox_part")
public class OutboxPart {

    /**
     * What the network said about the part. SENT until a receipt with a final state arrives;
     * UNKNOWN is not final either (no longer written: an intermediate receipt leaves SENT).
     */
    public enum State { SENT, DELIVERED, FAILED, EXPIRED, UNKNOWN }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "message_id")
    private long messageId;

    @Column(name = "part_no")
    private int partNo;

    private String connector;

    @Column(name = "transport_id")
    private String transportId;

    @Enumerated(EnumType.STRING)
    private State state;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "receipt_at")
    private Instant receiptAt;

    @Column(name = "error_code")
    private String errorCode;

    @Column(name = "receipt_status")
    private String receiptStatus;

    protected OutboxPart() {
    }

    public OutboxPart(long messageId, int partNo, String connector, String transportId, Instant submittedAt) {
        this.messageId = messageId;
        this.partNo = partNo;
        this.connector = connector;
        this.transportId = transportId;
        this.submittedAt = submittedAt;
        this.state = State.SENT;
    }

    /**
     * Applies a receipt's final state. The first final state settles the part: a later receipt (a
     * repeated one, or one that was overtaken) changes nothing.
     *
     * @param status the network's word for the state, e.g. {@code UNDELIV}; may be {@code null}
     * @return whether the part took the state
     */
    public boolean settle(State state, String status, String errorCode, Instant at) {
        if (isSettled()) {
            return false;
        }
        this.state = state;
        this.receiptStatus = cut(status, 16);
        this.errorCode = cut(errorCode, 32);
        this.receiptAt = at;
        return true;
    }

    /** Notes an intermediate receipt (ENROUTE, ACCEPTD …) on a part that is not settled yet. */
    public void progress(String status, Instant at) {
        if (!isSettled()) {
            this.receiptStatus = cut(status, 16);
            this.receiptAt = at;
        }
    }

    /** @return whether a receipt gave the part its final state */
    public boolean isSettled() {
        return state != State.SENT && state != State.UNKNOWN;
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public long getMessageId() {
        return messageId;
    }

    public int getPartNo() {
        return partNo;
    }

    public String getConnector() {
        return connector;
    }

    public String getTransportId() {
        return transportId;
    }

    public State getState() {
        return state;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getReceiptAt() {
        return receiptAt;
    }

    public String getErrorCode() {
        return errorCode;
    }

    /** @return the network's word for the part's last receipt, or {@code null} before any */
    public String getReceiptStatus() {
        return receiptStatus;
    }
}

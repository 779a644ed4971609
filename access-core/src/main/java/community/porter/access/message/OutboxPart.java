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

    /** What the network said about the part. */
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

    /** Applies a receipt's final state. */
    public void receipt(State state, String errorCode, Instant at) {
        this.state = state;
        this.errorCode = errorCode;
        this.receiptAt = at;
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
}

package community.porter.access.message;

import community.porter.sms.DeliveryReceipt;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A delivery receipt that arrived before the part it reports on was recorded as sent, kept until
 * it is (see {@link EarlyReceipts}).
 */
@Entity
@Table(name = "early_receipt")
public class EarlyReceipt {

    /** The longest part id an outbox part can hold; a longer receipt id can never match. */
    static final int MAX_TRANSPORT_ID = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String connector;

    @Column(name = "transport_id")
    private String transportId;

    @Enumerated(EnumType.STRING)
    private DeliveryReceipt.State state;

    private String status;

    @Column(name = "error_code")
    private String errorCode;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(name = "received_at")
    private Instant receivedAt;

    protected EarlyReceipt() {
    }

    EarlyReceipt(DeliveryReceipt receipt, Instant receivedAt) {
        this.connector = receipt.connector();
        this.transportId = receipt.partId();
        this.state = receipt.state();
        this.status = cut(receipt.status(), 16);
        this.errorCode = cut(receipt.errorCode(), 32);
        this.doneAt = receipt.doneAt();
        this.receivedAt = receivedAt;
    }

    /** @return the receipt as it arrived (status and error code cut to their columns) */
    DeliveryReceipt toReceipt() {
        return new DeliveryReceipt(connector, transportId, state, errorCode, doneAt, status);
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public String getConnector() {
        return connector;
    }

    public String getTransportId() {
        return transportId;
    }

    public DeliveryReceipt.State getState() {
        return state;
    }

    public String getStatus() {
        return status;
    }

    public String getErrorCode() {
        return errorCode;
    }

    public Instant getDoneAt() {
        return doneAt;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }
}

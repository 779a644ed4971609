package community.porter.access.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An event for other applications, stored in the transaction of its cause and relayed to its
 * broker address afterwards. Its id is the {@code eventId} consumers de-duplicate by: a row the
 * relay sent but could not mark published (a crash) is sent again under the same id.
 */
@Entity
@Table(name = "integration_event")
public class IntegrationEvent {

    /** The longest body the table holds. */
    public static final int MAX_BODY = 12000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String address;
    private String type;

    @Column(name = "client_ref")
    private String clientRef;

    private String body;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    protected IntegrationEvent() {
    }

    public IntegrationEvent(String address, String type, String clientRef, String body, Instant createdAt) {
        this.address = address;
        this.type = type;
        this.clientRef = clientRef;
        this.body = body;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    /** The broker address it goes to, e.g. {@code porter.sms.status}. */
    public String getAddress() {
        return address;
    }

    /** What happened, e.g. {@code DELIVERED}, {@code DOOR_OPENED}; also in the body. */
    public String getType() {
        return type;
    }

    /** The sending application's reference of the message it is about, if any. */
    public String getClientRef() {
        return clientRef;
    }

    /** The JSON body, without its {@code eventId}, which is added when it is published. */
    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }
}

package community.porter.access.notice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/**
 * The mapping of a recipient row, so that Hibernate validates the table against the migration
 * (and a schema generated from the entities has it). The rows are written and read through
 * {@link BroadcastRecipients} in JDBC batches, never one entity at a time.
 */
@Entity
@Table(name = "broadcast_recipient",
        uniqueConstraints = @UniqueConstraint(name = "uk_broadcast_recipient", columnNames = {"broadcast_id", "phone"}))
class BroadcastRecipient {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "broadcast_id", nullable = false)
    private Long broadcastId;

    @Column(nullable = false, length = 16)
    private String phone;

    @Column(nullable = false, length = 16)
    private String status;

    @Column(name = "outbox_id")
    private Long outboxId;

    protected BroadcastRecipient() {
    }
}

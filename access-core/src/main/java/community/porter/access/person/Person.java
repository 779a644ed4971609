package community.porter.access.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A resident or staff member. Only the last four characters of an identity document are kept,
 * enough to check a caller who unblocks a card ({@code JG}); the PIN is kept as a hash.
 */
@Entity
@Table(name = "person")
public class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "id_last4", length = 4)
    private String idLast4;

    @Column(name = "pin_hash")
    private String pinHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Person() {
    }

    public Person(String name, String idLast4, Instant createdAt) {
        this.name = Objects.requireNonNull(name, "name");
        this.idLast4 = idLast4;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public void rename(String newName) {
        this.name = Objects.requireNonNull(newName, "newName");
    }

    public void recordIdLast4(String last4) {
        this.idLast4 = last4;
    }

    /** Sets the PIN hash (hashing is the caller's business); {@code null} removes the PIN. */
    public void changePinHash(String newPinHash) {
        this.pinHash = newPinHash;
    }

    public boolean hasPin() {
        return pinHash != null;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getIdLast4() {
        return idLast4;
    }

    public String getPinHash() {
        return pinHash;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public String toString() {
        return "Person[" + id + "]";
    }
}

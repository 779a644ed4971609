package community.porter.access.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A binding of a pending phone, started in the console: the owner confirms it by texting the
 * code ({@code BD <code>}) before it expires and within a limited number of tries. Only a hash
 * of the code is kept.
 */
@Entity
@Table(name = "phone_binding")
public class PhoneBinding {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "phone_id", nullable = false)
    private Phone phone;

    @Column(name = "code_hash", nullable = false)
    private String codeHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(nullable = false)
    private int tries;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    protected PhoneBinding() {
    }

    public PhoneBinding(Phone phone, String codeHash, Instant createdAt, Instant expiresAt) {
        this.phone = Objects.requireNonNull(phone, "phone");
        this.codeHash = Objects.requireNonNull(codeHash, "codeHash");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** True while a code may still be tried: not confirmed, not expired, tries left. */
    public boolean isOpen(Instant now, int maxTries) {
        return confirmedAt == null && now.isBefore(expiresAt) && tries < maxTries;
    }

    /** Counts one try, right or wrong. */
    public void recordTry() {
        tries++;
    }

    public void confirm(Instant now) {
        confirmedAt = Objects.requireNonNull(now, "now");
    }

    public Long getId() {
        return id;
    }

    public Phone getPhone() {
        return phone;
    }

    public String getCodeHash() {
        return codeHash;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public int getTries() {
        return tries;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }
}

package community.porter.access.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A registered phone number (E.164 with {@code +}) of a person. */
@Entity
@Table(name = "phone")
public class Phone {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 16)
    private String e164;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PhoneStatus status;

    /** Reply language chosen with {@code YY}; {@code null}: follow each message's language. */
    @Enumerated(EnumType.STRING)
    @Column(length = 2)
    private Language language;

    @Column(name = "opted_out_all", nullable = false)
    private boolean optedOutAll;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Phone() {
    }

    public Phone(Person person, String e164, PhoneStatus status, Instant createdAt) {
        this.person = Objects.requireNonNull(person, "person");
        this.e164 = Objects.requireNonNull(e164, "e164");
        this.status = Objects.requireNonNull(status, "status");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public boolean isActive() {
        return status == PhoneStatus.ACTIVE;
    }

    /** The binding was confirmed, or an administrator lifted a suspension. */
    public void activate() {
        status = PhoneStatus.ACTIVE;
    }

    public void suspend() {
        status = PhoneStatus.SUSPENDED;
    }

    /** Sets the reply language; {@code null} goes back to following each message. */
    public void chooseLanguage(Language newLanguage) {
        this.language = newLanguage;
    }

    /** {@code TD} without a channel: no notices until {@code DY} again. */
    public void optOutOfAll() {
        optedOutAll = true;
    }

    public void optBackIn() {
        optedOutAll = false;
    }

    public Long getId() {
        return id;
    }

    public String getE164() {
        return e164;
    }

    public Person getPerson() {
        return person;
    }

    public PhoneStatus getStatus() {
        return status;
    }

    public Language getLanguage() {
        return language;
    }

    public boolean isOptedOutAll() {
        return optedOutAll;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public String toString() {
        return "Phone[" + id + " " + status + "]";
    }
}

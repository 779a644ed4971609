package community.porter.access.door;

import community.porter.access.card.Card;
import community.porter.access.visitor.VisitorPass;
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
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;

/**
 * One attempt to open a door: with a card, a visitor pass or by SMS from a phone (any of them
 * may be missing), when, and with what result. Written once, never changed.
 */
@Entity
@Table(name = "access_record")
public class AccessRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "door_id", nullable = false)
    private Door door;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "card_id")
    private Card card;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "pass_id")
    private VisitorPass pass;

    /** E.164 of the phone that asked, registered or not. */
    @Column(length = 16)
    private String phone;

    @Column(name = "occurred_at", nullable = false)
    private Instant at;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AccessResult result;

    @Column(length = 255)
    private String detail;

    /**
     * Whether {@link AccessRecorded} went out: records are saved from several places, so the
     * repository announces them (Spring Data domain events), once, in the saving transaction.
     */
    @Transient
    private boolean announced;

    protected AccessRecord() {
        announced = true;
    }

    public AccessRecord(Door door, Card card, VisitorPass pass, String phone, Instant at,
            AccessResult result, String detail) {
        this.door = Objects.requireNonNull(door, "door");
        this.card = card;
        this.pass = pass;
        this.phone = phone;
        this.at = Objects.requireNonNull(at, "at");
        this.result = Objects.requireNonNull(result, "result");
        this.detail = detail;
    }

    public Long getId() {
        return id;
    }

    public Door getDoor() {
        return door;
    }

    public Card getCard() {
        return card;
    }

    public VisitorPass getPass() {
        return pass;
    }

    public String getPhone() {
        return phone;
    }

    public Instant getAt() {
        return at;
    }

    public AccessResult getResult() {
        return result;
    }

    public String getDetail() {
        return detail;
    }

    @DomainEvents
    List<AccessRecorded> domainEvents() {
        return announced ? List.of() : List.of(new AccessRecorded(this));
    }

    @AfterDomainEventPublication
    void eventsPublished() {
        announced = true;
    }
}

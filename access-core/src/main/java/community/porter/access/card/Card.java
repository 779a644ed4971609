package community.porter.access.card;

import community.porter.access.org.OrgNode;
import community.porter.access.person.Person;
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

/**
 * An access card of a person in a community. Its door rights follow the holder's rooms plus any
 * {@link community.porter.access.door.DoorGrant}s; only an {@link CardStatus#ACTIVE} card opens.
 */
@Entity
@Table(name = "card")
public class Card {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 32)
    private String number;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "holder_id", nullable = false)
    private Person holder;

    /** The community whose controllers know the card; bounds where a block must be sent. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "community_id", nullable = false)
    private OrgNode community;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CardStatus status;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "replaced_by_id")
    private Card replacedBy;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;

    protected Card() {
    }

    /** A newly issued, active card. */
    public Card(String number, Person holder, OrgNode community, Instant issuedAt) {
        this.number = Objects.requireNonNull(number, "number");
        this.holder = Objects.requireNonNull(holder, "holder");
        this.community = Objects.requireNonNull(community, "community");
        this.issuedAt = Objects.requireNonNull(issuedAt, "issuedAt");
        this.status = CardStatus.ACTIVE;
        this.statusChangedAt = issuedAt;
    }

    public boolean isActive() {
        return status == CardStatus.ACTIVE;
    }

    /** {@code GS}: the card is lost and must be blocked. */
    public void reportLost(Instant now) {
        requireStatus(CardStatus.ACTIVE, "report lost");
        changeStatus(CardStatus.LOST, now);
    }

    /** {@code JG}: a lost card was found again. */
    public void unblock(Instant now) {
        requireStatus(CardStatus.LOST, "unblock");
        changeStatus(CardStatus.ACTIVE, now);
    }

    public void markDamaged(Instant now) {
        requireNotCancelled("mark damaged");
        changeStatus(CardStatus.DAMAGED, now);
    }

    public void cancel(Instant now) {
        changeStatus(CardStatus.CANCELLED, now);
    }

    /** Replaces this card by {@code successor}: this one is cancelled for good. */
    public void replaceBy(Card successor, Instant now) {
        requireNotCancelled("replace");
        this.replacedBy = Objects.requireNonNull(successor, "successor");
        changeStatus(CardStatus.CANCELLED, now);
    }

    private void requireStatus(CardStatus expected, String action) {
        if (status != expected) {
            throw new IllegalStateException("cannot " + action + " card " + number + " in status "
                    + status);
        }
    }

    private void requireNotCancelled(String action) {
        if (status == CardStatus.CANCELLED) {
            throw new IllegalStateException("cannot " + action + " cancelled card " + number);
        }
    }

    private void changeStatus(CardStatus newStatus, Instant now) {
        status = newStatus;
        statusChangedAt = Objects.requireNonNull(now, "now");
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public Person getHolder() {
        return holder;
    }

    public OrgNode getCommunity() {
        return community;
    }

    public CardStatus getStatus() {
        return status;
    }

    public Card getReplacedBy() {
        return replacedBy;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public Instant getStatusChangedAt() {
        return statusChangedAt;
    }

    @Override
    public String toString() {
        return "Card[" + number + " " + status + "]";
    }
}

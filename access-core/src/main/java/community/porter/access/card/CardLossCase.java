package community.porter.access.card;

import community.porter.access.person.Phone;
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
 * A report that a card was lost ({@code GS}). Its case number is what the reporter is given
 * and what staff refer to; it is resolved when the card is unblocked or replaced.
 */
@Entity
@Table(name = "card_loss_case")
public class CardLossCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_number", nullable = false, unique = true, length = 32)
    private String caseNumber;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "card_id", nullable = false)
    private Card card;

    /** The phone that reported it; {@code null} when reported in the console. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "reported_by_phone_id")
    private Phone reportedBy;

    @Column(name = "reported_at", nullable = false)
    private Instant reportedAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    protected CardLossCase() {
    }

    public CardLossCase(String caseNumber, Card card, Phone reportedBy, Instant reportedAt) {
        this.caseNumber = Objects.requireNonNull(caseNumber, "caseNumber");
        this.card = Objects.requireNonNull(card, "card");
        this.reportedBy = reportedBy;
        this.reportedAt = Objects.requireNonNull(reportedAt, "reportedAt");
    }

    public boolean isOpen() {
        return resolvedAt == null;
    }

    public void resolve(Instant now) {
        resolvedAt = Objects.requireNonNull(now, "now");
    }

    public Long getId() {
        return id;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public Card getCard() {
        return card;
    }

    public Phone getReportedBy() {
        return reportedBy;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }
}

package community.porter.access.card;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The wrong secrets one phone sent for one card with {@code JG}, and the lock they led to. Kept
 * in the database, not in memory, so a restart or another node does not hand out fresh tries.
 */
@Entity
@Table(name = "card_unblock_tries")
public class UnblockTries {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 16)
    private String phone;

    @Column(name = "card_number", nullable = false, length = 32)
    private String cardNumber;

    @Column(nullable = false)
    private int failures;

    @Column(name = "window_started_at", nullable = false)
    private Instant windowStartedAt;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected UnblockTries() {
    }

    public UnblockTries(String phone, String cardNumber, Instant now) {
        this.phone = Objects.requireNonNull(phone, "phone");
        this.cardNumber = Objects.requireNonNull(cardNumber, "cardNumber");
        this.windowStartedAt = Objects.requireNonNull(now, "now");
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /**
     * Counts one wrong secret; the {@code max}-th within {@code window} locks until {@code now + lock}.
     *
     * @return the tries left before the lock; 0 when this one locked
     */
    public int countWrong(Instant now, int max, Duration window, Duration lock) {
        if (failures == 0 || !now.isBefore(windowStartedAt.plus(window))) {
            failures = 0;
            windowStartedAt = now;
        }
        failures++;
        if (failures >= max) {
            failures = 0;
            lockedUntil = now.plus(lock);
            return 0;
        }
        return max - failures;
    }

    public Long getId() {
        return id;
    }

    public String getPhone() {
        return phone;
    }

    public String getCardNumber() {
        return cardNumber;
    }

    public int getFailures() {
        return failures;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }
}

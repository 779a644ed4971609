package community.porter.access.message;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A phone Porter does not know that has written to it. Remembers when it was last sent the
 * visitor help, so an unknown phone gets it at most once a day and Porter cannot be used to
 * bombard a number with SMS (SPEC §3.3).
 */
@Entity
@Table(name = "unregistered_contact")
public class UnregisteredContact {

    @Id
    private String phone;

    @Column(name = "first_seen")
    private Instant firstSeen;

    @Column(name = "last_help_at")
    private Instant lastHelpAt;

    protected UnregisteredContact() {
    }

    public UnregisteredContact(String phone, Instant firstSeen) {
        this.phone = phone;
        this.firstSeen = firstSeen;
    }

    /**
     * Claims the right to send the visitor help now: true (and remembered) when none was sent
     * within {@code quietPeriod}.
     */
    public boolean claimHelp(Instant now, Duration quietPeriod) {
        if (lastHelpAt != null && lastHelpAt.plus(quietPeriod).isAfter(now)) {
            return false;
        }
        lastHelpAt = now;
        return true;
    }

    public String getPhone() {
        return phone;
    }

    public Instant getFirstSeen() {
        return firstSeen;
    }

    public Instant getLastHelpAt() {
        return lastHelpAt;
    }
}

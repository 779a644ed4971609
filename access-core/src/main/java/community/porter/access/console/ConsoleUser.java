package community.porter.access.console;

import community.porter.access.org.OrgNode;
import community.porter.access.person.Language;
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
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A user of the web console. Belongs to one node of the organisation tree and sees and changes
 * only data at or under it. Repeated failed logins lock the account for a while.
 */
@Entity
@Table(name = "console_user")
public class ConsoleUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    /** Loaded with the user: the console keeps the scope in the session, outside any query. */
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "node_id", nullable = false)
    private OrgNode node;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ConsoleRole role;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private Language language = Language.ZH;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ConsoleUser() {
    }

    public ConsoleUser(String username, String passwordHash, String displayName, OrgNode node,
            ConsoleRole role, Language language, Instant createdAt) {
        this.username = Objects.requireNonNull(username, "username");
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.displayName = Objects.requireNonNull(displayName, "displayName");
        this.node = Objects.requireNonNull(node, "node");
        this.role = Objects.requireNonNull(role, "role");
        this.language = Objects.requireNonNull(language, "language");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** True while a lock from failed logins lasts. */
    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /**
     * Counts a failed login; the {@code maxFailures}-th in a row locks the account for
     * {@code lockFor} and starts the count again.
     */
    public void recordFailedLogin(Instant now, int maxFailures, Duration lockFor) {
        failedLogins++;
        if (failedLogins >= maxFailures) {
            lockedUntil = now.plus(lockFor);
            failedLogins = 0;
        }
    }

    public void recordSuccessfulLogin() {
        failedLogins = 0;
        lockedUntil = null;
    }

    public void changePasswordHash(String newPasswordHash) {
        this.passwordHash = Objects.requireNonNull(newPasswordHash, "newPasswordHash");
    }

    /** Changes what the user is and where; the caller checks it may grant that scope. */
    public void assign(ConsoleRole newRole, OrgNode newNode) {
        this.role = Objects.requireNonNull(newRole, "newRole");
        this.node = Objects.requireNonNull(newNode, "newNode");
    }

    public void rename(String newDisplayName) {
        this.displayName = Objects.requireNonNull(newDisplayName, "newDisplayName");
    }

    public void chooseLanguage(Language newLanguage) {
        this.language = Objects.requireNonNull(newLanguage, "newLanguage");
    }

    public void enable() {
        enabled = true;
    }

    public void disable() {
        enabled = false;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    public OrgNode getNode() {
        return node;
    }

    public ConsoleRole getRole() {
        return role;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Language getLanguage() {
        return language;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public String toString() {
        return "ConsoleUser[" + id + " " + username + " " + role + "]";
    }
}

package community.porter.console.security;

import community.porter.access.console.ConsoleRole;
import community.porter.access.console.ConsoleUser;
import java.io.Serial;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A signed-in console user as the session keeps them: a copy of what access rules need (role and
 * node scope), never the JPA entity, which must not outlive its persistence context.
 */
public final class ConsoleUserPrincipal implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String username;
    private String passwordHash;
    private final String displayName;
    private final ConsoleRole role;
    private final long nodeId;
    private final String nodePath;
    private final Locale language;
    private final boolean enabled;
    private final boolean locked;

    private ConsoleUserPrincipal(ConsoleUser user, Instant now) {
        this.id = user.getId();
        this.username = user.getUsername();
        this.passwordHash = user.getPasswordHash();
        this.displayName = user.getDisplayName();
        this.role = user.getRole();
        this.nodeId = user.getNode().getId();
        this.nodePath = user.getNode().getPath();
        this.language = Locale.forLanguageTag(user.getLanguage().name().toLowerCase(Locale.ROOT));
        this.enabled = user.isEnabled();
        this.locked = user.isLockedAt(now);
    }

    /** The principal of {@code user}, locked if its lock-out lasts at {@code now}. */
    public static ConsoleUserPrincipal of(ConsoleUser user, Instant now) {
        return new ConsoleUserPrincipal(user, now);
    }

    /** What services need to know of the user to decide what they may see and change. */
    public ConsoleActor actor() {
        return new ConsoleActor(id, username, role, nodeId, nodePath);
    }

    /** The database id of the console user. */
    public long getId() {
        return id;
    }

    /** The name shown in the console's header. */
    public String getDisplayName() {
        return displayName;
    }

    /** What the user is; with {@link #getNodePath()} it decides what they may see and change. */
    public ConsoleRole getRole() {
        return role;
    }

    /** The id of the organisation node the user belongs to. */
    public long getNodeId() {
        return nodeId;
    }

    /** The path of the user's node: data whose node path starts with it is in scope. */
    public String getNodePath() {
        return nodePath;
    }

    /** The console language the user chose. */
    public Locale getLanguage() {
        return language;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** Spring Security calls this after login, so the hash never sits in the session. */
    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ConsoleUserPrincipal that && that.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return "ConsoleUserPrincipal[" + username + " " + role + " " + nodePath + "]";
    }
}

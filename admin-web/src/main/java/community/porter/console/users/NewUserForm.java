package community.porter.console.users;

import community.porter.access.console.ConsoleRole;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new console user as an administrator types it; the rules on role and node are the service's. */
public class NewUserForm {

    @NotBlank
    @Size(max = 64)
    @Pattern(regexp = "[A-Za-z0-9._@-]*")
    private String username;

    @NotBlank
    @Size(max = 100)
    private String displayName;

    @NotBlank
    @Size(max = 200)
    private String password;

    @NotNull
    private ConsoleRole role;

    @NotNull
    private Long node;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username == null ? null : username.strip();
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName == null ? null : displayName.strip();
    }

    public String getPassword() {
        return password;
    }

    /** Kept as typed: spaces may be part of a pass phrase. */
    public void setPassword(String password) {
        this.password = password;
    }

    public ConsoleRole getRole() {
        return role;
    }

    public void setRole(ConsoleRole role) {
        this.role = role;
    }

    public Long getNode() {
        return node;
    }

    public void setNode(Long node) {
        this.node = node;
    }
}

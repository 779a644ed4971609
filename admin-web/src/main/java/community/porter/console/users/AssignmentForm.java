package community.porter.console.users;

import community.porter.access.console.ConsoleRole;
import jakarta.validation.constraints.NotNull;

/** Another role and node for a console user. */
public class AssignmentForm {

    @NotNull
    private ConsoleRole role;

    @NotNull
    private Long node;

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

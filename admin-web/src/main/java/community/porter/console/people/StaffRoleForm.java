package community.porter.console.people;

import community.porter.access.person.Permission;
import jakarta.validation.constraints.NotNull;
import java.util.EnumSet;
import java.util.Set;

/** A new staff role: the node it covers, its permissions, and whether the person is on duty. */
public class StaffRoleForm {

    @NotNull
    private Long nodeId;

    private Set<Permission> permissions = EnumSet.noneOf(Permission.class);

    private boolean onDuty = true;

    public Long getNodeId() {
        return nodeId;
    }

    public void setNodeId(Long nodeId) {
        this.nodeId = nodeId;
    }

    public Set<Permission> getPermissions() {
        return permissions;
    }

    public void setPermissions(Set<Permission> permissions) {
        this.permissions = permissions == null ? EnumSet.noneOf(Permission.class) : permissions;
    }

    public boolean isOnDuty() {
        return onDuty;
    }

    public void setOnDuty(boolean onDuty) {
        this.onDuty = onDuty;
    }
}

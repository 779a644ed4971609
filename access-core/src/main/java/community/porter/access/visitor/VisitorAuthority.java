package community.porter.access.visitor;

import community.porter.access.org.OrgNode;
import community.porter.access.org.OrgNodeRepository;
import community.porter.access.org.OrgNodeType;
import community.porter.access.org.Room;
import community.porter.access.person.Permission;
import community.porter.access.person.Sender;
import community.porter.access.person.StaffRole;
import community.porter.access.person.StaffRoleRepository;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Who may act in the visitor flow. Each staff role is checked on its own, node and permission
 * together: a role with {@code VISITOR} over building 1 and another with {@code BLACKLIST} over
 * building 2 do not add up to {@code VISITOR} over building 2 (which {@link Sender#has} alone
 * would suggest).
 */
@Component
public class VisitorAuthority {

    private final StaffRoleRepository staffRoles;
    private final OrgNodeRepository nodes;

    public VisitorAuthority(StaffRoleRepository staffRoles, OrgNodeRepository nodes) {
        this.staffRoles = staffRoles;
        this.nodes = nodes;
    }

    /** A resident of {@code room} now, or staff with {@code VISITOR} over it: may approve, deny. */
    public boolean mayDecide(Sender sender, Room room) {
        return isResidentOf(sender, room) || staffOver(sender, Permission.VISITOR, room.getUnit());
    }

    /** True when the sender's membership of {@code room} is valid now. */
    public boolean isResidentOf(Sender sender, Room room) {
        return sender.isRegistered()
                && sender.memberships().stream().anyMatch(m -> room.getId().equals(m.roomId()));
    }

    /** True when one of the sender's staff roles grants {@code permission} at or over {@code node}. */
    public boolean staffOver(Sender sender, Permission permission, OrgNode node) {
        return rolesWith(sender, permission).stream().anyMatch(r -> node.isAtOrUnder(r.getNode()));
    }

    /** The communities a staff member may blacklist phones in: those at or under a BLACKLIST role. */
    public List<OrgNode> blacklistCommunities(Sender sender) {
        Map<Long, OrgNode> communities = new LinkedHashMap<>();
        for (StaffRole role : rolesWith(sender, Permission.BLACKLIST)) {
            OrgNode node = role.getNode();
            if (node.getType() == OrgNodeType.COMMUNITY) {
                communities.putIfAbsent(node.getId(), node);
            } else {
                nodes.findAtOrUnder(node.getPath(), OrgNodeType.COMMUNITY)
                        .forEach(c -> communities.putIfAbsent(c.getId(), c));
            }
        }
        return List.copyOf(communities.values());
    }

    private List<StaffRole> rolesWith(Sender sender, Permission permission) {
        if (!sender.isStaff() || !sender.staffPermissions().contains(permission)) {
            return List.of(); // no query for residents and visitors
        }
        return staffRoles.findByPersonId(sender.personId()).stream().filter(r -> r.has(permission)).toList();
    }
}

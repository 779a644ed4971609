package community.porter.console.people;

import community.porter.access.person.MembershipRole;
import community.porter.access.person.Permission;
import community.porter.access.person.PhoneStatus;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A person as the detail page shows them, copied out of the persistence context so the page
 * never touches a lazy association.
 *
 * @param id the person's id
 * @param name the name as typed
 * @param phones the registered phones
 * @param memberships every room membership, past, present and future
 * @param staffRoles the staff roles
 */
public record PersonDetail(long id, String name, List<PhoneLine> phones, List<MembershipLine> memberships,
        List<StaffRoleLine> staffRoles) {

    /** A registered phone and its status. */
    public record PhoneLine(long id, String e164, PhoneStatus status) {
    }

    /**
     * A room membership. {@code changeable} is false when the room lies outside the console
     * user's scope (the person also lives elsewhere): shown, but not theirs to change.
     */
    public record MembershipLine(long id, long roomId, String communityName, String roomCode, MembershipRole role,
            Instant validFrom, Instant validTo, MembershipState state, boolean changeable) {
    }

    /** A staff role at a node; {@code changeable} as for memberships. */
    public record StaffRoleLine(long id, long nodeId, String nodeName, String nodeType, Set<Permission> permissions,
            boolean onDuty, boolean changeable) {

        public boolean has(Permission permission) {
            return permissions.contains(permission);
        }
    }


    /** Where a membership stands today. */
    public enum MembershipState {
        /** Starts later. */
        FUTURE,
        /** Valid now: door rights follow it. */
        CURRENT,
        /** Over: no door rights any more. */
        ENDED;

        static MembershipState of(Instant validFrom, Instant validTo, Instant now) {
            if (validTo != null && !now.isBefore(validTo)) {
                return ENDED;
            }
            return validFrom != null && now.isBefore(validFrom) ? FUTURE : CURRENT;
        }
    }
}

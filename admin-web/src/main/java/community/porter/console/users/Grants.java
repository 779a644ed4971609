package community.porter.console.users;

import community.porter.access.console.ConsoleRole;
import community.porter.access.org.OrgNodeType;
import community.porter.console.security.ConsoleActor;

/**
 * Which role may be given where, and by whom. An administrator role belongs to its own level of
 * the tree (a committee administrator at a committee); staff work at a community or below. Nobody
 * grants a role above their own: {@link ConsoleRole} lists the roles from the top down.
 */
final class Grants {

    private Grants() {
    }

    /** True when {@code role} belongs at a node of {@code type}. */
    static boolean fits(ConsoleRole role, OrgNodeType type) {
        return switch (role) {
            case DISTRICT_ADMIN -> type == OrgNodeType.DISTRICT;
            case STREET_ADMIN -> type == OrgNodeType.STREET_OFFICE;
            case COMMITTEE_ADMIN -> type == OrgNodeType.COMMITTEE;
            case COMMUNITY_ADMIN -> type == OrgNodeType.COMMUNITY;
            case STAFF -> type.compareTo(OrgNodeType.COMMUNITY) >= 0;
        };
    }

    /** True when {@code actor} may give {@code role}: it is not above their own. */
    static boolean mayGrant(ConsoleActor actor, ConsoleRole role) {
        return role.compareTo(actor.role()) >= 0;
    }
}

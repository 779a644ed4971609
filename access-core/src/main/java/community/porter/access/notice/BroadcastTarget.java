package community.porter.access.notice;

import community.porter.access.person.MembershipRole;
import java.util.List;
import java.util.Set;

/**
 * Who a broadcast is for, resolved against a community but not yet expanded into phones.
 *
 * @param kind      what sort of target it is
 * @param label     what it is called in replies and on the console: the channel or scope as typed,
 *                  {@code OWNER,TENANT@3-1} for roles, {@code 120 phones} for a list
 * @param scopePath path of the node whose staff may broadcast to it (community, building, unit)
 * @param channel   the channel code of a {@code CHANNEL} target, else {@code null}
 * @param emergency a channel that reaches every phone whatever it opted out of ({@code AQ}); such
 *                  a broadcast is also urgent
 * @param scope     the scope as typed ({@code ALL}, {@code 3}, {@code 3-1}, {@code 3-1-201}) of a
 *                  {@code SCOPE} or {@code ROLE} target, else {@code null}
 * @param roleScope for a room scope, the room's id; {@code null} for a node scope
 * @param roles     the membership roles of a {@code ROLE} target
 * @param staff     whether a {@code ROLE} target includes the staff at or under its scope
 * @param phones    the E.164 numbers of a {@code LIST} target, without duplicates
 */
public record BroadcastTarget(Kind kind, String label, String scopePath, String channel, boolean emergency,
        String scope, Long roleScope, Set<MembershipRole> roles, boolean staff, List<String> phones) {

    /** The word a {@code ROLE} target uses for staff, beside the membership roles. */
    public static final String STAFF = "STAFF";

    /** The sorts of target. */
    public enum Kind {
        /** The phones that get a notice channel ({@link NoticeAudience}). */
        CHANNEL,
        /** The residents of the community, a building, a unit or a room. */
        SCOPE,
        /** Residents of some membership roles, and/or staff, within a scope. */
        ROLE,
        /** An uploaded list of phones. */
        LIST
    }

    public BroadcastTarget {
        roles = Set.copyOf(roles);
        phones = List.copyOf(phones);
    }

    static BroadcastTarget channel(String code, String communityPath, boolean emergency) {
        return new BroadcastTarget(Kind.CHANNEL, code, communityPath, code, emergency, null, null, Set.of(), false,
                List.of());
    }

    static BroadcastTarget scope(String typed, String scopePath, Long roomId) {
        return new BroadcastTarget(Kind.SCOPE, typed, scopePath, null, false, typed, roomId, Set.of(), false,
                List.of());
    }

    static BroadcastTarget list(String communityPath, List<String> phones) {
        return new BroadcastTarget(Kind.LIST, phones.size() + " phones", communityPath, null, false, null, null,
                Set.of(), false, phones);
    }

    /** The same scope, narrowed to some roles. */
    public BroadcastTarget withRoles(Set<MembershipRole> memberRoles, boolean withStaff) {
        StringBuilder words = new StringBuilder();
        memberRoles.stream().map(Enum::name).sorted().forEach(r -> words.append(words.isEmpty() ? "" : ",").append(r));
        if (withStaff) {
            words.append(words.isEmpty() ? "" : ",").append(STAFF);
        }
        return new BroadcastTarget(Kind.ROLE, words + "@" + scope, scopePath, null, false, scope, roleScope,
                memberRoles, withStaff, List.of());
    }
}

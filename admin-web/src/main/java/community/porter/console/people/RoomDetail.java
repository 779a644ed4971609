package community.porter.console.people;

import community.porter.access.person.MembershipRole;
import java.time.Instant;
import java.util.List;

/**
 * A room and everyone who is, was or will be its member.
 *
 * @param id the room's id
 * @param code the room code, e.g. {@code 1-1-101}
 * @param communityName its community
 * @param unitName its unit
 * @param members the memberships, current ones marked by their state
 */
public record RoomDetail(long id, String code, String communityName, String unitName, List<Member> members) {

    /** One membership of the room. */
    public record Member(long personId, String name, MembershipRole role, Instant validFrom, Instant validTo,
            PersonDetail.MembershipState state) {
    }
}

package community.porter.console.phones;

import community.porter.access.person.MembershipRole;
import community.porter.access.person.PhoneStatus;
import community.porter.access.person.RoomMembership;
import java.time.Instant;
import java.util.List;

/** What the phones pages show, read inside the service's transaction (the views hold no entities). */
final class PhoneViews {

    private PhoneViews() {
    }

    /** One membership of the phone's owner: room code, community, role and validity. */
    record Membership(String room, String community, MembershipRole role, Instant validFrom, Instant validTo) {

        static Membership of(RoomMembership m) {
            return new Membership(m.getRoom().getCode(), m.getRoom().getCommunity().getName(), m.getRole(),
                    m.getValidFrom(), m.getValidTo());
        }
    }

    /** A line of the phones list. */
    record Row(long id, String e164, String name, PhoneStatus status, Instant createdAt, List<Membership> rooms) {
    }

    /** The detail page of one phone; {@code binding} also drives the self-refreshing status part. */
    record Details(long id, String e164, String name, PhoneStatus status, Instant createdAt,
            List<Membership> memberships, BindingState binding) {

        public boolean pending() {
            return status == PhoneStatus.PENDING;
        }
    }
}

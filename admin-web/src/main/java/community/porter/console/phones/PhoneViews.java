package community.porter.console.phones;

import community.porter.access.person.MembershipRole;
import community.porter.access.person.PhoneStatus;
import community.porter.access.person.RoomMembership;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** What the phones pages show, read inside the service's transaction (the views hold no entities). */
final class PhoneViews {

    private PhoneViews() {
    }

    /**
     * One membership of the phone's owner: room code, community, role, and its first and last day
     * in the installation's zone (the stored end is exclusive, people read the last day).
     */
    record Membership(String room, String community, MembershipRole role, LocalDate firstDay, LocalDate lastDay) {

        static Membership of(RoomMembership m, ZoneId zone) {
            LocalDate first = m.getValidFrom() == null ? null : m.getValidFrom().atZone(zone).toLocalDate();
            LocalDate last = m.getValidTo() == null ? null : m.getValidTo().minusNanos(1).atZone(zone).toLocalDate();
            return new Membership(m.getRoom().getCode(), m.getRoom().getCommunity().getName(), m.getRole(), first,
                    last);
        }
    }

    /** A line of the phones list. */
    record Row(long id, String e164, String name, PhoneStatus status, Instant createdAt, LocalDate createdOn,
            List<Membership> rooms) {
    }

    /** The detail page of one phone; {@code binding} also drives the self-refreshing status part. */
    record Details(long id, String e164, String name, PhoneStatus status, Instant createdAt, LocalDate createdOn,
            List<Membership> memberships, BindingState binding) {

        public boolean pending() {
            return status == PhoneStatus.PENDING;
        }
    }
}

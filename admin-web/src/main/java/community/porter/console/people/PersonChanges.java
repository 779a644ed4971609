package community.porter.console.people;

import community.porter.access.org.OrgNode;
import community.porter.access.org.OrgNodeRepository;
import community.porter.access.org.Room;
import community.porter.access.org.RoomRepository;
import community.porter.access.person.MembershipRole;
import community.porter.access.person.Permission;
import community.porter.access.person.Person;
import community.porter.access.person.PersonRepository;
import community.porter.access.person.RoomMembership;
import community.porter.access.person.RoomMembershipRepository;
import community.porter.access.person.StaffRole;
import community.porter.access.person.StaffRoleRepository;
import community.porter.console.security.ConsoleActor;
import community.porter.console.security.ConsoleAudit;
import community.porter.console.security.OutOfScopeException;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to people, their room memberships and staff roles. Each checks every id it is handed
 * against the console user's scope before it changes anything (a crafted request with another
 * committee's id fails as if the id did not exist) and is audited in the same transaction.
 *
 * <p>Door rights need no push here: an SMS {@code KM} reads the memberships valid at the moment
 * it is handled, and door controllers hold only the list of blocked cards, which follows card
 * status, not memberships.
 */
@Service
class PersonChanges {

    private final PersonRepository people;
    private final RoomMembershipRepository memberships;
    private final StaffRoleRepository staffRoles;
    private final RoomRepository rooms;
    private final OrgNodeRepository nodes;
    private final ConsoleAudit audit;
    private final Clock clock;

    PersonChanges(PersonRepository people, RoomMembershipRepository memberships, StaffRoleRepository staffRoles,
            RoomRepository rooms, OrgNodeRepository nodes, ConsoleAudit audit, Clock clock) {
        this.people = people;
        this.memberships = memberships;
        this.staffRoles = staffRoles;
        this.rooms = rooms;
        this.nodes = nodes;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    void rename(ConsoleActor actor, long personId, String newName) {
        Person person = requirePerson(actor, personId);
        person.rename(newName);
        audit.record(actor, "PERSON_RENAMED", "person", personId, newName);
    }

    /**
     * Makes the person a member of the room {@code roomCode} of community {@code communityId}.
     *
     * @throws ChangeRefusedException when the community has no such room, or the period ends
     *                                before it starts
     */
    @Transactional
    long addMembership(ConsoleActor actor, long personId, long communityId, String roomCode, MembershipRole role,
            Instant validFrom, Instant validTo) {
        Person person = requirePerson(actor, personId);
        OrgNode community = actor.require(nodes.findById(communityId).orElseThrow(OutOfScopeException::new));
        Room room = rooms.findByCommunityIdAndCode(community.getId(), roomCode)
                .filter(r -> actor.covers(r.getUnit()))
                .orElseThrow(() -> new ChangeRefusedException("roomCode", "people.membership.noSuchRoom"));
        if (validFrom != null && validTo != null && !validFrom.isBefore(validTo)) {
            throw new ChangeRefusedException("validTo", "people.membership.endsBeforeStart");
        }
        RoomMembership membership = memberships.save(new RoomMembership(person, room, role, validFrom, validTo));
        audit.record(actor, "MEMBERSHIP_ADDED", "person", personId,
                describe(room, role) + period(validFrom, validTo));
        return membership.getId();
    }

    /** Ends the membership now (a tenant moved out); one that has ended already stays as it was. */
    @Transactional
    void endMembership(ConsoleActor actor, long personId, long membershipId) {
        RoomMembership membership = requireMembership(actor, personId, membershipId);
        Instant now = clock.instant();
        if (membership.getValidTo() != null && !now.isBefore(membership.getValidTo())) {
            return;
        }
        membership.endAt(now);
        audit.record(actor, "MEMBERSHIP_ENDED", "person", personId,
                describe(membership.getRoom(), membership.getRole()) + " membership=" + membershipId);
    }

    @Transactional
    void changeMembershipRole(ConsoleActor actor, long personId, long membershipId, MembershipRole role) {
        RoomMembership membership = requireMembership(actor, personId, membershipId);
        MembershipRole before = membership.getRole();
        if (before == role) {
            return;
        }
        membership.changeRole(role);
        audit.record(actor, "MEMBERSHIP_CHANGED", "person", personId,
                "room=" + membership.getRoom().getCode() + " membership=" + membershipId + " role " + before
                        + " -> " + role);
    }

    @Transactional
    long addStaffRole(ConsoleActor actor, long personId, long nodeId, Set<Permission> permissions, boolean onDuty) {
        Person person = requirePerson(actor, personId);
        OrgNode node = actor.require(nodes.findById(nodeId).orElseThrow(OutOfScopeException::new));
        StaffRole role = new StaffRole(person, node, permissions);
        if (!onDuty) {
            role.goOffDuty();
        }
        long id = staffRoles.save(role).getId();
        audit.record(actor, "STAFF_ROLE_ADDED", "person", personId, describe(role));
        return id;
    }

    @Transactional
    void changeStaffRole(ConsoleActor actor, long personId, long staffRoleId, Set<Permission> permissions,
            boolean onDuty) {
        StaffRole role = requireStaffRole(actor, personId, staffRoleId);
        role.grantOnly(permissions);
        if (onDuty) {
            role.goOnDuty();
        } else {
            role.goOffDuty();
        }
        audit.record(actor, "STAFF_ROLE_CHANGED", "person", personId, describe(role));
    }

    @Transactional
    void removeStaffRole(ConsoleActor actor, long personId, long staffRoleId) {
        StaffRole role = requireStaffRole(actor, personId, staffRoleId);
        String detail = describe(role);
        staffRoles.delete(role);
        audit.record(actor, "STAFF_ROLE_REMOVED", "person", personId, detail);
    }

    private Person requirePerson(ConsoleActor actor, long personId) {
        if (!people.isInScope(personId, actor.nodePath())) {
            throw new OutOfScopeException();
        }
        return people.findById(personId).orElseThrow(OutOfScopeException::new);
    }

    /** The membership must belong to the person and lie in scope itself, not only its person. */
    private RoomMembership requireMembership(ConsoleActor actor, long personId, long membershipId) {
        return memberships.findById(membershipId)
                .filter(m -> m.getPerson().getId() == personId)
                .filter(m -> actor.covers(m.getRoom().getUnit()))
                .orElseThrow(OutOfScopeException::new);
    }

    private StaffRole requireStaffRole(ConsoleActor actor, long personId, long staffRoleId) {
        return staffRoles.findById(staffRoleId)
                .filter(s -> s.getPerson().getId() == personId)
                .filter(s -> actor.covers(s.getNode()))
                .orElseThrow(OutOfScopeException::new);
    }

    private static String describe(Room room, MembershipRole role) {
        return "community=" + room.getCommunity().getCode() + " room=" + room.getCode() + " role=" + role;
    }

    private static String period(Instant validFrom, Instant validTo) {
        return (validFrom == null ? "" : " from=" + validFrom) + (validTo == null ? "" : " to=" + validTo);
    }

    private static String describe(StaffRole role) {
        return "node=" + role.getNode().getId() + " permissions=" + role.getPermissions() + " onDuty="
                + role.isOnDuty() + " role=" + role.getId();
    }
}

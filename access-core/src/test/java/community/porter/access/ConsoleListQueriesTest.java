package community.porter.access;

import static org.assertj.core.api.Assertions.assertThat;

import community.porter.access.console.ConsoleRole;
import community.porter.access.console.ConsoleUser;
import community.porter.access.console.ConsoleUserRepository;
import community.porter.access.org.OrgNode;
import community.porter.access.org.OrgNodeRepository;
import community.porter.access.org.OrgNodeType;
import community.porter.access.org.Room;
import community.porter.access.org.RoomOccupancy;
import community.porter.access.org.RoomRepository;
import community.porter.access.person.Language;
import community.porter.access.person.MembershipRole;
import community.porter.access.person.Permission;
import community.porter.access.person.Person;
import community.porter.access.person.PersonRepository;
import community.porter.access.person.Phone;
import community.porter.access.person.PhoneRepository;
import community.porter.access.person.PhoneStatus;
import community.porter.access.person.RoomMembership;
import community.porter.access.person.RoomMembershipRepository;
import community.porter.access.person.StaffRole;
import community.porter.access.person.StaffRoleRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;

/** The queries the console's people, rooms and users pages list with, each held to a node's scope. */
@SpringBootTest
@Transactional
class ConsoleListQueriesTest {

    @Autowired OrgNodeRepository nodes;
    @Autowired RoomRepository rooms;
    @Autowired PersonRepository people;
    @Autowired PhoneRepository phones;
    @Autowired RoomMembershipRepository memberships;
    @Autowired StaffRoleRepository staffRoles;
    @Autowired ConsoleUserRepository users;

    private final Instant now = Instant.parse("2026-11-02T08:00:00Z");
    private OrgNode committee;
    private OrgNode communityA;
    private OrgNode communityB;
    private Room roomA;
    private Person owner;
    private Person movedOut;
    private Person guard;
    private Person neighbour;

    @BeforeEach
    void tree() {
        committee = nodes.save(new OrgNode(OrgNodeType.COMMITTEE, "QC", "Committee"));
        communityA = nodes.save(new OrgNode(committee, OrgNodeType.COMMUNITY, "QA", "Community A"));
        communityB = nodes.save(new OrgNode(committee, OrgNodeType.COMMUNITY, "QB", "Community B"));
        roomA = room(communityA, "1-1-101");
        Room roomB = room(communityB, "1-1-101");
        owner = person("Zhang Wei", "+8613900000001");
        movedOut = person("Li Na", "+8613900000002");
        guard = person("Wang Fang", "+8613900000003");
        neighbour = person("Zhao Lei", "+8613900000004");
        memberships.save(new RoomMembership(owner, roomA, MembershipRole.OWNER));
        memberships.save(new RoomMembership(movedOut, roomA, MembershipRole.TENANT, null, now.minus(Duration.ofDays(1))));
        memberships.save(new RoomMembership(neighbour, roomB, MembershipRole.OWNER));
        staffRoles.save(new StaffRole(guard, communityA, EnumSet.of(Permission.DOOR)));
    }

    @Test
    void peopleInScopeAreFoundByNameOrPhoneAndPastMembersStayInScope() {
        String scope = communityA.getPath();
        assertThat(people.findInScope(scope, "", PageRequest.of(0, 50)).getContent())
                .containsExactly(movedOut, guard, owner);
        assertThat(people.findInScope(scope, "zhang", PageRequest.of(0, 50)).getContent()).containsExactly(owner);
        assertThat(people.findInScope(scope, "900000003", PageRequest.of(0, 50)).getContent()).containsExactly(guard);
        assertThat(people.findInScope(scope, "zhao", PageRequest.of(0, 50)).getContent())
                .as("the neighbour lives in the other community").isEmpty();
        assertThat(people.findInScope(committee.getPath(), "", PageRequest.of(0, 2)).getTotalElements()).isEqualTo(4);
    }

    @Test
    void roomsInScopeCountOnlyTheirCurrentMembers() {
        var page = rooms.findOccupancyInScope(communityA.getPath(), now, PageRequest.of(0, 50));
        assertThat(page.getContent()).singleElement().satisfies(r -> {
            assertThat(r.roomId()).isEqualTo(roomA.getId());
            assertThat(r.communityName()).isEqualTo("Community A");
            assertThat(r.buildingName()).isEqualTo("Building 1");
            assertThat(r.unitName()).isEqualTo("Unit 1-1");
            assertThat(r.occupants()).isEqualTo(1);
        });
        assertThat(rooms.findOccupancyInScope(committee.getPath(), now, PageRequest.of(0, 50)).getContent())
                .extracting(RoomOccupancy::communityName).containsExactly("Community A", "Community B");
    }

    @Test
    void aPersonsMembershipsAndRolesComeWithWhatThePageShows() {
        assertThat(memberships.findWithRoomsByPersonId(owner.getId())).singleElement()
                .satisfies(m -> assertThat(m.getRoom().getCommunity().getCode()).isEqualTo("QA"));
        assertThat(memberships.findWithPeopleByRoomId(roomA.getId())).extracting(m -> m.getPerson().getName())
                .containsExactly("Li Na", "Zhang Wei");
        assertThat(staffRoles.findWithNodesByPersonId(guard.getId())).singleElement()
                .satisfies(s -> assertThat(s.getNode().getName()).isEqualTo("Community A"));
    }

    @Test
    void consoleUsersAtOrUnderANodeNeverAboveOrBeside() {
        user("q-committee", committee, ConsoleRole.COMMITTEE_ADMIN);
        user("q-a", communityA, ConsoleRole.COMMUNITY_ADMIN);
        user("q-b", communityB, ConsoleRole.COMMUNITY_ADMIN);
        assertThat(users.findAtOrUnder(communityA.getPath())).extracting(ConsoleUser::getUsername)
                .containsExactly("q-a");
        assertThat(users.findAtOrUnder(committee.getPath())).extracting(ConsoleUser::getUsername)
                .containsExactly("q-committee", "q-a", "q-b");
    }

    private Room room(OrgNode community, String code) {
        OrgNode building = nodes.save(new OrgNode(community, OrgNodeType.BUILDING, "1", "Building 1"));
        OrgNode unit = nodes.save(new OrgNode(building, OrgNodeType.UNIT, "1-1", "Unit 1-1"));
        return rooms.save(new Room(community, unit, code));
    }

    private Person person(String name, String e164) {
        Person person = people.save(new Person(name, null, now));
        phones.save(new Phone(person, e164, PhoneStatus.ACTIVE, now));
        return person;
    }

    private void user(String username, OrgNode node, ConsoleRole role) {
        users.save(new ConsoleUser(username, "{noop}x", username, node, role, Language.ZH, now));
    }
}

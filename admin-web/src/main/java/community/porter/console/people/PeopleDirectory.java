package community.porter.console.people;

import community.porter.access.org.OrgNode;
import community.porter.access.org.OrgNodeRepository;
import community.porter.access.org.OrgNodeType;
import community.porter.access.org.Room;
import community.porter.access.org.RoomOccupancy;
import community.porter.access.org.RoomRepository;
import community.porter.access.person.Person;
import community.porter.access.person.PersonRepository;
import community.porter.access.person.PhoneRepository;
import community.porter.access.person.RoomMembershipRepository;
import community.porter.access.person.StaffRoleRepository;
import community.porter.console.security.ConsoleActor;
import community.porter.console.security.ConsoleAudit;
import community.porter.console.security.OutOfScopeException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads people and rooms for the console, always within the console user's scope, and audits
 * every look at personal data: a search and a person's page name who looked and for what.
 */
@Service
class PeopleDirectory {

    /** Rows of a list page. */
    static final int PAGE_SIZE = 50;

    private final PersonRepository people;
    private final PhoneRepository phones;
    private final RoomMembershipRepository memberships;
    private final StaffRoleRepository staffRoles;
    private final RoomRepository rooms;
    private final OrgNodeRepository nodes;
    private final ConsoleAudit audit;
    private final Clock clock;

    PeopleDirectory(PersonRepository people, PhoneRepository phones, RoomMembershipRepository memberships,
            StaffRoleRepository staffRoles, RoomRepository rooms, OrgNodeRepository nodes, ConsoleAudit audit,
            Clock clock) {
        this.people = people;
        this.phones = phones;
        this.memberships = memberships;
        this.staffRoles = staffRoles;
        this.rooms = rooms;
        this.nodes = nodes;
        this.audit = audit;
        this.clock = clock;
    }

    /** The people in scope by name; with a {@code query}, those whose name or phone contains it. */
    @Transactional
    Page<Person> search(ConsoleActor actor, String query, int page) {
        String search = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (!search.isEmpty()) {
            audit.read(actor, "PEOPLE_SEARCHED", "person", null, search);
        }
        return people.findInScope(actor.nodePath(), search, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
    }

    /**
     * The person {@code id} with phones, memberships and staff roles.
     *
     * @throws OutOfScopeException when there is no such person in the user's scope
     */
    @Transactional
    PersonDetail person(ConsoleActor actor, long id) {
        Person person = requirePerson(actor, id);
        Instant now = clock.instant();
        var phoneLines = phones.findByPersonIdOrderByIdAsc(id).stream()
                .map(p -> new PersonDetail.PhoneLine(p.getId(), p.getE164(), p.getStatus()))
                .toList();
        var membershipLines = memberships.findWithRoomsByPersonId(id).stream()
                .map(m -> new PersonDetail.MembershipLine(m.getId(), m.getRoom().getId(),
                        m.getRoom().getCommunity().getName(), m.getRoom().getCode(), m.getRole(), m.getValidFrom(),
                        m.getValidTo(), PersonDetail.MembershipState.of(m.getValidFrom(), m.getValidTo(), now),
                        actor.covers(m.getRoom().getUnit())))
                .toList();
        var roleLines = staffRoles.findWithNodesByPersonId(id).stream()
                .map(s -> new PersonDetail.StaffRoleLine(s.getId(), s.getNode().getId(), s.getNode().getName(),
                        s.getNode().getType().name(), s.getPermissions(), s.isOnDuty(), actor.covers(s.getNode())))
                .toList();
        audit.read(actor, "PERSON_VIEWED", "person", id, null);
        return new PersonDetail(id, person.getName(), phoneLines, membershipLines, roleLines);
    }

    /** The rooms in scope with how many people live in each now. */
    @Transactional(readOnly = true)
    Page<RoomOccupancy> rooms(ConsoleActor actor, int page) {
        return rooms.findOccupancyInScope(actor.nodePath(), clock.instant(),
                PageRequest.of(Math.max(page, 0), PAGE_SIZE));
    }

    /**
     * The room {@code id} and its members.
     *
     * @throws OutOfScopeException when there is no such room in the user's scope
     */
    @Transactional
    RoomDetail room(ConsoleActor actor, long id) {
        Room room = rooms.findById(id).orElseThrow(OutOfScopeException::new);
        actor.require(room.getUnit());
        Instant now = clock.instant();
        var members = memberships.findWithPeopleByRoomId(id).stream()
                .map(m -> new RoomDetail.Member(m.getPerson().getId(), m.getPerson().getName(), m.getRole(),
                        m.getValidFrom(), m.getValidTo(),
                        PersonDetail.MembershipState.of(m.getValidFrom(), m.getValidTo(), now)))
                .toList();
        audit.read(actor, "ROOM_VIEWED", "room", id, null);
        return new RoomDetail(id, room.getCode(), room.getCommunity().getName(), room.getUnit().getName(), members);
    }

    /** The communities in scope, where a membership may be added. */
    @Transactional(readOnly = true)
    List<NodeChoice> communities(ConsoleActor actor) {
        return nodes.findAtOrUnder(actor.nodePath(), OrgNodeType.COMMUNITY).stream().map(NodeChoice::of).toList();
    }

    /**
     * The nodes in scope a staff role may be given at, down to buildings: a role at a single
     * unit is possible by the rules but would only crowd the list.
     */
    @Transactional(readOnly = true)
    List<NodeChoice> staffNodes(ConsoleActor actor) {
        return nodes.findAtOrUnder(actor.nodePath()).stream()
                .filter(node -> node.getType() != OrgNodeType.UNIT)
                .map(NodeChoice::of)
                .toList();
    }

    private Person requirePerson(ConsoleActor actor, long id) {
        if (!people.isInScope(id, actor.nodePath())) {
            throw new OutOfScopeException();
        }
        return people.findById(id).orElseThrow(OutOfScopeException::new);
    }

    /** A node offered in a select: its id, name and level. */
    public record NodeChoice(long id, String name, OrgNodeType type) {

        static NodeChoice of(OrgNode node) {
            return new NodeChoice(node.getId(), node.getName(), node.getType());
        }
    }
}

package community.porter.console;

import community.porter.access.console.ApiKeyRepository;
import community.porter.access.console.ConsoleRole;
import community.porter.access.console.ConsoleUser;
import community.porter.access.console.ConsoleUserRepository;
import community.porter.access.org.OrgNode;
import community.porter.access.org.OrgNodeRepository;
import community.porter.access.org.OrgNodeType;
import community.porter.access.org.Room;
import community.porter.access.org.RoomRepository;
import community.porter.access.person.Language;
import community.porter.access.person.MembershipRole;
import community.porter.access.person.Person;
import community.porter.access.person.PersonRepository;
import community.porter.access.person.Phone;
import community.porter.access.person.PhoneRepository;
import community.porter.access.person.PhoneStatus;
import community.porter.access.person.RoomMembership;
import community.porter.access.person.RoomMembershipRepository;
import community.porter.console.security.ConsoleUserPrincipal;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Creates and removes the rows the console tests need. */
@Component
public class ConsoleTestData {

    /** The password of every user {@link #user(String, ConsoleRole, OrgNode)} creates. */
    public static final String PASSWORD = "correct horse battery";

    private final OrgNodeRepository nodes;
    private final ConsoleUserRepository users;
    private final ApiKeyRepository apiKeys;
    private final PasswordEncoder passwords;
    private final RoomRepository rooms;
    private final PersonRepository persons;
    private final PhoneRepository phones;
    private final RoomMembershipRepository memberships;
    private final JdbcTemplate jdbc;

    ConsoleTestData(OrgNodeRepository nodes, ConsoleUserRepository users, ApiKeyRepository apiKeys,
            PasswordEncoder passwords, RoomRepository rooms, PersonRepository persons, PhoneRepository phones,
            RoomMembershipRepository memberships, JdbcTemplate jdbc) {
        this.nodes = nodes;
        this.users = users;
        this.apiKeys = apiKeys;
        this.passwords = passwords;
        this.rooms = rooms;
        this.persons = persons;
        this.phones = phones;
        this.memberships = memberships;
        this.jdbc = jdbc;
    }

    /** A district at the root of the tree. */
    public OrgNode rootNode() {
        return nodes.save(new OrgNode(OrgNodeType.DISTRICT, "D1", "Test district"));
    }

    /** A console user with {@code password} at a new root node. */
    public ConsoleUser user(String username, String password) {
        return users.save(new ConsoleUser(username, passwords.encode(password), "User " + username, rootNode(),
                ConsoleRole.COMMUNITY_ADMIN, Language.ZH, Instant.now()));
    }

    /** A console user with {@link #PASSWORD}, {@code role} at {@code node}. */
    public ConsoleUser user(String username, ConsoleRole role, OrgNode node) {
        return users.save(new ConsoleUser(username, passwords.encode(PASSWORD), "User " + username, node, role,
                Language.ZH, Instant.now()));
    }

    /** Signs a MockMvc request in as {@code user}, as the login form would: scope and role included. */
    public static RequestPostProcessor signedIn(ConsoleUser user) {
        return SecurityMockMvcRequestPostProcessors.user(ConsoleUserPrincipal.of(user, Instant.now()));
    }

    /**
     * One district, one street office, two committees A and B, each with a community
     * ({@code CA}, {@code CB}), building 1, unit {@code 1-1}, room {@code 1-1-101} and an active
     * resident owning it; and an administrator at every level (password {@link #PASSWORD}).
     */
    public TwoCommittees twoCommittees() {
        OrgNode district = nodes.save(new OrgNode(OrgNodeType.DISTRICT, "TD", "测试区"));
        OrgNode street = nodes.save(new OrgNode(district, OrgNodeType.STREET_OFFICE, "TS", "测试街道"));
        Side a = side(street, "A", "+8613700000001", "甲住户");
        Side b = side(street, "B", "+8613700000002", "乙住户");
        return new TwoCommittees(district, street, a, b,
                user("district", ConsoleRole.DISTRICT_ADMIN, district),
                user("street", ConsoleRole.STREET_ADMIN, street),
                user("committee-a", ConsoleRole.COMMITTEE_ADMIN, a.committee()),
                user("committee-b", ConsoleRole.COMMITTEE_ADMIN, b.committee()),
                user("community-a", ConsoleRole.COMMUNITY_ADMIN, a.community()),
                user("staff-a", ConsoleRole.STAFF, a.community()));
    }

    private Side side(OrgNode street, String letter, String e164, String name) {
        OrgNode committee = nodes.save(new OrgNode(street, OrgNodeType.COMMITTEE, "T" + letter, "居委会" + letter));
        OrgNode community = nodes.save(new OrgNode(committee, OrgNodeType.COMMUNITY, "C" + letter, "小区" + letter));
        OrgNode building = nodes.save(new OrgNode(community, OrgNodeType.BUILDING, "1", "1号楼"));
        OrgNode unit = nodes.save(new OrgNode(building, OrgNodeType.UNIT, "1-1", "1号楼1单元"));
        Room room = rooms.save(new Room(community, unit, "1-1-101"));
        Person resident = persons.save(new Person(name, null, Instant.now()));
        Phone phone = phones.save(new Phone(resident, e164, PhoneStatus.ACTIVE, Instant.now()));
        memberships.save(new RoomMembership(resident, room, MembershipRole.OWNER));
        return new Side(committee, community, building, unit, room, resident, phone);
    }

    /** Empties every table, whatever a test wrote, so the next test starts from nothing. */
    public void clear() {
        List<String> tables = jdbc.queryForList("select table_name from information_schema.tables"
                + " where table_schema = 'PUBLIC' and table_type = 'BASE TABLE'", String.class);
        jdbc.execute("set referential_integrity false");
        try {
            tables.forEach(table -> jdbc.execute("truncate table \"" + table + "\""));
        } finally {
            jdbc.execute("set referential_integrity true");
        }
    }

    /** One committee's branch of {@link TwoCommittees}. */
    public record Side(OrgNode committee, OrgNode community, OrgNode building, OrgNode unit, Room room,
            Person resident, Phone phone) {
    }

    /** The tree {@link #twoCommittees()} builds, with a console user at every level. */
    public record TwoCommittees(OrgNode district, OrgNode street, Side a, Side b, ConsoleUser districtAdmin,
            ConsoleUser streetAdmin, ConsoleUser committeeAdminA, ConsoleUser committeeAdminB,
            ConsoleUser communityAdminA, ConsoleUser staffA) {
    }
}

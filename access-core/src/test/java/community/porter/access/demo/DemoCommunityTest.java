package community.porter.access.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import community.porter.access.card.Card;
import community.porter.access.card.CardRepository;
import community.porter.access.card.CardStatus;
import community.porter.access.door.Door;
import community.porter.access.door.DoorRepository;
import community.porter.access.notice.NoticeChannel;
import community.porter.access.notice.NoticeChannelRepository;
import community.porter.access.org.OrgNode;
import community.porter.access.org.OrgNodeRepository;
import community.porter.access.org.OrgNodeType;
import community.porter.access.org.Room;
import community.porter.access.org.RoomRepository;
import community.porter.access.person.MembershipRole;
import community.porter.access.person.Permission;
import community.porter.access.person.Phone;
import community.porter.access.person.PhoneRepository;
import community.porter.access.person.PhoneStatus;
import community.porter.access.person.RoomMembershipRepository;
import community.porter.access.person.Sender;
import community.porter.access.person.SenderDirectory;
import community.porter.access.person.StaffRole;
import community.porter.access.person.StaffRoleRepository;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@Transactional
class DemoCommunityTest {

    private static final List<String> TABLES = List.of("org_node", "room", "person", "phone",
            "room_membership", "staff_role", "door", "card", "notice_channel");

    @Autowired DemoCommunity demo;
    @Autowired OrgNodeRepository nodes;
    @Autowired RoomRepository rooms;
    @Autowired DoorRepository doors;
    @Autowired PhoneRepository phones;
    @Autowired CardRepository cards;
    @Autowired RoomMembershipRepository memberships;
    @Autowired StaffRoleRepository staffRoles;
    @Autowired NoticeChannelRepository channels;
    @Autowired SenderDirectory senders;
    @Autowired JdbcTemplate jdbc;

    @Test
    void theCommunityHangsUnderADistrictStreetOfficeAndCommitteeWithMaterialisedPaths() {
        demo.seed(0);

        OrgNode community = nodes.findCommunity("DEMO").orElseThrow();
        List<OrgNode> chain = new ArrayList<>();
        for (OrgNode n = community; n != null; n = n.getParent()) {
            chain.add(0, n);
        }
        assertThat(chain).extracting(OrgNode::getType).containsExactly(OrgNodeType.DISTRICT,
                OrgNodeType.STREET_OFFICE, OrgNodeType.COMMITTEE, OrgNodeType.COMMUNITY);
        assertThat(community.getPath()).isEqualTo(chain.stream()
                .map(n -> n.getId() + "/").collect(Collectors.joining("", "/", "")));
        assertThat(nodes.findAtOrUnder(chain.get(0).getPath())).as("everything under the district")
                .hasSize(4 + 3 + 6 + 1);
        assertThat(nodes.findAtOrUnder(chain.get(1).getPath(), OrgNodeType.COMMITTEE))
                .as("the street office's committees: the demo's and one with nothing yet")
                .extracting(OrgNode::getCode).containsExactlyInAnyOrder("DEMO-C", "DEMO-C2");
    }

    @Test
    void thereAreBuildingsOneToThreeWithTwoUnitsAndEightRoomsPerUnit() {
        demo.seed(0);

        OrgNode community = nodes.findCommunity("DEMO").orElseThrow();
        assertThat(nodes.findAtOrUnder(community.getPath(), OrgNodeType.BUILDING))
                .extracting(OrgNode::getCode).containsExactly("1", "2", "3");
        List<OrgNode> units = nodes.findAtOrUnder(community.getPath(), OrgNodeType.UNIT);
        assertThat(units).extracting(OrgNode::getCode)
                .containsExactly("1-1", "1-2", "2-1", "2-2", "3-1", "3-2");
        List<String> expectedRooms = new ArrayList<>();
        for (OrgNode unit : units) {
            for (int number : new int[] {101, 102, 103, 104, 201, 202, 203, 204}) {
                expectedRooms.add(unit.getCode() + "-" + number);
            }
            assertThat(rooms.findByUnitIdOrderByCodeAsc(unit.getId())).hasSize(8);
        }
        assertThat(rooms.findAll()).extracting(Room::getCode)
                .containsExactlyInAnyOrderElementsOf(expectedRooms);
        assertThat(rooms.findByCommunityIdAndCode(community.getId(), "3-2-204")).isPresent();
    }

    @Test
    void thereIsTheGateAndOneDoorPerUnitEntranceEachWithItsController() {
        demo.seed(0);

        OrgNode community = nodes.findCommunity("DEMO").orElseThrow();
        Map<String, Door> byCode = doors.findByCommunityIdOrderByCodeAsc(community.getId())
                .stream().collect(Collectors.toMap(Door::getCode, Function.identity()));
        assertThat(byCode).containsOnlyKeys("GATE", "1-1", "1-2", "2-1", "2-2", "3-1", "3-2");
        assertThat(byCode.get("GATE").getNode().getId()).isEqualTo(community.getId());
        assertThat(byCode.get("GATE").getControllerId()).isEqualTo("ctl-gate");
        assertThat(byCode.get("2-1").getControllerId()).isEqualTo("ctl-2-1");
        assertThat(byCode.get("2-1").getNode().getCode()).isEqualTo("2-1");
        assertThat(byCode.get("2-1").getNode().getType()).isEqualTo(OrgNodeType.UNIT);
    }

    @Test
    void theResidentsStaffAndCardsAreThoseOfTheSpec() {
        demo.seed(0);

        assertResident(DemoCommunity.OWNER_PHONE, "1-1-101", MembershipRole.OWNER, "D0001");
        assertResident(DemoCommunity.FAMILY_PHONE, "1-1-101", MembershipRole.FAMILY, "D0002");
        assertResident(DemoCommunity.TENANT_PHONE, "2-1-201", MembershipRole.TENANT);

        Phone staffPhone = phones.findByE164(DemoCommunity.STAFF_PHONE).orElseThrow();
        assertThat(staffPhone.getStatus()).isEqualTo(PhoneStatus.ACTIVE);
        List<StaffRole> roles = staffRoles.findByPersonId(staffPhone.getPerson().getId());
        assertThat(roles).singleElement().satisfies(role -> {
            assertThat(role.getPermissions()).isEqualTo(EnumSet.allOf(Permission.class));
            assertThat(role.getNode().getCode()).isEqualTo("DEMO");
            assertThat(role.isOnDuty()).isTrue();
        });
        assertThat(memberships.findByPersonId(staffPhone.getPerson().getId())).isEmpty();
        assertThat(phones.count()).isEqualTo(4);
        assertThat(cards.count()).isEqualTo(2);
    }

    @Test
    void theChannelsAreTzTsAndAqWhichIsForEmergencies() {
        demo.seed(0);

        OrgNode community = nodes.findCommunity("DEMO").orElseThrow();
        assertThat(channels.findByCommunityIdOrderByCodeAsc(community.getId()))
                .extracting(NoticeChannel::getCode, NoticeChannel::isEmergency)
                .containsExactly(
                        tuple("AQ", true),
                        tuple("TS", false),
                        tuple("TZ", false));
    }

    @Test
    void seedingAgainChangesNothing() {
        demo.seed(0);
        Map<String, Long> before = rowCounts();

        demo.seed(0);
        demo.seed(25);

        assertThat(rowCounts()).isEqualTo(before);
        assertThat(demo.exists()).isTrue();
    }

    @Test
    void aThousandExtraResidentsAreSeededInAFewSecondsEachInARoomOfTheirOwn() {
        long started = System.nanoTime();
        demo.seed(1000);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(took).as("seeding 1000 extra residents").isLessThan(Duration.ofSeconds(5));
        assertThat(count("select count(*) from phone where e164 like '+861381%'")).isEqualTo(1000);
        assertThat(count("select count(*) from phone where status = 'ACTIVE'")).isEqualTo(1004);
        assertThat(count("select count(*) from room")).isEqualTo(48 + 1000);
        assertThat(count("select count(distinct room_id) from room_membership"))
                .isEqualTo(2 + 1000);
        assertThat(count("select count(*) from door")).as("gate, 6 + 20 unit doors")
                .isEqualTo(1 + 6 + 20);
        assertThat(phones.findByE164("+8613810000999")).isPresent();
        assertThat(phones.findByE164("+8613810001000")).isEmpty();

        Sender first = senders.identify("+8613810000000");
        assertThat(first.isResident()).isTrue();
        assertThat(first.memberships()).singleElement().satisfies(m -> {
            assertThat(m.roomCode()).isEqualTo("4-1-101");
            assertThat(m.unitCode()).isEqualTo("4-1");
            assertThat(m.communityCode()).isEqualTo("DEMO");
            assertThat(m.role()).isEqualTo(MembershipRole.OWNER);
        });
        assertThat(senders.identify("+8613810000999").memberships())
                .extracting(Sender.Membership::roomCode).containsExactly("13-2-1005");
    }

    private void assertResident(String phone, String roomCode, MembershipRole role,
            String... cardNumbers) {
        Phone found = phones.findByE164(phone).orElseThrow();
        assertThat(found.getStatus()).as(phone).isEqualTo(PhoneStatus.ACTIVE);
        Long personId = found.getPerson().getId();
        assertThat(memberships.findByPersonId(personId)).as(phone).singleElement()
                .satisfies(m -> {
                    assertThat(m.getRoom().getCode()).isEqualTo(roomCode);
                    assertThat(m.getRole()).isEqualTo(role);
                    assertThat(m.getValidFrom()).isNull();
                    assertThat(m.getValidTo()).isNull();
                });
        assertThat(cards.findByHolderIdOrderByNumberAsc(personId)).as(phone)
                .extracting(Card::getNumber, Card::getStatus)
                .containsExactly(Arrays.stream(cardNumbers)
                        .map(n -> tuple(n, CardStatus.ACTIVE))
                        .toArray(Tuple[]::new));
    }

    private Map<String, Long> rowCounts() {
        return TABLES.stream().collect(Collectors.toMap(Function.identity(),
                table -> count("select count(*) from " + table)));
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}

package community.porter.access.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import community.porter.access.demo.DemoCommunity;
import community.porter.access.org.OrgNode;
import community.porter.access.org.OrgNodeRepository;
import community.porter.access.org.Room;
import community.porter.access.org.RoomRepository;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@Transactional
class SenderDirectoryTest {

    private static final Duration DAY = Duration.ofDays(1);

    @Autowired SenderDirectory senders;
    @Autowired DemoCommunity demo;
    @Autowired OrgNodeRepository nodes;
    @Autowired RoomRepository rooms;
    @Autowired PersonRepository persons;
    @Autowired PhoneRepository phones;
    @Autowired RoomMembershipRepository memberships;
    @Autowired StaffRoleRepository staffRoles;
    @Autowired EntityManagerFactory entityManagerFactory;

    private OrgNode community;
    private final Instant now = Instant.now();

    @BeforeEach
    void seedDemo() {
        demo.seed(0);
        community = nodes.findCommunity(DemoCommunity.CODE).orElseThrow();
    }

    @Test
    void theOwnerIsARegisteredResidentOfHisRoomAndNoStaff() {
        Sender owner = senders.identify(DemoCommunity.OWNER_PHONE);

        assertThat(owner.isKnown()).isTrue();
        assertThat(owner.isRegistered()).isTrue();
        assertThat(owner.isResident()).isTrue();
        assertThat(owner.isStaff()).isFalse();
        assertThat(owner.has(Permission.DOOR)).isFalse();
        assertThat(owner.displayName()).isEqualTo("张三");
        assertThat(owner.status()).isEqualTo(PhoneStatus.ACTIVE);
        assertThat(owner.language()).isNull();
        assertThat(owner.memberships()).singleElement().satisfies(m -> {
            assertThat(m.roomCode()).isEqualTo("1-1-101");
            assertThat(m.role()).isEqualTo(MembershipRole.OWNER);
            assertThat(m.unitCode()).isEqualTo("1-1");
            assertThat(m.communityCode()).isEqualTo("DEMO");
            assertThat(m.communityId()).isEqualTo(community.getId());
            assertThat(m.roomId()).isEqualTo(room("1-1-101").getId());
            assertThat(m.unitId()).isEqualTo(room("1-1-101").getUnit().getId());
        });
    }

    @Test
    void familyAndTenantAreResidentsWithTheirRoles() {
        assertThat(senders.identify(DemoCommunity.FAMILY_PHONE).memberships())
                .extracting(Sender.Membership::roomCode, Sender.Membership::role)
                .containsExactly(tuple("1-1-101",
                        MembershipRole.FAMILY));
        Sender tenant = senders.identify(DemoCommunity.TENANT_PHONE);
        assertThat(tenant.isResident()).isTrue();
        assertThat(tenant.memberships())
                .extracting(Sender.Membership::roomCode, Sender.Membership::unitCode,
                        Sender.Membership::role)
                .containsExactly(tuple("2-1-201", "2-1",
                        MembershipRole.TENANT));
    }

    @Test
    void theStaffMemberHasEveryPermissionOverTheWholeCommunity() {
        Sender staff = senders.identify(DemoCommunity.STAFF_PHONE);

        assertThat(staff.isStaff()).isTrue();
        assertThat(staff.isResident()).isFalse();
        assertThat(staff.staffPermissions()).isEqualTo(EnumSet.allOf(Permission.class));
        assertThat(staff.staffNodeIds()).containsExactly(community.getId());
        for (Permission permission : Permission.values()) {
            assertThat(staff.has(permission)).as(permission.name()).isTrue();
        }
        assertThat(staff.isStaffOver(room("3-2-204").getUnit().getPath())).isTrue();
    }

    @Test
    void aStaffRoleOverOneBuildingGrantsOnlyItsPermissionsThere() {
        Person guard = persons.save(new Person("门卫", null, now));
        phones.save(new Phone(guard, "+8613900000009", PhoneStatus.ACTIVE, now));
        OrgNode buildingOne = room("1-1-101").getUnit().getParent();
        staffRoles.save(new StaffRole(guard, buildingOne, Set.of(Permission.QUERY)));

        Sender sender = senders.identify("+8613900000009");

        assertThat(sender.has(Permission.QUERY)).isTrue();
        assertThat(sender.has(Permission.DOOR)).isFalse();
        assertThat(sender.isStaffOver(room("1-2-204").getUnit().getPath())).isTrue();
        assertThat(sender.isStaffOver(room("2-1-101").getUnit().getPath())).isFalse();
    }

    @Test
    void aSuspendedPhoneIsKnownButNeitherRegisteredNorResidentNorStaff() {
        phones.findByE164(DemoCommunity.OWNER_PHONE).orElseThrow().suspend();
        phones.findByE164(DemoCommunity.STAFF_PHONE).orElseThrow().suspend();

        Sender owner = senders.identify(DemoCommunity.OWNER_PHONE);
        Sender staff = senders.identify(DemoCommunity.STAFF_PHONE);

        assertThat(owner.isKnown()).isTrue();
        assertThat(owner.status()).isEqualTo(PhoneStatus.SUSPENDED);
        assertThat(owner.isRegistered()).isFalse();
        assertThat(owner.isResident()).isFalse();
        assertThat(staff.isStaff()).isFalse();
        assertThat(staff.has(Permission.DOOR)).isFalse();
    }

    @Test
    void aPendingPhoneIsKnownWithItsStatusButNotRegistered() {
        Person newcomer = persons.save(new Person("新住户", null, now));
        phones.save(new Phone(newcomer, "+8613800000055", PhoneStatus.PENDING, now));

        Sender sender = senders.identify("+8613800000055");

        assertThat(sender.isKnown()).isTrue();
        assertThat(sender.status()).isEqualTo(PhoneStatus.PENDING);
        assertThat(sender.isRegistered()).isFalse();
        assertThat(sender.phoneId()).isNotNull();
    }

    @Test
    void anUnknownPhoneIsOnlyItsNumber() {
        Sender stranger = senders.identify("+8613312345678");

        assertThat(stranger).isEqualTo(Sender.unknown("+8613312345678"));
        assertThat(stranger.isKnown()).isFalse();
        assertThat(stranger.isRegistered()).isFalse();
        assertThat(stranger.isResident()).isFalse();
        assertThat(stranger.isStaff()).isFalse();
        assertThat(stranger.status()).isNull();
        assertThat(stranger.memberships()).isEmpty();
    }

    @Test
    void onlyMembershipsValidNowCount() {
        Person person = persons.save(new Person("钱七", null, now));
        phones.save(new Phone(person, "+8613800000066", PhoneStatus.ACTIVE, now));
        memberships.save(new RoomMembership(person, room("3-1-101"), MembershipRole.TENANT,
                now.minus(DAY.multipliedBy(30)), now.minus(DAY)));
        memberships.save(new RoomMembership(person, room("3-1-102"), MembershipRole.TENANT,
                now.plus(DAY), null));
        memberships.save(new RoomMembership(person, room("3-1-103"), MembershipRole.TENANT,
                now.minus(DAY), now.plus(DAY)));

        Sender sender = senders.identify("+8613800000066");

        assertThat(sender.memberships()).extracting(Sender.Membership::roomCode)
                .containsExactly("3-1-103");
        assertThat(senders.identify("+8613800000066", now.plus(DAY.multipliedBy(2))).memberships())
                .extracting(Sender.Membership::roomCode).containsExactly("3-1-102");
    }

    @Test
    void aResidentWhoseOnlyMembershipEndedIsRegisteredButNoLongerAResident() {
        Person person = persons.save(new Person("孙八", null, now));
        phones.save(new Phone(person, "+8613800000077", PhoneStatus.ACTIVE, now));
        memberships.save(new RoomMembership(person, room("3-1-104"), MembershipRole.TENANT,
                null, now.minusSeconds(1)));

        Sender sender = senders.identify("+8613800000077");

        assertThat(sender.isRegistered()).isTrue();
        assertThat(sender.isResident()).isFalse();
    }

    @Test
    void identifyingASenderCostsAtMostThreeQueries() {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        persons.flush();
        statistics.clear();

        senders.identify(DemoCommunity.OWNER_PHONE);

        assertThat(statistics.getPrepareStatementCount()).isBetween(1L, 3L);

        statistics.clear();
        senders.identify("+8613312345678");
        assertThat(statistics.getPrepareStatementCount()).as("unknown phone").isEqualTo(1L);
    }

    @Test
    void theChosenLanguageIsReported() {
        phones.findByE164(DemoCommunity.TENANT_PHONE).orElseThrow().chooseLanguage(Language.EN);

        assertThat(senders.identify(DemoCommunity.TENANT_PHONE).language()).isEqualTo(Language.EN);
    }

    private Room room(String code) {
        return rooms.findByCommunityIdAndCode(community.getId(), code).orElseThrow();
    }
}

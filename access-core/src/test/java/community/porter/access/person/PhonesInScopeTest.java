package community.porter.access.person;

import static org.assertj.core.api.Assertions.assertThat;

import community.porter.access.demo.DemoCommunity;
import community.porter.access.org.OrgNode;
import community.porter.access.org.OrgNodeRepository;
import community.porter.access.org.OrgNodeType;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;

/** The console's phone queries: a phone is in an administrator's scope when its person is. */
@SpringBootTest
@Transactional
class PhonesInScopeTest {

    @Autowired DemoCommunity demo;
    @Autowired OrgNodeRepository nodes;
    @Autowired PhoneRepository phones;
    @Autowired PersonRepository persons;
    @Autowired RoomMembershipRepository memberships;

    private OrgNode community;

    @BeforeEach
    void seedDemo() {
        demo.seed(0);
        community = nodes.findCommunity(DemoCommunity.CODE).orElseThrow();
    }

    @Test
    void theScopeOfANodeHoldsThePhonesOfItsResidentsAndStaffOnly() {
        assertThat(numbers(community.getPath(), null, ""))
                .contains(DemoCommunity.OWNER_PHONE, DemoCommunity.TENANT_PHONE, DemoCommunity.STAFF_PHONE);
        assertThat(numbers(node(OrgNodeType.UNIT, "2-1").getPath(), null, ""))
                .doesNotContain(DemoCommunity.OWNER_PHONE, DemoCommunity.STAFF_PHONE);
        Person nobody = persons.save(new Person("无名", null, Instant.now()));
        phones.save(new Phone(nobody, "+8613899999999", PhoneStatus.ACTIVE, Instant.now()));
        assertThat(numbers("/", null, "")).doesNotContain("+8613899999999");
    }

    @Test
    void aSearchMatchesAPartOfTheNumberOrOfTheNameAndTheStatusFilters() {
        Phone owner = phones.findWithPersonByE164(DemoCommunity.OWNER_PHONE).orElseThrow();
        String name = owner.getPerson().getName();

        assertThat(numbers(community.getPath(), null, "1380000000")).contains(DemoCommunity.OWNER_PHONE)
                .doesNotContain(DemoCommunity.STAFF_PHONE);
        assertThat(numbers(community.getPath(), null, name)).contains(DemoCommunity.OWNER_PHONE);
        assertThat(numbers(community.getPath(), owner.getStatus(), DemoCommunity.OWNER_PHONE))
                .containsExactly(DemoCommunity.OWNER_PHONE);
        PhoneStatus other = owner.getStatus() == PhoneStatus.SUSPENDED ? PhoneStatus.ACTIVE : PhoneStatus.SUSPENDED;
        assertThat(numbers(community.getPath(), other, DemoCommunity.OWNER_PHONE)).isEmpty();
    }

    @Test
    void onePhoneIsFoundOnlyInsideTheScopeWithItsRooms() {
        Phone owner = phones.findWithPersonByE164(DemoCommunity.OWNER_PHONE).orElseThrow();

        assertThat(phones.findInScope(owner.getId(), community.getPath())).isPresent();
        assertThat(phones.findInScope(owner.getId(), node(OrgNodeType.UNIT, "2-1").getPath())).isEmpty();
        assertThat(phones.findInScope(-1, "/")).isEmpty();
        assertThat(memberships.findWithRoomsByPersonIdIn(List.of(owner.getPerson().getId())))
                .isNotEmpty().allSatisfy(m -> assertThat(m.getRoom().getCode()).startsWith("1-1-"));
    }

    private List<String> numbers(String scopePath, PhoneStatus status, String search) {
        return phones.findInScope(scopePath, status, search, PageRequest.of(0, 500)).map(Phone::getE164).getContent();
    }

    private OrgNode node(OrgNodeType type, String code) {
        return nodes.findAtOrUnder("/", type).stream().filter(n -> n.getCode().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " " + code));
    }
}

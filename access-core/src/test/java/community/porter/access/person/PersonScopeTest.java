package community.porter.access.person;

import static org.assertj.core.api.Assertions.assertThat;

import community.porter.access.demo.DemoCommunity;
import community.porter.access.org.OrgNode;
import community.porter.access.org.OrgNodeRepository;
import community.porter.access.org.OrgNodeType;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

/** Where the line of an administrator's part of the tree runs for people. */
@SpringBootTest
@Transactional
class PersonScopeTest {

    @Autowired DemoCommunity demo;
    @Autowired OrgNodeRepository nodes;
    @Autowired PersonRepository persons;
    @Autowired PhoneRepository phones;

    private OrgNode community;

    @BeforeEach
    void seedDemo() {
        demo.seed(0);
        community = nodes.findCommunity(DemoCommunity.CODE).orElseThrow();
    }

    @Test
    void aResidentIsInTheScopeOfHisUnitAndEveryNodeAboveIt() {
        long owner = personOf(DemoCommunity.OWNER_PHONE);

        assertThat(persons.isInScope(owner, node(OrgNodeType.UNIT, "1-1").getPath())).isTrue();
        assertThat(persons.isInScope(owner, community.getPath())).isTrue();
        assertThat(persons.isInScope(owner, node(OrgNodeType.COMMITTEE, "DEMO-C").getPath())).isTrue();
        assertThat(persons.isInScope(owner, node(OrgNodeType.DISTRICT, "DEMO-D").getPath())).isTrue();
    }

    @Test
    void aResidentIsOutsideAnotherUnitAndAnotherCommittee() {
        long owner = personOf(DemoCommunity.OWNER_PHONE);

        assertThat(persons.isInScope(owner, node(OrgNodeType.UNIT, "2-1").getPath())).isFalse();
        assertThat(persons.isInScope(owner, node(OrgNodeType.COMMITTEE, "DEMO-C2").getPath())).isFalse();
    }

    @Test
    void staffAreInTheScopeOfTheNodeOfTheirRoleNotOfAUnitBelowIt() {
        long staff = personOf(DemoCommunity.STAFF_PHONE);

        assertThat(persons.isInScope(staff, community.getPath())).isTrue();
        assertThat(persons.isInScope(staff, node(OrgNodeType.UNIT, "1-1").getPath())).isFalse();
    }

    @Test
    void aPersonWithNoPlaceAndAnUnknownIdAreInNobodysScope() {
        Person nobody = persons.save(new Person("无名", null, Instant.now()));

        assertThat(persons.isInScope(nobody.getId(), "/")).isFalse();
        assertThat(persons.isInScope(-1, "/")).isFalse();
    }

    private long personOf(String e164) {
        return phones.findWithPersonByE164(e164).orElseThrow().getPerson().getId();
    }

    private OrgNode node(OrgNodeType type, String code) {
        return nodes.findAtOrUnder("/", type).stream().filter(n -> n.getCode().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " " + code));
    }
}

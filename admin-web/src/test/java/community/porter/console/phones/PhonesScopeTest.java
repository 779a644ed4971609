package community.porter.console.phones;

import static community.porter.console.ConsoleTestData.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import community.porter.access.audit.AuditEntryRepository;
import community.porter.access.person.MembershipRole;
import community.porter.access.person.Person;
import community.porter.access.person.PersonRepository;
import community.porter.access.person.Phone;
import community.porter.access.person.PhoneBindingRepository;
import community.porter.access.person.PhoneRepository;
import community.porter.access.person.PhoneStatus;
import community.porter.access.person.RoomMembership;
import community.porter.access.person.RoomMembershipRepository;
import community.porter.console.ConsoleTestData;
import community.porter.console.ConsoleTestData.TwoCommittees;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

/** A committee's administrator sees and changes only the phones of their committee. */
@SpringBootTest
@AutoConfigureMockMvc
class PhonesScopeTest {

    private static final String A_PHONE = "+8613700000001";
    private static final String B_PHONE = "+8613700000002";

    @Autowired MockMvc mvc;
    @Autowired ConsoleTestData data;
    @Autowired PhoneRepository phones;
    @Autowired PhoneBindingRepository bindings;
    @Autowired PersonRepository persons;
    @Autowired RoomMembershipRepository memberships;
    @Autowired AuditEntryRepository audit;

    private TwoCommittees tree;

    @BeforeEach
    void seed() {
        data.clear();
        tree = data.twoCommittees();
    }

    @AfterEach
    void clear() {
        data.clear();
    }

    @Test
    void theListAndTheSearchShowOnlyTheCommitteesPhones() throws Exception {
        mvc.perform(get("/phones").with(signedIn(tree.committeeAdminA())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"phones\"")))
                .andExpect(content().string(containsString("data-phone=\"" + A_PHONE + "\" data-status=\"ACTIVE\"")))
                .andExpect(content().string(containsString("1-1-101 · 业主")))
                .andExpect(content().string(not(containsString(B_PHONE))));
        mvc.perform(get("/phones").param("q", "1370000").with(signedIn(tree.committeeAdminA())))
                .andExpect(content().string(containsString(A_PHONE)))
                .andExpect(content().string(not(containsString(B_PHONE))));
        mvc.perform(get("/phones").param("q", "乙住户").with(signedIn(tree.committeeAdminA())))
                .andExpect(content().string(not(containsString("data-phone="))));
        mvc.perform(get("/phones").param("q", "乙住户").with(signedIn(tree.districtAdmin())))
                .andExpect(content().string(containsString("data-phone=\"" + B_PHONE + "\"")))
                .andExpect(content().string(not(containsString("data-phone=\"" + A_PHONE + "\""))));
        mvc.perform(get("/phones").param("status", "PENDING").with(signedIn(tree.districtAdmin())))
                .andExpect(content().string(not(containsString("data-phone="))));

        assertThat(audit.findAll()).filteredOn(e -> e.getAction().equals("PHONES_SEARCHED")).hasSize(3)
                .allSatisfy(e -> assertThat(e.getDetail()).startsWith("q="));
    }

    @Test
    void theListShowsFiftyPhonesAPageAndASearchMayBeTypedWithSpaces() throws Exception {
        for (int i = 0; i < 50; i++) {
            Person person = persons.save(new Person("住户" + i, null, Instant.now()));
            phones.save(new Phone(person, String.format("+86138%08d", i), PhoneStatus.ACTIVE, Instant.now()));
            memberships.save(new RoomMembership(person, tree.a().room(), MembershipRole.FAMILY));
        }
        String first = mvc.perform(get("/phones").with(signedIn(tree.committeeAdminA())))
                .andExpect(content().string(containsString("page=1")))
                .andReturn().getResponse().getContentAsString();
        assertThat(first.split("data-phone=", -1)).hasSize(51);
        String second = mvc.perform(get("/phones").param("page", "1").with(signedIn(tree.committeeAdminA())))
                .andReturn().getResponse().getContentAsString();
        assertThat(second.split("data-phone=", -1)).hasSize(2);
        assertThat(second).contains(A_PHONE); // the oldest comes last

        mvc.perform(get("/phones").param("q", "138 0000-0007").with(signedIn(tree.committeeAdminA())))
                .andExpect(content().string(containsString("data-phone=\"+8613800000007\"")))
                .andExpect(content().string(not(containsString("data-phone=\"+8613800000008\""))));
    }

    @Test
    void anotherCommitteesPhoneIsNotFoundAndCannotBeChanged() throws Exception {
        long b = tree.b().phone().getId();
        mvc.perform(get("/phones/" + b).with(signedIn(tree.committeeAdminA()))).andExpect(status().isNotFound());
        mvc.perform(get("/phones/" + b + "/status").with(signedIn(tree.committeeAdminA())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/phones/999999").with(signedIn(tree.committeeAdminA()))).andExpect(status().isNotFound());
        for (String action : new String[] {"suspend", "reactivate", "binding"}) {
            mvc.perform(post("/phones/" + b + "/" + action).with(signedIn(tree.committeeAdminA())).with(csrf()))
                    .andExpect(status().isNotFound());
        }
        assertThat(phones.findById(b).orElseThrow().getStatus()).isEqualTo(PhoneStatus.ACTIVE);
        assertThat(bindings.count()).isZero();
        assertThat(audit.count()).isZero();

        mvc.perform(get("/phones/" + b).with(signedIn(tree.committeeAdminB()))).andExpect(status().isOk());
    }

    @Test
    void aCraftedAddWithTheOtherCommitteesCommunityIsRefusedAndStoresNothing() throws Exception {
        long phonesBefore = phones.count();
        mvc.perform(post("/phones").with(signedIn(tree.committeeAdminA())).with(csrf())
                        .param("name", "张三").param("phone", "13800000009")
                        .param("community", tree.b().community().getId().toString())
                        .param("room", "1-1-101").param("role", "OWNER"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/phones").with(signedIn(tree.committeeAdminA())).with(csrf())
                        .param("name", "张三").param("phone", "13800000009").param("community", "not-a-number")
                        .param("room", "1-1-101").param("role", "OWNER"))
                .andExpect(status().isOk());
        assertThat(phones.count()).isEqualTo(phonesBefore);
        assertThat(audit.count()).isZero();
    }
}

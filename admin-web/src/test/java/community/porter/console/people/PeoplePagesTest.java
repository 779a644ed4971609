package community.porter.console.people;

import static community.porter.console.ConsoleTestData.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import community.porter.access.audit.AuditEntry;
import community.porter.access.audit.AuditEntryRepository;
import community.porter.access.person.MembershipRole;
import community.porter.access.person.Person;
import community.porter.access.person.PersonRepository;
import community.porter.access.person.RoomMembership;
import community.porter.access.person.RoomMembershipRepository;
import community.porter.console.ConsoleTestData;
import community.porter.console.ConsoleTestData.TwoCommittees;
import community.porter.console.MutableClock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

/** The people list and a person's page: scope, search, audit and escaping; renaming. */
@SpringBootTest
@AutoConfigureMockMvc
class PeoplePagesTest {

    @Autowired MockMvc mvc;
    @Autowired ConsoleTestData data;
    @Autowired AuditEntryRepository audit;
    @Autowired PersonRepository people;
    @Autowired RoomMembershipRepository memberships;
    @Autowired MutableClock clock;

    TwoCommittees tree;

    @BeforeEach
    void setUp() {
        data.clear();
        tree = data.twoCommittees();
    }

    @AfterEach
    void tearDown() {
        data.clear();
    }

    @Test
    void theListShowsOnlyThePeopleInScope() throws Exception {
        mvc.perform(get("/people").with(signedIn(tree.committeeAdminA())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"people\"")))
                .andExpect(content().string(containsString("data-person=\"" + tree.a().resident().getId() + "\"")))
                .andExpect(content().string(not(containsString("data-person=\"" + tree.b().resident().getId() + "\""))))
                .andExpect(content().string(not(containsString("乙住户"))));
        mvc.perform(get("/people").with(signedIn(tree.staffA())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("甲住户")))
                .andExpect(content().string(not(containsString("乙住户"))));
        mvc.perform(get("/people").with(signedIn(tree.districtAdmin())))
                .andExpect(content().string(containsString("甲住户")))
                .andExpect(content().string(containsString("乙住户")));
        assertThat(entries("PEOPLE_SEARCHED")).as("a list without a search reads nothing chosen").isEmpty();
    }

    @Test
    void aSearchByNameOrPhoneFindsWithinScopeAndIsAudited() throws Exception {
        mvc.perform(get("/people").param("q", "13700000002").with(signedIn(tree.districtAdmin())))
                .andExpect(content().string(containsString("乙住户")))
                .andExpect(content().string(not(containsString("甲住户"))));
        mvc.perform(get("/people").param("q", "乙").with(signedIn(tree.committeeAdminA())))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("data-person=\""))));
        mvc.perform(get("/people").param("q", "甲").with(signedIn(tree.committeeAdminA())))
                .andExpect(content().string(containsString("data-person=\"" + tree.a().resident().getId() + "\"")));

        assertThat(entries("PEOPLE_SEARCHED")).hasSize(3)
                .anySatisfy(e -> {
                    assertThat(e.getActor()).isEqualTo("console:district");
                    assertThat(e.getDetail()).isEqualTo("13700000002");
                })
                .anySatisfy(e -> assertThat(e.getScopePath()).isEqualTo(tree.a().committee().getPath()));
    }

    @Test
    void aPersonsPageShowsPhonesAndRoomsAndIsAudited() throws Exception {
        long id = tree.a().resident().getId();
        mvc.perform(get("/people/{id}", id).with(signedIn(tree.communityAdminA())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"person-name\">甲住户<")))
                .andExpect(content().string(containsString("+8613700000001")))
                .andExpect(content().string(containsString("1-1-101")))
                .andExpect(content().string(containsString("data-state=\"CURRENT\"")));
        assertThat(entries("PERSON_VIEWED")).singleElement().satisfies(e -> {
            assertThat(e.getActor()).isEqualTo("console:community-a");
            assertThat(e.getTargetId()).isEqualTo(Long.toString(id));
        });
    }

    @Test
    void anotherCommitteesPersonOrANonexistentOneIsNotFound() throws Exception {
        mvc.perform(get("/people/{id}", tree.b().resident().getId()).with(signedIn(tree.committeeAdminA())))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("乙住户"))));
        mvc.perform(get("/people/{id}", 999_999).with(signedIn(tree.committeeAdminA())))
                .andExpect(status().isNotFound());
        assertThat(entries("PERSON_VIEWED")).isEmpty();
    }

    @Test
    void aRenameIsAuditedAndANameIsShownEscaped() throws Exception {
        long id = tree.a().resident().getId();
        mvc.perform(post("/people/{id}/name", id).param("name", "<script>alert(1)</script>")
                        .with(signedIn(tree.committeeAdminA())).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/people/" + id))
                .andExpect(flash().attribute("notice", "people.done.renamed"));
        assertThat(people.findById(id).orElseThrow().getName()).isEqualTo("<script>alert(1)</script>");
        assertThat(entries("PERSON_RENAMED")).singleElement()
                .satisfies(e -> assertThat(e.getTargetId()).isEqualTo(Long.toString(id)));

        for (var page : List.of(get("/people/{id}", id), get("/people"), get("/rooms/{id}", tree.a().room().getId()))) {
            mvc.perform(page.with(signedIn(tree.committeeAdminA())))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
                    .andExpect(content().string(not(containsString("<script>alert"))));
        }
    }

    @Test
    void aBlankNameIsMarkedAndNothingChanges() throws Exception {
        long id = tree.a().resident().getId();
        mvc.perform(post("/people/{id}/name", id).param("name", "  ")
                        .with(signedIn(tree.committeeAdminA())).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("aria-invalid=\"true\"")))
                .andExpect(content().string(containsString("class=\"field-error\"")));
        assertThat(people.findById(id).orElseThrow().getName()).isEqualTo("甲住户");
        assertThat(entries("PERSON_RENAMED")).isEmpty();
    }

    @Test
    void aCraftedRenameOfAnotherCommitteesPersonChangesNothing() throws Exception {
        long id = tree.b().resident().getId();
        mvc.perform(post("/people/{id}/name", id).param("name", "taken over")
                        .with(signedIn(tree.committeeAdminA())).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(people.findById(id).orElseThrow().getName()).isEqualTo("乙住户");
        assertThat(entries("PERSON_RENAMED")).isEmpty();
    }

    @Test
    void aPostWithoutCsrfIsRefused() throws Exception {
        long id = tree.a().resident().getId();
        mvc.perform(post("/people/{id}/name", id).param("name", "no token").with(signedIn(tree.committeeAdminA())))
                .andExpect(status().isForbidden());
        assertThat(people.findById(id).orElseThrow().getName()).isEqualTo("甲住户");
    }

    @Test
    void endingAMembershipEndsItNowAndWithItTheDoorRights() throws Exception {
        long id = tree.a().resident().getId();
        var membership = memberships.findByPersonId(id).get(0);
        assertThat(memberships.findValidMembershipsOf(id, clock.instant())).hasSize(1);

        mvc.perform(post("/people/{id}/memberships/{m}/end", id, membership.getId())
                        .with(signedIn(tree.communityAdminA())).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("notice", "people.done.membershipEnded"));

        assertThat(memberships.findById(membership.getId()).orElseThrow().getValidTo()).isEqualTo(clock.instant());
        assertThat(memberships.findValidMembershipsOf(id, clock.instant()))
                .as("the SMS door check reads memberships valid now").isEmpty();
        assertThat(entries("MEMBERSHIP_ENDED")).singleElement()
                .satisfies(e -> assertThat(e.getDetail()).contains("1-1-101"));
        mvc.perform(get("/people/{id}", id).with(signedIn(tree.communityAdminA())))
                .andExpect(content().string(containsString("data-state=\"ENDED\"")));
    }

    @Test
    void aCraftedEndOrRoleChangeOfAnotherCommitteesMembershipChangesNothing() throws Exception {
        var theirs = memberships.findByPersonId(tree.b().resident().getId()).get(0);
        long ourPerson = tree.a().resident().getId();
        // Their person with their membership, and our person with their membership's id: both refused.
        for (long person : new long[] {tree.b().resident().getId(), ourPerson}) {
            mvc.perform(post("/people/{id}/memberships/{m}/end", person, theirs.getId())
                            .with(signedIn(tree.committeeAdminA())).with(csrf()))
                    .andExpect(status().isNotFound());
            mvc.perform(post("/people/{id}/memberships/{m}/role", person, theirs.getId()).param("role", "TENANT")
                            .with(signedIn(tree.committeeAdminA())).with(csrf()))
                    .andExpect(status().isNotFound());
        }
        var after = memberships.findById(theirs.getId()).orElseThrow();
        assertThat(after.getValidTo()).isNull();
        assertThat(after.getRole()).isEqualTo(MembershipRole.OWNER);
        assertThat(entries("MEMBERSHIP_ENDED")).isEmpty();
        assertThat(entries("MEMBERSHIP_CHANGED")).isEmpty();
    }

    @Test
    void aMembershipsRoleChangeIsAudited() throws Exception {
        long id = tree.a().resident().getId();
        var membership = memberships.findByPersonId(id).get(0);
        mvc.perform(post("/people/{id}/memberships/{m}/role", id, membership.getId()).param("role", "TENANT")
                        .with(signedIn(tree.committeeAdminA())).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("notice", "people.done.membershipChanged"));
        assertThat(memberships.findById(membership.getId()).orElseThrow().getRole()).isEqualTo(MembershipRole.TENANT);
        assertThat(entries("MEMBERSHIP_CHANGED")).singleElement()
                .satisfies(e -> assertThat(e.getDetail()).contains("OWNER -> TENANT"));
    }

    @Test
    void theRoomsAndTheirOccupantsAreThoseInScope() throws Exception {
        long ourRoom = tree.a().room().getId();
        long theirRoom = tree.b().room().getId();
        mvc.perform(get("/rooms").with(signedIn(tree.committeeAdminA())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"rooms\"")))
                .andExpect(content().string(containsString("data-room=\"" + ourRoom + "\"")))
                .andExpect(content().string(containsString("小区A")))
                .andExpect(content().string(not(containsString("data-room=\"" + theirRoom + "\""))))
                .andExpect(content().string(not(containsString("小区B"))));
        mvc.perform(get("/rooms/{id}", ourRoom).with(signedIn(tree.committeeAdminA())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("甲住户")));
        mvc.perform(get("/rooms/{id}", theirRoom).with(signedIn(tree.committeeAdminA())))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("乙住户"))));
    }

    @Test
    void anEndedMembershipNoLongerCountsAsAnOccupant() throws Exception {
        long id = tree.a().resident().getId();
        var membership = memberships.findByPersonId(id).get(0);
        mvc.perform(post("/people/{id}/memberships/{m}/end", id, membership.getId())
                .with(signedIn(tree.committeeAdminA())).with(csrf()));
        clock.advance(Duration.ofSeconds(1));
        mvc.perform(get("/rooms").with(signedIn(tree.committeeAdminA())))
                .andExpect(content().string(containsString("<td class=\"num\">0</td>")));
    }

    @Test
    void theListComesFiftyToAPage() throws Exception {
        for (int i = 0; i < 55; i++) {
            var person = people.save(new Person(String.format("住户%02d", i), null, clock.instant()));
            memberships.save(new RoomMembership(person, tree.a().room(), MembershipRole.FAMILY));
        }
        String first = mvc.perform(get("/people").with(signedIn(tree.committeeAdminA())))
                .andExpect(content().string(containsString("page=1")))
                .andReturn().getResponse().getContentAsString();
        assertThat(first.split("data-person=\"", -1)).hasSize(51);
        String second = mvc.perform(get("/people").param("page", "1").with(signedIn(tree.committeeAdminA())))
                .andReturn().getResponse().getContentAsString();
        assertThat(second.split("data-person=\"", -1)).as("56 people in scope: 6 on the second page").hasSize(7);
    }

    private List<AuditEntry> entries(String action) {
        return audit.findAll().stream().filter(e -> e.getAction().equals(action)).toList();
    }
}

package community.porter.console.people;

import static community.porter.console.ConsoleTestData.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import community.porter.access.audit.AuditEntry;
import community.porter.access.audit.AuditEntryRepository;
import community.porter.access.person.MembershipRole;
import community.porter.access.person.Permission;
import community.porter.access.person.RoomMembership;
import community.porter.access.person.RoomMembershipRepository;
import community.porter.access.person.StaffRole;
import community.porter.access.person.StaffRoleRepository;
import community.porter.console.ConsoleTestData;
import community.porter.console.ConsoleTestData.TwoCommittees;
import community.porter.console.MutableClock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** Adding room memberships and staff roles on a person's page, within scope and audited. */
@SpringBootTest
@AutoConfigureMockMvc
class PersonChangesPageTest {

    @Autowired MockMvc mvc;
    @Autowired ConsoleTestData data;
    @Autowired AuditEntryRepository audit;
    @Autowired RoomMembershipRepository memberships;
    @Autowired StaffRoleRepository staffRoles;
    @Autowired MutableClock clock;
    @Autowired TransactionTemplate transactions;

    TwoCommittees tree;
    long person;

    @BeforeEach
    void setUp() {
        data.clear();
        tree = data.twoCommittees();
        person = tree.a().resident().getId();
    }

    @AfterEach
    void tearDown() {
        data.clear();
    }

    @Test
    void aMembershipIsAddedByRoomCodeWithItsPeriodAndAudited() throws Exception {
        mvc.perform(post("/people/{id}/memberships", person).with(signedIn(tree.communityAdminA())).with(csrf())
                        .param("communityId", tree.a().community().getId().toString()).param("roomCode", "1-1-101")
                        .param("role", "TENANT").param("validFrom", "2026-12-01").param("validTo", "2027-05-31"))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("notice", "people.done.membershipAdded"));

        RoomMembership added = memberships.findByPersonId(person).stream()
                .filter(m -> m.getRole() == MembershipRole.TENANT).findFirst().orElseThrow();
        ZoneId zone = ZoneId.of("Asia/Shanghai"); // porter.visitors.time-zone, whatever the machine runs in
        assertThat(added.getValidFrom()).isEqualTo(LocalDate.parse("2026-12-01").atStartOfDay(zone).toInstant());
        assertThat(added.getValidTo()).as("the last day is included")
                .isEqualTo(LocalDate.parse("2027-06-01").atStartOfDay(zone).toInstant());
        assertThat(entries("MEMBERSHIP_ADDED")).singleElement().satisfies(e -> {
            assertThat(e.getTargetId()).isEqualTo(Long.toString(person));
            assertThat(e.getDetail()).contains("1-1-101").contains("TENANT");
        });
        mvc.perform(get("/people/{id}", person).with(signedIn(tree.communityAdminA())))
                .andExpect(content().string(containsString("data-state=\"FUTURE\"")));
    }

    @Test
    void anUnknownRoomOrAnUpsideDownPeriodIsMarkedAtTheField() throws Exception {
        mvc.perform(post("/people/{id}/memberships", person).with(signedIn(tree.communityAdminA())).with(csrf())
                        .param("communityId", tree.a().community().getId().toString()).param("roomCode", "9-9-909")
                        .param("role", "OWNER"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("aria-invalid=\"true\"")))
                .andExpect(content().string(containsString("该小区没有这个房号")));
        mvc.perform(post("/people/{id}/memberships", person).with(signedIn(tree.communityAdminA())).with(csrf())
                        .param("communityId", tree.a().community().getId().toString()).param("roomCode", "1-1-101")
                        .param("role", "OWNER").param("validFrom", "2027-01-02").param("validTo", "2026-12-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("截止日期不能早于开始日期")));
        assertThat(memberships.findByPersonId(person)).hasSize(1);
        assertThat(entries("MEMBERSHIP_ADDED")).isEmpty();
    }

    @Test
    void aCraftedMembershipInAnotherCommitteesRoomIsRefusedAndNothingStored() throws Exception {
        // Our person into their room, by their community's id.
        mvc.perform(post("/people/{id}/memberships", person).with(signedIn(tree.committeeAdminA())).with(csrf())
                        .param("communityId", tree.b().community().getId().toString()).param("roomCode", "1-1-101")
                        .param("role", "OWNER"))
                .andExpect(status().isNotFound());
        // Their person into our room.
        long theirs = tree.b().resident().getId();
        mvc.perform(post("/people/{id}/memberships", theirs).with(signedIn(tree.committeeAdminA())).with(csrf())
                        .param("communityId", tree.a().community().getId().toString()).param("roomCode", "1-1-101")
                        .param("role", "OWNER"))
                .andExpect(status().isNotFound());
        assertThat(memberships.findByPersonId(person)).hasSize(1);
        assertThat(memberships.findByPersonId(theirs)).hasSize(1);
        assertThat(entries("MEMBERSHIP_ADDED")).isEmpty();
    }

    @Test
    void aStaffRoleIsAddedChangedAndRemovedWithAudit() throws Exception {
        mvc.perform(post("/people/{id}/staff-roles", person).with(signedIn(tree.committeeAdminA())).with(csrf())
                        .param("nodeId", tree.a().community().getId().toString())
                        .param("permissions", "DOOR", "VISITOR").param("onDuty", "false"))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("notice", "people.done.staffRoleAdded"));
        StaffRole role = single();
        assertThat(role.getPermissions()).containsExactlyInAnyOrder(Permission.DOOR, Permission.VISITOR);
        assertThat(role.isOnDuty()).isFalse();

        mvc.perform(post("/people/{id}/staff-roles/{r}", person, role.getId()).with(signedIn(tree.committeeAdminA()))
                        .with(csrf()).param("permissions", "QUERY").param("onDuty", "true"))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("notice", "people.done.staffRoleChanged"));
        role = single();
        assertThat(role.getPermissions()).containsExactly(Permission.QUERY);
        assertThat(role.isOnDuty()).isTrue();
        mvc.perform(get("/people/{id}", person).with(signedIn(tree.committeeAdminA())))
                .andExpect(content().string(containsString("data-staff-role=\"" + role.getId() + "\"")));

        mvc.perform(post("/people/{id}/staff-roles/{r}/remove", person, role.getId())
                        .with(signedIn(tree.committeeAdminA())).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("notice", "people.done.staffRoleRemoved"));
        assertThat(staffRoles.findByPersonId(person)).isEmpty();
        assertThat(entries("STAFF_ROLE_ADDED")).hasSize(1);
        assertThat(entries("STAFF_ROLE_CHANGED")).singleElement()
                .satisfies(e -> assertThat(e.getDetail()).contains("QUERY"));
        assertThat(entries("STAFF_ROLE_REMOVED")).hasSize(1);
    }

    @Test
    void aCraftedStaffRoleAtAnotherCommitteesNodeOrOnTheirRoleChangesNothing() throws Exception {
        mvc.perform(post("/people/{id}/staff-roles", person).with(signedIn(tree.committeeAdminA())).with(csrf())
                        .param("nodeId", tree.b().community().getId().toString()).param("permissions", "DOOR"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/people/{id}/staff-roles", person).with(signedIn(tree.communityAdminA())).with(csrf())
                        .param("nodeId", tree.a().committee().getId().toString()).param("permissions", "DOOR"))
                .andExpect(status().isNotFound());
        assertThat(staffRoles.findByPersonId(person)).isEmpty();

        long theirPerson = tree.b().resident().getId();
        long theirRole = transactions.execute(status -> staffRoles.save(new StaffRole(
                tree.b().resident(), tree.b().community(), EnumSet.of(Permission.DOOR))).getId());
        for (long owner : new long[] {theirPerson, person}) {
            mvc.perform(post("/people/{id}/staff-roles/{r}", owner, theirRole).with(signedIn(tree.committeeAdminA()))
                            .with(csrf()).param("permissions", "BROADCAST").param("onDuty", "true"))
                    .andExpect(status().isNotFound());
            mvc.perform(post("/people/{id}/staff-roles/{r}/remove", owner, theirRole)
                            .with(signedIn(tree.committeeAdminA())).with(csrf()))
                    .andExpect(status().isNotFound());
        }
        assertThat(staffRoles.findById(theirRole).orElseThrow().getPermissions()).containsExactly(Permission.DOOR);
        assertThat(audit.findAll()).isEmpty();
    }

    private StaffRole single() {
        List<StaffRole> roles = staffRoles.findByPersonId(person);
        assertThat(roles).hasSize(1);
        return roles.get(0);
    }

    private List<AuditEntry> entries(String action) {
        return audit.findAll().stream().filter(e -> e.getAction().equals(action)).toList();
    }
}

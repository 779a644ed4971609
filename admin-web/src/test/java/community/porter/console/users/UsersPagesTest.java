package community.porter.console.users;

import static community.porter.console.ConsoleTestData.PASSWORD;
import static community.porter.console.ConsoleTestData.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import community.porter.access.audit.AuditEntry;
import community.porter.access.audit.AuditEntryRepository;
import community.porter.access.console.ConsoleRole;
import community.porter.access.console.ConsoleUser;
import community.porter.access.console.ConsoleUserRepository;
import community.porter.console.ConsoleTestData;
import community.porter.console.ConsoleTestData.TwoCommittees;
import community.porter.console.MutableClock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Console user management: who sees and changes whom, the rules of roles and nodes, audit. */
@SpringBootTest
@AutoConfigureMockMvc
class UsersPagesTest {

    private static final String NEW_PASSWORD = "a much longer secret";

    @Autowired MockMvc mvc;
    @Autowired ConsoleTestData data;
    @Autowired AuditEntryRepository audit;
    @Autowired ConsoleUserRepository users;
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
    void aCommunityAdminSeesOnlyTheUsersAtOrUnderTheirCommunity() throws Exception {
        mvc.perform(get("/users").with(signedIn(tree.communityAdminA())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"users\"")))
                .andExpect(content().string(containsString("data-username=\"community-a\"")))
                .andExpect(content().string(containsString("data-username=\"staff-a\"")))
                .andExpect(content().string(not(containsString("data-username=\"committee-a\""))))
                .andExpect(content().string(not(containsString("data-username=\"committee-b\""))))
                .andExpect(content().string(not(containsString("data-username=\"district\""))));
        mvc.perform(get("/users").with(signedIn(tree.committeeAdminA())))
                .andExpect(content().string(containsString("data-username=\"committee-a\"")))
                .andExpect(content().string(containsString("data-username=\"staff-a\"")))
                .andExpect(content().string(not(containsString("data-username=\"committee-b\""))))
                .andExpect(content().string(not(containsString("data-username=\"street\""))));
    }

    @Test
    void staffGetForbiddenOnEveryUsersUrl() throws Exception {
        long someone = tree.communityAdminA().getId();
        List<MockHttpServletRequestBuilder> requests = List.of(get("/users"), get("/users/new"),
                get("/users/{id}", someone), post("/users").with(csrf()).param("username", "x"),
                post("/users/{id}/disable", someone).with(csrf()), post("/users/{id}/unlock", someone).with(csrf()),
                post("/users/{id}/enable", someone).with(csrf()),
                post("/users/{id}/password", someone).with(csrf()).param("newPassword", NEW_PASSWORD),
                post("/users/{id}/assignment", someone).with(csrf()).param("role", "STAFF")
                        .param("node", tree.a().community().getId().toString()));
        for (var request : requests) {
            mvc.perform(request.with(signedIn(tree.staffA()))).andExpect(status().isForbidden());
        }
        assertThat(users.findById(someone).orElseThrow().isEnabled()).isTrue();
        assertThat(audit.findAll()).isEmpty();
    }

    @Test
    void theNewUserFormOffersOnlyRolesAndNodesTheAdminMayGive() throws Exception {
        mvc.perform(get("/users/new").with(signedIn(tree.communityAdminA())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"create-user\"")))
                .andExpect(content().string(containsString("value=\"COMMUNITY_ADMIN\"")))
                .andExpect(content().string(containsString("value=\"STAFF\"")))
                .andExpect(content().string(not(containsString("value=\"COMMITTEE_ADMIN\""))))
                .andExpect(content().string(containsString("value=\"" + tree.a().community().getId() + "\"")))
                .andExpect(content().string(not(containsString("value=\"" + tree.a().committee().getId() + "\""))));
    }

    @Test
    void aNewUserIsStoredHashedAuditedAndCanSignIn() throws Exception {
        mvc.perform(newUser(tree.communityAdminA(), "guard-2", ConsoleRole.STAFF, tree.a().community().getId()))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("notice", "users.done.created"));
        ConsoleUser created = users.findByUsername("guard-2").orElseThrow();
        assertThat(created.getRole()).isEqualTo(ConsoleRole.STAFF);
        assertThat(created.getNode().getId()).isEqualTo(tree.a().community().getId());
        assertThat(created.getPasswordHash()).doesNotContain(NEW_PASSWORD);
        assertThat(entries("USER_CREATED")).singleElement().satisfies(e -> {
            assertThat(e.getActor()).isEqualTo("console:community-a");
            assertThat(e.getTargetId()).isEqualTo(created.getId().toString());
            assertThat(e.getDetail()).contains("guard-2").doesNotContain(NEW_PASSWORD);
        });
        mvc.perform(formLogin("/login").user("guard-2").password(NEW_PASSWORD)).andExpect(authenticated());
    }

    @Test
    void aCraftedNewUserAboveOwnRoleOrOutsideScopeIsRefusedAndNothingStored() throws Exception {
        // The committee itself: above the community admin's node.
        mvc.perform(newUser(tree.communityAdminA(), "intruder", ConsoleRole.STAFF, tree.a().committee().getId()))
                .andExpect(status().isNotFound());
        // Another committee's community.
        mvc.perform(newUser(tree.communityAdminA(), "intruder", ConsoleRole.STAFF, tree.b().community().getId()))
                .andExpect(status().isNotFound());
        // A role above the admin's own, at their own node.
        mvc.perform(newUser(tree.communityAdminA(), "intruder", ConsoleRole.COMMITTEE_ADMIN,
                        tree.a().community().getId()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("aria-invalid=\"true\"")))
                .andExpect(content().string(containsString("不能授予高于您自己的角色")));
        // A role that does not belong at the node: staff at a committee, a community admin at a building.
        mvc.perform(newUser(tree.committeeAdminA(), "intruder", ConsoleRole.STAFF, tree.a().committee().getId()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("该角色与所选层级不符")));
        mvc.perform(newUser(tree.committeeAdminA(), "intruder", ConsoleRole.COMMUNITY_ADMIN,
                        tree.a().building().getId()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("该角色与所选层级不符")));
        assertThat(users.existsByUsername("intruder")).isFalse();
        assertThat(entries("USER_CREATED")).isEmpty();

        // The rules let staff work at a building of the community.
        mvc.perform(newUser(tree.communityAdminA(), "porter-b1", ConsoleRole.STAFF, tree.a().building().getId()))
                .andExpect(status().isFound());
        assertThat(users.existsByUsername("porter-b1")).isTrue();
    }

    @Test
    void aTakenNameOrAWeakPasswordIsMarkedAtTheField() throws Exception {
        mvc.perform(newUser(tree.communityAdminA(), "staff-a", ConsoleRole.STAFF, tree.a().community().getId()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("该用户名已被使用")));
        mvc.perform(newUser(tree.communityAdminA(), "guard-3", ConsoleRole.STAFF, tree.a().community().getId(),
                        "short", "Guard 3"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("aria-invalid=\"true\"")))
                .andExpect(content().string(containsString("至少 12 个字符")));
        mvc.perform(newUser(tree.communityAdminA(), "guard-3-long-name", ConsoleRole.STAFF,
                        tree.a().community().getId(), "GUARD-3-long-name", "Guard 3"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("密码不能与用户名相同")));
        assertThat(users.existsByUsername("guard-3")).isFalse();
        assertThat(users.existsByUsername("guard-3-long-name")).isFalse();
        assertThat(users.count()).isEqualTo(6);
    }

    @Test
    void aUserAboveOrBesideIsNotFoundAndCraftedChangesChangeNothing() throws Exception {
        for (ConsoleUser other : List.of(tree.districtAdmin(), tree.committeeAdminA(), tree.committeeAdminB())) {
            long id = other.getId();
            mvc.perform(get("/users/{id}", id).with(signedIn(tree.communityAdminA()))).andExpect(status().isNotFound());
            for (String action : List.of("disable", "unlock", "enable")) {
                mvc.perform(post("/users/{id}/" + action, id).with(signedIn(tree.communityAdminA())).with(csrf()))
                        .andExpect(status().isNotFound());
            }
            mvc.perform(post("/users/{id}/password", id).param("newPassword", NEW_PASSWORD)
                            .with(signedIn(tree.communityAdminA())).with(csrf()))
                    .andExpect(status().isNotFound());
            mvc.perform(post("/users/{id}/assignment", id).param("role", "STAFF")
                            .param("node", tree.a().community().getId().toString())
                            .with(signedIn(tree.communityAdminA())).with(csrf()))
                    .andExpect(status().isNotFound());
            ConsoleUser after = users.findById(id).orElseThrow();
            assertThat(after.isEnabled()).isTrue();
            assertThat(after.getRole()).isEqualTo(other.getRole());
            assertThat(after.getPasswordHash()).isEqualTo(other.getPasswordHash());
        }
        assertThat(audit.findAll()).isEmpty();
    }

    @Test
    void aDisabledUserCannotSignInUntilEnabledAgain() throws Exception {
        long id = tree.staffA().getId();
        mvc.perform(post("/users/{id}/disable", id).with(signedIn(tree.communityAdminA())).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/users/" + id))
                .andExpect(flash().attribute("notice", "users.done.disabled"));
        assertThat(users.findById(id).orElseThrow().isEnabled()).isFalse();
        assertThat(entries("USER_DISABLED")).singleElement()
                .satisfies(e -> assertThat(e.getTargetId()).isEqualTo(Long.toString(id)));
        mvc.perform(formLogin("/login").user("staff-a").password(PASSWORD)).andExpect(unauthenticated());
        mvc.perform(get("/users/{id}", id).with(signedIn(tree.communityAdminA())))
                .andExpect(content().string(containsString("data-enabled=\"false\"")));

        mvc.perform(post("/users/{id}/enable", id).with(signedIn(tree.communityAdminA())).with(csrf()))
                .andExpect(status().isFound());
        assertThat(entries("USER_ENABLED")).hasSize(1);
        mvc.perform(formLogin("/login").user("staff-a").password(PASSWORD)).andExpect(authenticated());
    }

    @Test
    void anUnlockLiftsALockOutAtOnce() throws Exception {
        for (int i = 0; i < 10 && !users.findByUsername("staff-a").orElseThrow().isLockedAt(clock.instant()); i++) {
            mvc.perform(formLogin("/login").user("staff-a").password("wrong " + i));
        }
        assertThat(users.findByUsername("staff-a").orElseThrow().isLockedAt(clock.instant())).isTrue();
        long id = tree.staffA().getId();
        mvc.perform(get("/users/{id}", id).with(signedIn(tree.committeeAdminA())))
                .andExpect(content().string(containsString("id=\"unlock-user\"")));

        mvc.perform(post("/users/{id}/unlock", id).with(signedIn(tree.committeeAdminA())).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("notice", "users.done.unlocked"));
        assertThat(users.findById(id).orElseThrow().isLockedAt(clock.instant())).isFalse();
        assertThat(entries("USER_UNLOCKED")).hasSize(1);
        mvc.perform(formLogin("/login").user("staff-a").password(PASSWORD)).andExpect(authenticated());
    }

    @Test
    void aPasswordResetIsAuditedWithoutThePasswordAndFollowsTheRules() throws Exception {
        long id = tree.staffA().getId();
        mvc.perform(post("/users/{id}/password", id).param("newPassword", "too short")
                        .with(signedIn(tree.communityAdminA())).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
        mvc.perform(post("/users/{id}/password", id).param("newPassword", NEW_PASSWORD)
                        .with(signedIn(tree.communityAdminA())).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("notice", "users.done.passwordReset"));
        assertThat(entries("USER_PASSWORD_RESET")).singleElement()
                .satisfies(e -> assertThat(e.getDetail()).doesNotContain(NEW_PASSWORD));
        mvc.perform(formLogin("/login").user("staff-a").password(PASSWORD)).andExpect(unauthenticated());
        mvc.perform(formLogin("/login").user("staff-a").password(NEW_PASSWORD)).andExpect(authenticated());
    }

    @Test
    void aRoleAndNodeChangeFollowsTheSameRules() throws Exception {
        long id = tree.staffA().getId();
        String community = tree.a().community().getId().toString();
        mvc.perform(post("/users/{id}/assignment", id).param("role", "COMMITTEE_ADMIN")
                        .param("node", tree.a().committee().getId().toString())
                        .with(signedIn(tree.communityAdminA())).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/users/{id}/assignment", id).param("role", "COMMITTEE_ADMIN").param("node", community)
                        .with(signedIn(tree.communityAdminA())).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
        assertThat(users.findById(id).orElseThrow().getRole()).isEqualTo(ConsoleRole.STAFF);
        assertThat(entries("USER_CHANGED")).isEmpty();

        mvc.perform(post("/users/{id}/assignment", id).param("role", "COMMUNITY_ADMIN").param("node", community)
                        .with(signedIn(tree.communityAdminA())).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("notice", "users.done.changed"));
        assertThat(users.findById(id).orElseThrow().getRole()).isEqualTo(ConsoleRole.COMMUNITY_ADMIN);
        assertThat(entries("USER_CHANGED")).singleElement()
                .satisfies(e -> assertThat(e.getDetail()).contains("STAFF@").contains("COMMUNITY_ADMIN@"));
    }

    @Test
    void nobodyChangesOrDisablesThemselvesHere() throws Exception {
        long self = tree.committeeAdminA().getId();
        mvc.perform(get("/users/{id}", self).with(signedIn(tree.committeeAdminA())))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"disable-user\""))));
        mvc.perform(post("/users/{id}/disable", self).with(signedIn(tree.committeeAdminA())).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("refused", "users.refused.self"));
        mvc.perform(post("/users/{id}/assignment", self).param("role", "COMMITTEE_ADMIN")
                        .param("node", tree.a().committee().getId().toString())
                        .with(signedIn(tree.committeeAdminA())).with(csrf()))
                .andExpect(flash().attribute("refused", "users.refused.self"));
        mvc.perform(post("/users/{id}/password", self).param("newPassword", NEW_PASSWORD)
                        .with(signedIn(tree.committeeAdminA())).with(csrf()))
                .andExpect(flash().attribute("refused", "users.refused.self"));
        assertThat(users.findById(self).orElseThrow().isEnabled()).isTrue();
        assertThat(audit.findAll()).isEmpty();
    }

    @Test
    void aDisplayNameIsShownEscaped() throws Exception {
        mvc.perform(newUser(tree.communityAdminA(), "guard-x", ConsoleRole.STAFF, tree.a().community().getId(),
                NEW_PASSWORD, "<script>alert(1)</script>"))
                .andExpect(status().isFound());
        long id = users.findByUsername("guard-x").orElseThrow().getId();
        for (var page : List.of(get("/users"), get("/users/{id}", id))) {
            mvc.perform(page.with(signedIn(tree.communityAdminA())))
                    .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
                    .andExpect(content().string(not(containsString("<script>alert"))));
        }
    }

    @Test
    void aPostWithoutCsrfIsRefused() throws Exception {
        mvc.perform(post("/users").with(signedIn(tree.communityAdminA())).param("username", "no-token")
                        .param("displayName", "No token").param("password", NEW_PASSWORD).param("role", "STAFF")
                        .param("node", tree.a().community().getId().toString()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/users/{id}/disable", tree.staffA().getId()).with(signedIn(tree.communityAdminA())))
                .andExpect(status().isForbidden());
        assertThat(users.existsByUsername("no-token")).isFalse();
        assertThat(users.findById(tree.staffA().getId()).orElseThrow().isEnabled()).isTrue();
    }

    private MockHttpServletRequestBuilder newUser(ConsoleUser admin, String username, ConsoleRole role, long node) {
        return newUser(admin, username, role, node, NEW_PASSWORD, "User " + username);
    }

    private MockHttpServletRequestBuilder newUser(ConsoleUser admin, String username, ConsoleRole role, long node,
            String password, String displayName) {
        return post("/users").with(signedIn(admin)).with(csrf())
                .param("username", username).param("displayName", displayName)
                .param("password", password).param("role", role.name()).param("node", Long.toString(node));
    }

    private List<AuditEntry> entries(String action) {
        return audit.findAll().stream().filter(e -> e.getAction().equals(action)).toList();
    }
}

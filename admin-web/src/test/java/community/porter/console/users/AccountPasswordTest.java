package community.porter.console.users;

import static community.porter.console.ConsoleTestData.PASSWORD;
import static community.porter.console.ConsoleTestData.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
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

import community.porter.access.audit.AuditEntryRepository;
import community.porter.console.ConsoleTestData;
import community.porter.console.ConsoleTestData.TwoCommittees;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

/** Every signed-in user, staff included, changes their own password with the current one. */
@SpringBootTest
@AutoConfigureMockMvc
class AccountPasswordTest {

    private static final String NEW_PASSWORD = "twelve or more, surely";

    @Autowired MockMvc mvc;
    @Autowired ConsoleTestData data;
    @Autowired AuditEntryRepository audit;

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
    void staffChangeTheirOwnPasswordAndTheChangeIsAudited() throws Exception {
        mvc.perform(get("/account/password").with(signedIn(tree.staffA())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"own-password\"")));
        mvc.perform(post("/account/password").param("currentPassword", PASSWORD).param("newPassword", NEW_PASSWORD)
                        .with(signedIn(tree.staffA())).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/account/password"))
                .andExpect(flash().attribute("notice", "users.done.ownPasswordChanged"));

        assertThat(audit.findAll()).singleElement().satisfies(e -> {
            assertThat(e.getAction()).isEqualTo("PASSWORD_CHANGED");
            assertThat(e.getActor()).isEqualTo("console:staff-a");
            assertThat(e.getDetail()).isNull();
        });
        mvc.perform(formLogin("/login").user("staff-a").password(PASSWORD)).andExpect(unauthenticated());
        mvc.perform(formLogin("/login").user("staff-a").password(NEW_PASSWORD)).andExpect(authenticated());
    }

    @Test
    void aWrongCurrentPasswordOrAWeakNewOneIsMarkedAndNothingChanges() throws Exception {
        mvc.perform(post("/account/password").param("currentPassword", "not it at all").param("newPassword", NEW_PASSWORD)
                        .with(signedIn(tree.staffA())).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("aria-invalid=\"true\"")))
                .andExpect(content().string(containsString("当前密码不正确")));
        mvc.perform(post("/account/password").param("currentPassword", PASSWORD).param("newPassword", "short")
                        .with(signedIn(tree.staffA())).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("至少 12 个字符")));
        mvc.perform(post("/account/password").param("currentPassword", PASSWORD).param("newPassword", "STAFF-A     ")
                        .with(signedIn(tree.staffA())).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("密码不能与用户名相同")));
        assertThat(audit.findAll()).isEmpty();
        mvc.perform(formLogin("/login").user("staff-a").password(PASSWORD)).andExpect(authenticated());
    }

    @Test
    void aPostWithoutCsrfIsRefused() throws Exception {
        mvc.perform(post("/account/password").param("currentPassword", PASSWORD).param("newPassword", NEW_PASSWORD)
                        .with(signedIn(tree.staffA())))
                .andExpect(status().isForbidden());
        mvc.perform(formLogin("/login").user("staff-a").password(PASSWORD)).andExpect(authenticated());
    }
}

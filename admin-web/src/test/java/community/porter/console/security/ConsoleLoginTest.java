package community.porter.console.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import community.porter.access.console.ConsoleRole;
import community.porter.access.console.ConsoleUser;
import community.porter.access.console.ConsoleUserRepository;
import community.porter.access.person.Language;
import community.porter.access.audit.AuditEntry;
import community.porter.access.audit.AuditEntryRepository;
import community.porter.console.ConsoleTestData;
import community.porter.console.MutableClock;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/** Form login, lock-out, CSRF, session handling and security headers of the console. */
@SpringBootTest
@AutoConfigureMockMvc
class ConsoleLoginTest {

    private static final String PASSWORD = "correct horse battery";

    @Autowired MockMvc mvc;
    @Autowired ConsoleTestData data;
    @Autowired AuditEntryRepository audit;
    @Autowired ConsoleUserRepository users;
    @Autowired MutableClock clock;
    @Autowired PasswordEncoder passwords;
    @Autowired List<HttpSessionListener> sessionListeners;

    @BeforeEach
    void createUser() {
        data.user("alice", PASSWORD);
    }

    @AfterEach
    void clear() {
        data.clear();
    }

    @Test
    void loginPageRendersInChineseByDefault() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("<html lang=\"zh\"")))
                .andExpect(content().string(Matchers.containsString("Porter 管理控制台")))
                .andExpect(content().string(Matchers.containsString("id=\"username\"")))
                .andExpect(content().string(Matchers.containsString("id=\"password\"")))
                .andExpect(content().string(Matchers.containsString("name=\"_csrf\"")));
    }

    @Test
    void languageSwitchesToEnglishAndIsRemembered() throws Exception {
        mvc.perform(get("/login").param("lang", "en"))
                .andExpect(content().string(Matchers.containsString("Porter console")))
                .andExpect(cookie().value("porter-lang", "en"));
    }

    @Test
    void anUnsupportedLanguageFallsBackToChinese() throws Exception {
        mvc.perform(get("/login").param("lang", "fr"))
                .andExpect(content().string(Matchers.containsString("<html lang=\"zh\"")))
                .andExpect(cookie().value("porter-lang", "zh"));
    }

    @Test
    void rightPasswordSignsIn() throws Exception {
        mvc.perform(formLogin("/login").user("alice").password(PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated().withUsername("alice").withRoles("COMMUNITY_ADMIN"));
        assertThat(audit.findAll()).singleElement().satisfies(entry -> {
            assertThat(entry.getAction()).isEqualTo("LOGIN");
            assertThat(entry.getActor()).isEqualTo("console:alice");
            assertThat(entry.getScopePath()).isEqualTo(users.findByUsername("alice").orElseThrow().getNode().getPath());
        });
    }

    @Test
    void wrongPasswordIsRefused() throws Exception {
        mvc.perform(formLogin("/login").user("alice").password("wrong"))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());
        assertThat(users.findByUsername("alice").orElseThrow().getFailedLogins()).isEqualTo(1);
    }

    @Test
    void unknownUserIsRefusedLikeAWrongPassword() throws Exception {
        mvc.perform(formLogin("/login").user("mallory").password(PASSWORD))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForFifteenMinutes() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user("alice").password("wrong " + i))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin("/login").user("alice").password(PASSWORD))
                .andExpect(redirectedUrl("/login?locked"))
                .andExpect(unauthenticated());

        assertThat(audit.findAll()).extracting(AuditEntry::getAction)
                .as("the audit log of the lock-out").contains("LOGIN_FAILED", "ACCOUNT_LOCKED")
                .doesNotContain("LOGIN");
        assertThat(audit.findAll()).allSatisfy(e -> assertThat(e.getActor()).isEqualTo("console:alice"));

        clock.advance(Duration.ofMinutes(14));
        mvc.perform(formLogin("/login").user("alice").password(PASSWORD))
                .andExpect(redirectedUrl("/login?locked"));

        clock.advance(Duration.ofMinutes(1));
        mvc.perform(formLogin("/login").user("alice").password(PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated());
    }

    @Test
    void lockedLoginPageSaysForHowLong() throws Exception {
        mvc.perform(get("/login?locked").param("lang", "en"))
                .andExpect(content().string(Matchers.containsString("Try again in 15 minutes")));
    }

    @Test
    void aSuccessfulLoginStartsTheCountAgain() throws Exception {
        for (int i = 0; i < 4; i++) {
            mvc.perform(formLogin("/login").user("alice").password("wrong"));
        }
        mvc.perform(formLogin("/login").user("alice").password(PASSWORD)).andExpect(authenticated());
        for (int i = 0; i < 4; i++) {
            mvc.perform(formLogin("/login").user("alice").password("wrong"));
        }
        mvc.perform(formLogin("/login").user("alice").password(PASSWORD)).andExpect(authenticated());
    }

    @Test
    void loginWithoutCsrfTokenIsForbidden() throws Exception {
        mvc.perform(post("/login").param("username", "alice").param("password", PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    void postWithoutCsrfTokenIsForbiddenEvenWhenSignedIn() throws Exception {
        mvc.perform(post("/logout").with(user("alice")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/logout").with(user("alice")).with(csrf()))
                .andExpect(redirectedUrl("/login?logout"));
    }

    @Test
    void aPageWithoutSessionRedirectsToLogin() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", Matchers.endsWith("/login")));
    }

    @Test
    void anHtmxRequestWithoutSessionIsSentToLoginAsAWholePage() throws Exception {
        mvc.perform(get("/simulator/conversation").header("HX-Request", "true"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("HX-Redirect", "/login"));
    }

    @Test
    void everyPageCarriesTheSecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Content-Security-Policy", Matchers.startsWith("default-src 'self';")))
                .andExpect(header().string("Content-Security-Policy", Matchers.containsString("frame-ancestors 'none'")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(header().string("Permissions-Policy", Matchers.containsString("camera=()")))
                .andExpect(header().string("Cache-Control", Matchers.containsString("no-store")));
    }

    @Test
    void aLoginGetsANewSessionSoAnIdPlantedBeforeItIsWorthNothing() throws Exception {
        var before = new org.springframework.mock.web.MockHttpSession();
        String planted = before.getId();
        var login = mvc.perform(post("/login").session(before).with(csrf())
                        .param("username", "alice").param("password", PASSWORD))
                .andExpect(status().isFound())
                .andReturn();
        assertThat(login.getRequest().getSession(false).getId()).isNotEqualTo(planted);
    }

    @Test
    void healthIsPublic() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void stylesAndHtmxArePublic() throws Exception {
        mvc.perform(get("/css/porter.css")).andExpect(status().isOk());
        mvc.perform(get("/webjars/htmx.org/2.0.4/dist/htmx.min.js")).andExpect(status().isOk());
    }

    @Test
    void aSignedInUserSeesTheDashboardWithTheLayout() throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user("alice").password(PASSWORD))
                .andReturn().getRequest().getSession(false);
        mvc.perform(get("/").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("<h1>总览</h1>")))
                .andExpect(content().string(Matchers.containsString("User alice")))
                .andExpect(content().string(Matchers.containsString("href=\"/phones\"")))
                .andExpect(content().string(Matchers.containsString("href=\"?lang=en\"")))
                .andExpect(content().string(Matchers.containsString("id=\"logout\"")))
                .andExpect(content().string(Matchers.containsString("href=\"/css/porter.css\"")));
    }

    @Test
    void everyNewSessionIdlesOutAfterThirtyMinutes() {
        var session = new MockHttpSession();
        sessionListeners.forEach(listener -> listener.sessionCreated(new HttpSessionEvent(session)));
        assertThat(session.getMaxInactiveInterval()).isEqualTo(30 * 60);
    }

    @Test
    void signingInSwitchesToTheUsersLanguageUnlessTheBrowserChoseOne() throws Exception {
        users.save(new ConsoleUser("bob", passwords.encode(PASSWORD), "Bob", data.rootNode(),
                ConsoleRole.STAFF, Language.EN, Instant.now()));
        mvc.perform(formLogin("/login").user("bob").password(PASSWORD))
                .andExpect(cookie().value("porter-lang", "en"));
        mvc.perform(post("/login").param("username", "bob").param("password", PASSWORD).with(csrf())
                        .cookie(new Cookie("porter-lang", "zh")))
                .andExpect(authenticated())
                .andExpect(cookie().doesNotExist("porter-lang"));
    }

    @Test
    void errorsAreShownInTheHouseStyle() throws Exception {
        mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/phones").accept(MediaType.TEXT_HTML)
                        .param("lang", "en"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(Matchers.containsString("id=\"error-page\"")))
                .andExpect(content().string(Matchers.containsString("This page does not exist (yet).")));
    }

    @Test
    void aSignedInUserGoingToLoginGoesToTheDashboard() throws Exception {
        mvc.perform(get("/login").with(user("alice")))
                .andExpect(redirectedUrl("/"));
    }
}

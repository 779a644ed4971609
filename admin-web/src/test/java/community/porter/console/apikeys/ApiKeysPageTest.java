package community.porter.console.apikeys;

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
import community.porter.access.console.ApiKey;
import community.porter.access.console.ApiKeyRepository;
import community.porter.access.console.ApiKeys;
import community.porter.access.console.ConsoleRole;
import community.porter.console.ConsoleTestData;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The console page where administrators create and revoke API keys. */
@SpringBootTest
@AutoConfigureMockMvc
class ApiKeysPageTest {

    @Autowired MockMvc mvc;
    @Autowired ApiKeyRepository keys;
    @Autowired AuditEntryRepository audit;
    @Autowired ConsoleTestData data;

    private RequestPostProcessor admin;
    private RequestPostProcessor staff;
    private RequestPostProcessor committeeAdmin;

    @BeforeEach
    void signIn() {
        data.clear();
        var tree = data.twoCommittees();
        admin = ConsoleTestData.signedIn(data.user("root", ConsoleRole.DISTRICT_ADMIN, tree.district()));
        staff = ConsoleTestData.signedIn(tree.staffA());
        committeeAdmin = ConsoleTestData.signedIn(tree.committeeAdminA());
    }

    @AfterEach
    void clear() {
        data.clear();
    }

    @Test
    void aNewKeyIsShownOnceStoredOnlyHashedAuditedAndThenAuthenticates() throws Exception {
        var created = mvc.perform(post("/system/api-keys").with(admin).with(csrf()).param("name", "lobby kiosk"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/system/api-keys"))
                .andExpect(flash().attributeExists("issuedKey"))
                .andReturn();
        String key = (String) created.getFlashMap().get("issuedKey");
        assertThat(key).startsWith("porter_").hasSizeGreaterThan(40);

        // The page after the redirect shows it, once; a later visit does not.
        mvc.perform(get("/system/api-keys").with(admin).flashAttrs(created.getFlashMap()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(key)))
                .andExpect(content().string(containsString("lobby kiosk")));
        mvc.perform(get("/system/api-keys").with(admin))
                .andExpect(content().string(not(containsString(key))))
                .andExpect(content().string(containsString("lobby kiosk")));

        ApiKey stored = keys.findAll().get(0);
        assertThat(stored.getKeyHash()).isEqualTo(ApiKeys.hashOf(key)).doesNotContain(key);
        assertThat(stored.getCreatedBy()).isEqualTo("console:root");
        assertThat(entries("API_KEY_CREATED")).singleElement()
                .satisfies(e -> assertThat(e.getActor()).isEqualTo("console:root"))
                .satisfies(e -> assertThat(e.getTargetId()).isEqualTo(stored.getId().toString()));

        mvc.perform(get("/api/v1/commands").header("X-API-Key", key)).andExpect(status().isOk());
    }

    @Test
    void aRevokedKeyIsRefusedAtOnceAndTheRevocationIsAudited() throws Exception {
        var created = mvc.perform(post("/system/api-keys").with(admin).with(csrf()).param("name", "old crm"))
                .andReturn();
        String key = (String) created.getFlashMap().get("issuedKey");
        long id = keys.findAll().get(0).getId();
        mvc.perform(get("/api/v1/commands").header("X-API-Key", key)).andExpect(status().isOk());

        mvc.perform(post("/system/api-keys/" + id + "/revoke").with(admin).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("revokedName", "old crm"));

        mvc.perform(get("/api/v1/commands").header("X-API-Key", key)).andExpect(status().isUnauthorized());
        assertThat(keys.findById(id)).get().satisfies(k -> assertThat(k.isRevoked()).isTrue());
        assertThat(entries("API_KEY_REVOKED")).singleElement()
                .satisfies(e -> assertThat(e.getActor()).isEqualTo("console:root"));
        mvc.perform(get("/system/api-keys").with(admin))
                .andExpect(content().string(not(containsString("id=\"revoke-" + id + "\""))));
    }

    @Test
    void aKeyNeedsANameAndTheFormSaysSo() throws Exception {
        mvc.perform(post("/system/api-keys").with(admin).with(csrf()).param("name", "  "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("aria-invalid=\"true\"")))
                .andExpect(content().string(containsString("class=\"field-error\"")));
        assertThat(keys.count()).isZero();
    }

    @Test
    void staffMayNeitherSeeNorCreateNorRevokeKeys() throws Exception {
        mvc.perform(get("/system/api-keys").with(staff)).andExpect(status().isForbidden());
        mvc.perform(post("/system/api-keys").with(staff).with(csrf()).param("name", "mine"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/system/api-keys/1/revoke").with(staff).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/").with(staff)).andExpect(content().string(not(containsString("id=\"nav-apikeys\""))));
        mvc.perform(get("/").with(admin)).andExpect(content().string(containsString("id=\"nav-apikeys\"")));
        assertThat(keys.count()).isZero();
    }

    @Test
    void anAdministratorBelowTheRootOfTheTreeMayNotManageKeysThatReachEveryCommunity() throws Exception {
        mvc.perform(get("/system/api-keys").with(committeeAdmin)).andExpect(status().isForbidden());
        mvc.perform(post("/system/api-keys").with(committeeAdmin).with(csrf()).param("name", "committee crm"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/").with(committeeAdmin))
                .andExpect(content().string(not(containsString("id=\"nav-apikeys\""))));
        assertThat(keys.count()).isZero();
    }

    @Test
    void creatingAKeyNeedsTheCsrfToken() throws Exception {
        mvc.perform(post("/system/api-keys").with(admin).param("name", "forged")).andExpect(status().isForbidden());
        assertThat(keys.count()).isZero();
    }

    private List<AuditEntry> entries(String action) {
        return audit.findAll().stream().filter(e -> e.getAction().equals(action)).toList();
    }
}

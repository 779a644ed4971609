package community.porter.console.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import community.porter.access.console.ApiKey;
import community.porter.access.console.ApiKeyRepository;
import community.porter.console.ConsoleTestData;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The REST API's door: API keys (configured or stored hashed) or a console session. */
@SpringBootTest
@AutoConfigureMockMvc
class ApiSecurityTest {

    @Autowired MockMvc mvc;
    @Autowired ApiKeyRepository apiKeys;
    @Autowired ConsoleTestData data;

    @AfterEach
    void clear() {
        data.clear();
    }

    @Test
    void aCallWithoutKeyGets401AsProblemJson() throws Exception {
        mvc.perform(get("/api/v1/probe"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.title").value("Unauthorized"))
                .andExpect(jsonPath("$.instance").value("/api/v1/probe"))
                .andExpect(header().exists("WWW-Authenticate"));
    }

    @Test
    void metricsAreBehindTheApiKeyNotTheConsoleLogin() throws Exception {
        mvc.perform(get("/actuator/metrics/porter.smsc.reconnects"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/actuator/metrics").header("X-API-Key", "configured-key-one"))
                .andExpect(status().is(org.hamcrest.Matchers.not(401)));
    }

    @Test
    void aWrongKeyGets401AsProblemJson() throws Exception {
        mvc.perform(get("/api/v1/probe").header("X-API-Key", "guessed"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("unknown or revoked")));
    }

    @Test
    void aConfiguredKeyPassesAndLeavesNoSession() throws Exception {
        MvcResult result = mvc.perform(get("/api/v1/probe").header("X-API-Key", "configured-key-two"))
                .andExpect(status().isOk())
                .andExpect(content().string("configured key 2"))
                .andReturn();
        assertThat(result.getRequest().getSession(false)).as("API-key calls must stay stateless").isNull();
    }

    @Test
    void aKeyCallerNeedsNoCsrfToken() throws Exception {
        mvc.perform(post("/api/v1/probe").header("X-API-Key", "configured-key-one"))
                .andExpect(status().isOk())
                .andExpect(content().string("changed by configured key 1"));
    }

    @Test
    void aPostWithoutAnyCredentialsGets401Not403() throws Exception {
        mvc.perform(post("/api/v1/probe"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aKeyStoredHashedInTheDatabasePassesUntilRevoked() throws Exception {
        ApiKey key = apiKeys.save(new ApiKey("kiosk", ApiKeyAuthenticator.hashOf("stored-secret"), "admin", Instant.now()));

        mvc.perform(get("/api/v1/probe").header("X-API-Key", "stored-secret"))
                .andExpect(status().isOk())
                .andExpect(content().string("api key " + key.getId()));

        key.revoke(Instant.now());
        apiKeys.save(key);
        mvc.perform(get("/api/v1/probe").header("X-API-Key", "stored-secret"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aConsoleSessionMayCallTheApi() throws Exception {
        mvc.perform(get("/api/v1/probe").with(user("alice")))
                .andExpect(status().isOk())
                .andExpect(content().string("alice"));
    }

    @Test
    void aConsoleSessionMustSendItsCsrfTokenToChangeAnything() throws Exception {
        var session = new org.springframework.mock.web.MockHttpSession();
        mvc.perform(post("/api/v1/probe").session(session).with(user("alice")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/probe").session(session).with(user("alice")).with(csrf()))
                .andExpect(status().isOk());
    }

    @Test
    void aBadKeyIsRefusedEvenAlongsideAConsoleSession() throws Exception {
        mvc.perform(get("/api/v1/probe").with(user("alice")).header("X-API-Key", "guessed"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void apiResponsesCarryTheSecurityHeaders() throws Exception {
        mvc.perform(get("/api/v1/probe"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"));
    }
}

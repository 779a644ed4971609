package community.porter.console.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import community.porter.access.AccessCoreAutoConfiguration;
import community.porter.access.demo.DemoCommunity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.jdbc.JdbcTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * {@code /api/v1/broadcasts}: start a broadcast, read its progress and recipients, cancel it;
 * every problem answered as problem details. The access-core services run behind the console
 * here, on a database of their own, with the demo community.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:console-broadcasts;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
        "porter.broadcasts.window=2"})
@AutoConfigureMockMvc
@Import(BroadcastsApiTest.AccessServices.class)
class BroadcastsApiTest {

    static final String KEY = "configured-key-one";

    /** The access-core services, as the gateway has them. */
    @TestConfiguration
    @ComponentScan(basePackages = "community.porter.access", excludeFilters = @ComponentScan.Filter(
            type = FilterType.ASSIGNABLE_TYPE, classes = AccessCoreAutoConfiguration.class))
    @ConfigurationPropertiesScan("community.porter.access")
    static class AccessServices {
    }

    @Autowired MockMvc mvc;
    @Autowired DemoCommunity demo;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void demoCommunity() {
        demo.seed(0);
    }

    @AfterEach
    void clear() {
        JdbcTestUtils.deleteFromTables(jdbc, "broadcast_recipient", "broadcast", "outbox_part", "outbox_message");
    }

    @Test
    void aChannelBroadcastIsAcceptedAndItsProgressCountsEachStatus() throws Exception {
        String answer = start("""
                {"text": "Water off 10:00-12:00", "target": {"channel": "TZ"}}""")
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.recipients").value(3))
                .andExpect(jsonPath("$.optedOut").value(0))
                .andExpect(jsonPath("$.rejected").isEmpty())
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(answer, "$.id")).longValue();

        mvc.perform(get("/api/v1/broadcasts/" + id).header("X-API-Key", KEY))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.state").value("SENDING"))
                .andExpect(jsonPath("$.author").value("configured key 1"))
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.released").value(2))
                .andExpect(jsonPath("$.counts.QUEUED").value(3))
                .andExpect(jsonPath("$.counts.DELIVERED").value(0))
                .andExpect(jsonPath("$.percentDone").value(0.0));
    }

    @Test
    void aPhoneListIsAcceptedWithEveryEntryNotTakenReportedBack() throws Exception {
        start("""
                {"community": "demo", "text": "Meeting tonight",
                 "target": {"phones": ["13800000001", "12345", "+8613700000009", "138 0000 0001"]}}""")
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.recipients").value(2))
                .andExpect(jsonPath("$.rejected.length()").value(2))
                .andExpect(jsonPath("$.rejected[0].entry").value("12345"))
                .andExpect(jsonPath("$.rejected[0].reason").value(containsString("too short")))
                .andExpect(jsonPath("$.rejected[1].reason").value(containsString("duplicate")));
    }

    @Test
    void aRoleWithinAScopeReachesOnlyThatRole() throws Exception {
        start("""
                {"text": "Owners' meeting", "target": {"scope": "1-1", "role": "OWNER"}, "urgent": true}""")
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.recipients").value(1));
    }

    @Test
    void anInvalidBroadcastIsAProblemNamingEachError() throws Exception {
        start("""
                {"community": "NOPE", "text": " "}""")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Invalid broadcast"))
                .andExpect(jsonPath("$.errors", hasItem("text: must not be empty")))
                .andExpect(jsonPath("$.errors", hasItem("community: no community NOPE")));
        start("""
                {"text": "hello", "target": {"channel": "XX"}}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasItem("target.channel: no channel XX in DEMO")));
        start("""
                {"text": "hello", "target": {"scope": "1", "role": "LANDLORD"}}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0]").value(containsString("LANDLORD")));
        start("""
                {"text": "hello", "target": {"phones": ["abc", "12"]}}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasItem("target.phones: no valid phone number")))
                .andExpect(jsonPath("$.rejected.length()").value(2));
        start("""
                {"text": "hello", "target": {"channel": "TZ"}, "validUntil": "2020-01-01T00:00:00Z"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0]").value(containsString("validUntil")));
        start("""
                {"text": "hello", "target": {"channel": "TZ"}, "scheduledAt": "tomorrow"}""")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Unreadable broadcast"));
        start("{not json")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Unreadable broadcast"));
        mvc.perform(get("/api/v1/broadcasts").header("X-API-Key", KEY)).andExpect(status().is4xxClientError());
    }

    @Test
    void recipientsAreListedByStatusWithALimit() throws Exception {
        long id = startedId("""
                {"text": "Lift service", "target": {"scope": "ALL"}}""");

        mvc.perform(get("/api/v1/broadcasts/" + id + "/recipients?status=queued&limit=2").header("X-API-Key", KEY))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].status").value("QUEUED"))
                .andExpect(jsonPath("$[0].phone").value(DemoCommunity.OWNER_PHONE))
                .andExpect(jsonPath("$[0].outboxId").isNumber());
        mvc.perform(get("/api/v1/broadcasts/" + id + "/recipients?status=SENT").header("X-API-Key", KEY))
                .andExpect(jsonPath("$").isEmpty());
        mvc.perform(get("/api/v1/broadcasts/" + id + "/recipients?status=LOST").header("X-API-Key", KEY))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/broadcasts/999999/recipients").header("X-API-Key", KEY))
                .andExpect(status().isNotFound());
    }

    @Test
    void aCancelStopsWhatIsNotReleasedAndASecondCancelIsAConflict() throws Exception {
        long id = startedId("""
                {"text": "Lift service", "target": {"scope": "ALL"}}""");

        mvc.perform(post("/api/v1/broadcasts/" + id + "/cancel").header("X-API-Key", KEY))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("CANCELLED"));
        mvc.perform(get("/api/v1/broadcasts/" + id).header("X-API-Key", KEY))
                .andExpect(jsonPath("$.state").value("CANCELLED"))
                .andExpect(jsonPath("$.counts.CANCELLED").value(1))
                .andExpect(jsonPath("$.counts.QUEUED").value(2));
        mvc.perform(post("/api/v1/broadcasts/" + id + "/cancel").header("X-API-Key", KEY))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/broadcasts/999999/cancel").header("X-API-Key", KEY))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/broadcasts/999999").header("X-API-Key", KEY))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Broadcast not found"));
    }

    @Test
    void withoutAKeyNothingIsStarted() throws Exception {
        mvc.perform(post("/api/v1/broadcasts").contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\": \"x\", \"target\": {\"channel\": \"TZ\"}}"))
                .andExpect(status().isUnauthorized());
    }

    private ResultActions start(String json) throws Exception {
        return mvc.perform(post("/api/v1/broadcasts").header("X-API-Key", KEY).contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    private long startedId(String json) throws Exception {
        String answer = start(json).andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(answer, "$.id")).longValue();
    }
}

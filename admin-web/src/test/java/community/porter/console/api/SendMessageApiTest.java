package community.porter.console.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import community.porter.access.audit.AuditEntryRepository;
import community.porter.access.console.ApiKeyRepository;
import community.porter.access.console.ApiKeys;
import community.porter.access.message.OutboxMessage;
import community.porter.access.message.OutboxRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** {@code POST /api/v1/messages}: another application sends an SMS through Porter (SPEC §6, §10). */
@SpringBootTest
@AutoConfigureMockMvc
class SendMessageApiTest {

    static final String KEY = "configured-key-one";

    @Autowired MockMvc mvc;
    @Autowired OutboxRepository outbox;
    @Autowired ApiKeys apiKeys;
    @Autowired ApiKeyRepository apiKeyRows;
    @Autowired AuditEntryRepository audit;

    @BeforeEach
    @AfterEach
    void clear() {
        outbox.deleteAll();
        apiKeyRows.deleteAll();
        audit.deleteAll();
    }

    @Test
    void aMessageIsAcceptedWith202ItsIdAndWhereToFollowIt() throws Exception {
        String body = send("""
                {"to":"+8613800000001","text":"Water off 10:00-12:00","validUntil":"2026-11-02T20:00:00Z",
                 "priority":"URGENT","clientRef":"crm-1"}""")
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.resubmission").value(false))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();

        OutboxMessage stored = outbox.findById(id).orElseThrow();
        assertThat(stored.getKind()).isEqualTo(OutboxMessage.Kind.API);
        assertThat(stored.getRecipient()).isEqualTo("+8613800000001");
        assertThat(stored.getClientRef()).isEqualTo("crm-1");

        mvc.perform(get("/api/v1/messages/" + id).header("X-API-Key", KEY))
                .andExpect(jsonPath("$.state").value("QUEUED"))
                .andExpect(jsonPath("$.kind").value("API"))
                .andExpect(jsonPath("$.clientRef").value("crm-1"))
                .andExpect(jsonPath("$.createdAt").value("2026-11-02T08:00:00Z"))
                .andExpect(jsonPath("$.validUntil").value("2026-11-02T20:00:00Z"))
                .andExpect(jsonPath("$.priority").value(0));
    }

    @Test
    void theLocationHeaderNamesTheMessage() throws Exception {
        String body = send("{\"to\":\"13800000001\",\"text\":\"hi\"}").andExpect(status().isAccepted())
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        send("{\"to\":\"13800000002\",\"text\":\"hi\"}")
                .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/api/v1/messages/" + (id + 1))));
        assertThat(outbox.findById(id)).get().extracting(OutboxMessage::getRecipient).isEqualTo("+8613800000001");
    }

    @Test
    void theSameMessageAgainUnderItsClientRefIsTheSameMessageAnswered200AsAResubmission() throws Exception {
        String json = "{\"to\":\"+8613800000001\",\"text\":\"Parcel at the gate\",\"clientRef\":\"shop-77\"}";
        long id = ((Number) JsonPath.read(send(json).andExpect(status().isAccepted())
                .andReturn().getResponse().getContentAsString(), "$.id")).longValue();

        send(json)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.resubmission").value(true))
                .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/api/v1/messages/" + id)));
        assertThat(outbox.count()).isEqualTo(1);
    }

    @Test
    void aClientRefReusedForAnotherMessageIs409() throws Exception {
        send("{\"to\":\"+8613800000001\",\"text\":\"first\",\"clientRef\":\"ref-9\"}").andExpect(status().isAccepted());

        send("{\"to\":\"+8613800000001\",\"text\":\"something else\",\"clientRef\":\"ref-9\"}")
                .andExpect(status().isConflict())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value("clientRef"))
                .andExpect(jsonPath("$.existingId").isNumber());
        assertThat(outbox.count()).isEqualTo(1);
    }

    @Test
    void invalidInputIs400NamingTheFieldAndStoresNothing() throws Exception {
        expectBadField("{\"text\":\"hi\"}", "to");
        expectBadField("{\"to\":\"not a phone\",\"text\":\"hi\"}", "to");
        expectBadField("{\"to\":\"+8613800000001\",\"text\":\"  \"}", "text");
        expectBadField("{\"to\":\"+8613800000001\",\"text\":\"hi\",\"validUntil\":\"2020-01-01T00:00:00Z\"}",
                "validUntil");
        assertThat(outbox.count()).isZero();
    }

    @Test
    void wrongTypesAre400NamingTheField() throws Exception {
        expectBadField("{\"to\":\"+8613800000001\",\"text\":\"hi\",\"priority\":\"VERY\"}", "priority");
        expectBadField("{\"to\":\"+8613800000001\",\"text\":\"hi\",\"validUntil\":\"tomorrow\"}", "validUntil");
        expectBadField("{\"to\":\"+8613800000001\",\"text\":[1,2]}", "text");
    }

    @Test
    void malformedJsonIs400ProblemNotAnErrorPage() throws Exception {
        send("{\"to\":\"+8613800000001\",\"text\":")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Unreadable request body"));
        send("")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/messages").header("X-API-Key", KEY).contentType(MediaType.TEXT_PLAIN).content("hi"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(outbox.count()).isZero();
    }

    @Test
    void sendingNeedsAValidUnrevokedKey() throws Exception {
        String json = "{\"to\":\"+8613800000001\",\"text\":\"hi\"}";
        mvc.perform(post("/api/v1/messages").contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/messages").header("X-API-Key", "wrong").contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));

        var issued = apiKeys.create("crm", "console:test");
        mvc.perform(post("/api/v1/messages").header("X-API-Key", issued.key()).contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andExpect(status().isAccepted());
        apiKeys.revoke(issued.apiKey().getId(), "console:test");
        mvc.perform(post("/api/v1/messages").header("X-API-Key", issued.key()).contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andExpect(status().isUnauthorized());
        assertThat(outbox.count()).isEqualTo(1);
    }

    private void expectBadField(String json, String field) throws Exception {
        send(json)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value(field))
                .andExpect(jsonPath("$.detail").isNotEmpty());
    }

    private ResultActions send(String json) throws Exception {
        return mvc.perform(post("/api/v1/messages").header("X-API-Key", KEY).contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }
}

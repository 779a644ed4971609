package community.porter.console.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import community.porter.access.message.InboxMessage;
import community.porter.access.message.InboxRepository;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** {@code POST /api/v1/visitor-requests}: a kiosk submits a visitor's request. */
@SpringBootTest
@AutoConfigureMockMvc
class VisitorRequestsApiTest {

    static final String KEY = "configured-key-one";
    static final String REQUEST = """
            {"visitorPhone":"+8613700000009","visitorName":"Li Lei","type":"KD","room":"1-1-101","requestRef":"k-1"}""";

    @Autowired MockMvc mvc;
    @Autowired InboxRepository inbox;

    @BeforeEach
    @AfterEach
    void clear() {
        inbox.deleteAll();
    }

    @Test
    void aRequestIsStoredAsTheVisitorsSqMessageAndCanBeFollowed() throws Exception {
        long id = id(submit(REQUEST)
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.resubmission").value(false))
                .andExpect(header().string("Location", Matchers.endsWith("/api/v1/inbound/" + idOfOnly()))));

        InboxMessage stored = inbox.findById(id).orElseThrow();
        assertThat(stored.getSender()).isEqualTo("+8613700000009");
        assertThat(stored.getText()).isEqualTo("SQ 1-1-101 Li Lei KD");
        assertThat(stored.getConnector()).isEqualTo("kiosk:api-configured-key-1");

        mvc.perform(get("/api/v1/inbound/" + id).header("X-API-Key", KEY))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.text").value("SQ 1-1-101 Li Lei KD"))
                .andExpect(jsonPath("$.state").value("RECEIVED"));
    }

    @Test
    void theSameRequestRefTwiceIsOneRequest() throws Exception {
        long first = id(submit(REQUEST).andExpect(status().isAccepted()));

        submit(REQUEST)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(first))
                .andExpect(jsonPath("$.resubmission").value(true));
        // At most a recorded copy besides the request itself: one request, to be handled once.
        assertThat(inbox.findAll()).filteredOn(m -> m.getState() != InboxMessage.State.DUPLICATE)
                .extracting(InboxMessage::getId).containsExactly(first);
    }

    @Test
    void aNamedKioskKeepsItsOwnReferences() throws Exception {
        long first = id(submit(REQUEST).andExpect(status().isAccepted()));
        long other = id(submit(REQUEST.replace("}", ",\"kiosk\":\"north-gate\"}")).andExpect(status().isAccepted()));
        assertThat(other).isNotEqualTo(first);
        assertThat(inbox.findById(other)).get().extracting(InboxMessage::getConnector).isEqualTo("kiosk:north-gate");
    }

    @Test
    void invalidRequestsAre400NamingTheField() throws Exception {
        expectBadField(REQUEST.replace("\"room\":\"1-1-101\"", "\"room\":\"lobby\""), "room");
        expectBadField(REQUEST.replace("\"type\":\"KD\"", "\"type\":\"XX\""), "type");
        expectBadField(REQUEST.replace("\"+8613700000009\"", "\"call me\""), "visitorPhone");
        expectBadField(REQUEST.replace(",\"requestRef\":\"k-1\"", ""), "requestRef");
        expectBadField(REQUEST.replace("\"Li Lei\"", "42"), "visitorName");
        submit("{\"room\":").andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(inbox.count()).isZero();
    }

    @Test
    void visitorRequestsNeedAKey() throws Exception {
        mvc.perform(post("/api/v1/visitor-requests").contentType(MediaType.APPLICATION_JSON).content(REQUEST))
                .andExpect(status().isUnauthorized());
        assertThat(inbox.count()).isZero();
    }

    private long idOfOnly() {
        return inbox.findAll().get(0).getId();
    }

    private void expectBadField(String json, String field) throws Exception {
        submit(json)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value(field));
    }

    private static long id(ResultActions result) throws Exception {
        return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }

    private ResultActions submit(String json) throws Exception {
        return mvc.perform(post("/api/v1/visitor-requests").header("X-API-Key", KEY)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }
}

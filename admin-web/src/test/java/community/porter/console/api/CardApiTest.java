package community.porter.console.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import community.porter.access.card.Card;
import community.porter.access.card.CardRepository;
import community.porter.access.person.Person;
import community.porter.access.person.PersonRepository;
import community.porter.console.ConsoleTestData;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** {@code GET /api/v1/cards/{number}} (SPEC §10). */
@SpringBootTest
@AutoConfigureMockMvc
class CardApiTest {

    static final String KEY = "configured-key-one";

    @Autowired MockMvc mvc;
    @Autowired ConsoleTestData data;
    @Autowired PersonRepository persons;
    @Autowired CardRepository cards;

    @BeforeEach
    void aLostCard() {
        Instant now = Instant.parse("2026-11-23T01:30:00Z");
        Person holder = persons.save(new Person("张三", "0001", now));
        Card card = new Card("T0001", holder, data.rootNode(), now);
        card.reportLost(now);
        cards.save(card);
    }

    @AfterEach
    void clear() {
        cards.deleteAll();
        persons.deleteAll();
        data.clear();
    }

    @Test
    void aCardShowsItsHolderAndStatus() throws Exception {
        mvc.perform(get("/api/v1/cards/T0001").header("X-API-Key", KEY))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.number").value("T0001"))
                .andExpect(jsonPath("$.holder").value("张三"))
                .andExpect(jsonPath("$.status").value("LOST"));
    }

    @Test
    void anUnknownCardIs404AsProblemJson() throws Exception {
        mvc.perform(get("/api/v1/cards/X9999").header("X-API-Key", KEY))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.instance").value("/api/v1/cards/X9999"));
    }

    @Test
    void theCardApiNeedsAKey() throws Exception {
        mvc.perform(get("/api/v1/cards/T0001")).andExpect(status().isUnauthorized());
    }
}

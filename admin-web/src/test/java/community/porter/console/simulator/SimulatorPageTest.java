package community.porter.console.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.web.servlet.MockMvc;

/** The phone simulator page of demo mode, against a fake simulator. */
@SpringBootTest
@AutoConfigureMockMvc
class SimulatorPageTest {

    private static final String OWNER = "+8613800000001";

    @TestConfiguration
    static class DemoMode {
        @Bean
        FakePhoneSimulator phoneSimulator() {
            return new FakePhoneSimulator();
        }
    }

    @Autowired MockMvc mvc;
    @Autowired FakePhoneSimulator simulator;

    @BeforeEach
    void reset() {
        simulator.reset();
    }

    @Test
    void pageListsThePhonesAndHasTheStableIds() throws Exception {
        mvc.perform(get("/simulator").with(user("alice")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Owner 1-1-101")))
                .andExpect(content().string(containsString("+8613900000001")))
                .andExpect(content().string(containsString("id=\"phone\"")))
                .andExpect(content().string(containsString("value=\"+8613800000001\"")))
                .andExpect(content().string(containsString("id=\"sms-text\"")))
                .andExpect(content().string(containsString("id=\"send\"")))
                .andExpect(content().string(containsString("id=\"conversation\"")))
                .andExpect(content().string(containsString("hx-trigger=\"every 1s\"")));
    }

    @Test
    void phoneBookLinksKeepThePlusOfTheNumber() throws Exception {
        mvc.perform(get("/simulator").with(user("alice")))
                .andExpect(content().string(containsString("/simulator?phone=%2B8613900000001")));
        mvc.perform(get("/simulator").param("phone", "+8613900000001").with(user("alice")))
                .andExpect(content().string(containsString("value=\"+8613900000001\"")));
    }

    @Test
    void navigationOffersTheSimulatorInDemoMode() throws Exception {
        mvc.perform(get("/").with(user("alice")))
                .andExpect(content().string(containsString("id=\"nav-simulator\"")));
    }

    @Test
    void sendingGoesThroughThePhoneSimulatorAndEmptiesTheTextBox() throws Exception {
        mvc.perform(post("/simulator/messages").with(user("alice")).with(csrf()).header("HX-Request", "true")
                        .param("phone", OWNER).param("text", "KM 1-1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"handset\"")))
                .andExpect(content().string(containsString("class=\"msg from-phone\"")))
                .andExpect(content().string(containsString("KM 1-1")))
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(matchesPattern("(?s).*<input id=\"sms-text\"[^>]*value=\"\">.*")));
        assertThat(simulator.sent()).singleElement()
                .satisfies(m -> assertThat(m.phone()).isEqualTo(OWNER))
                .satisfies(m -> assertThat(m.text()).isEqualTo("KM 1-1"));
    }

    @Test
    void sendingWithoutCsrfTokenIsForbidden() throws Exception {
        mvc.perform(post("/simulator/messages").with(user("alice")).header("HX-Request", "true")
                        .param("phone", OWNER).param("text", "H"))
                .andExpect(status().isForbidden());
        assertThat(simulator.sent()).isEmpty();
    }

    @Test
    void aBrowserWithoutScriptIsRedirectedBackToTheConversation() throws Exception {
        mvc.perform(post("/simulator/messages").with(user("alice")).with(csrf())
                        .param("phone", OWNER).param("text", "H"))
                .andExpect(redirectedUrl("/simulator?phone=%2B8613800000001"));
        assertThat(simulator.sent()).hasSize(1);
    }

    @Test
    void anInvalidPhoneIsExplainedAndNothingIsSent() throws Exception {
        mvc.perform(post("/simulator/messages").with(user("alice")).with(csrf()).header("HX-Request", "true")
                        .param("phone", "call me").param("text", "H").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter a phone number of digits")))
                .andExpect(content().string(matchesPattern("(?s).*<input id=\"sms-text\"[^>]*value=\"H\">.*")));
        assertThat(simulator.sent()).isEmpty();
    }

    @Test
    void anEmptyTextIsNotSent() throws Exception {
        mvc.perform(post("/simulator/messages").with(user("alice")).with(csrf()).header("HX-Request", "true")
                        .param("phone", OWNER).param("text", "  "))
                .andExpect(content().string(containsString("请输入短信内容")));
        assertThat(simulator.sent()).isEmpty();
    }

    @Test
    void aFailedSendIsShownOnThePage() throws Exception {
        simulator.failSending();
        mvc.perform(post("/simulator/messages").with(user("alice")).with(csrf()).header("HX-Request", "true")
                        .param("phone", OWNER).param("text", "H").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("could not be sent")));
    }

    @Test
    void conversationShowsWhatThePhoneSentAndPorterRepliedOldestFirst() throws Exception {
        simulator.send(OWNER, "H");
        simulator.reply(OWNER, "KM open door, CX query");
        String body = mvc.perform(get("/simulator/conversation").param("phone", OWNER).with(user("alice"))
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("class=\"msg from-porter\"")))
                .andExpect(content().string(containsString("<time datetime=\"2026-11-02T08:00:05Z\">")))
                .andReturn().getResponse().getContentAsString();
        assertThat(body.indexOf("from-phone")).isLessThan(body.indexOf("from-porter"));
        assertThat(body).doesNotContain("<html").doesNotContain("id=\"conversation\"");
    }

    @Test
    void anUnchangedConversationIsAnswered204() throws Exception {
        simulator.send(OWNER, "H");
        mvc.perform(get("/simulator/conversation").param("phone", OWNER).param("seen", OWNER + "/1/1")
                        .with(user("alice")))
                .andExpect(status().isNoContent());
        simulator.reply(OWNER, "help text");
        mvc.perform(get("/simulator/conversation").param("phone", OWNER).param("seen", OWNER + "/1/1")
                        .with(user("alice")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"+8613800000001/2/2\"")));
    }

    @Test
    void scriptInAMessageIsShownAsTextNeverRun() throws Exception {
        simulator.reply(OWNER, "<script>alert('x')</script>");
        mvc.perform(get("/simulator").param("phone", OWNER).with(user("alice")))
                .andExpect(content().string(containsString("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")))
                .andExpect(content().string(not(containsString("<script>alert"))));
        mvc.perform(get("/simulator/conversation").param("phone", OWNER).with(user("alice")))
                .andExpect(content().string(not(containsString("<script>alert"))));
    }

    @Test
    void pageCarriesTheCsrfTokenForHtmxAndLoadsHtmxFromTheWebjar() throws Exception {
        mvc.perform(get("/simulator").with(user("alice")))
                .andExpect(content().string(containsString("hx-headers=\"{&quot;X-CSRF-TOKEN&quot;:&quot;")))
                .andExpect(content().string(containsString("src=\"/webjars/htmx.org/2.0.4/dist/htmx.min.js\"")));
    }
}

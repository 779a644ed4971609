package community.porter.console.simulator;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

/** Without demo mode there is no phone simulator, and the console says so. */
@SpringBootTest
@AutoConfigureMockMvc
class SimulatorUnavailableTest {

    @Autowired MockMvc mvc;

    @Test
    void simulatorPageExplainsItRunsInDemoModeOnly() throws Exception {
        mvc.perform(get("/simulator").with(user("alice")).param("lang", "en"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("runs in demo mode only")));
    }

    @Test
    void sendingAndPollingAreNotFound() throws Exception {
        mvc.perform(get("/simulator/conversation").param("phone", "+8613800000001").with(user("alice")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/simulator/messages").with(user("alice")).with(csrf())
                        .param("phone", "+8613800000001").param("text", "H"))
                .andExpect(status().isNotFound());
    }

    @Test
    void navigationHidesTheSimulator() throws Exception {
        mvc.perform(get("/").with(user("alice")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"dashboard\"")))
                .andExpect(content().string(not(containsString("id=\"nav-simulator\""))));
    }
}

package community.porter.console.dashboard;

import static community.porter.console.ConsoleTestData.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import community.porter.access.door.Door;
import community.porter.access.door.DoorRepository;
import community.porter.access.message.CommandOutcome;
import community.porter.access.message.InboxMessage;
import community.porter.access.message.OutboxMessage;
import community.porter.access.visitor.VisitorRequest;
import community.porter.access.visitor.VisitorRequestRepository;
import community.porter.access.visitor.VisitorType;
import community.porter.console.ConsoleTestData;
import community.porter.console.ConsoleTestData.TwoCommittees;
import community.porter.console.MessageRows;
import community.porter.console.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The dashboard and its live fragment: transports as the gateway's health components report them
 * (stand-ins under the same names here), queues, per-minute counts, failures, doors and visitors,
 * each count within the user's scope.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DashboardPageTest {

    @TestConfiguration
    static class Transports {

        @Bean
        HealthIndicator smscHealthIndicator() {
            Map<String, Object> bound = new LinkedHashMap<>();
            bound.put("status", "UP");
            bound.put("state", "BOUND");
            bound.put("window", "3/10");
            Map<String, Object> down = new LinkedHashMap<>();
            down.put("status", "DOWN");
            down.put("state", "RECONNECTING");
            down.put("window", "0/10");
            down.put("lastError", "<b>connection refused</b>");
            return () -> Health.up().withDetail("operator-a", bound).withDetail("operator-b", down).build();
        }

        @Bean
        HealthIndicator modemHealthIndicator() {
            return () -> Health.up().withDetail("modem1", Map.of("status", "UP", "state", "RUNNING",
                    "signalDbm", -71, "pool", "gsm")).build();
        }
    }

    @Autowired MockMvc mvc;
    @Autowired ConsoleTestData data;
    @Autowired MessageRows rows;
    @Autowired MutableClock clock;
    @Autowired DoorRepository doors;
    @Autowired VisitorRequestRepository visitorRequests;

    TwoCommittees tree;

    @BeforeEach
    void tree() {
        data.clear();
        tree = data.twoCommittees();
    }

    @AfterEach
    void clear() {
        data.clear();
    }

    @Test
    void theFragmentShowsEachConnectionsStateAndEachModemsSignal() throws Exception {
        mvc.perform(get("/dashboard/live").with(signedIn(tree.staffA())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-connector=\"operator-a\" data-state=\"BOUND\"")))
                .andExpect(content().string(containsString(
                        "data-connector=\"operator-b\" data-state=\"RECONNECTING\"")))
                .andExpect(content().string(containsString("&lt;b&gt;connection refused&lt;/b&gt;")))
                .andExpect(content().string(containsString(
                        "data-modem=\"modem1\" data-state=\"RUNNING\" data-signal=\"-71\"")))
                .andExpect(content().string(containsString("hx-trigger=\"every 5s\"")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void theStartPageCarriesTheLiveFigures() throws Exception {
        mvc.perform(get("/").with(signedIn(tree.committeeAdminA())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"dashboard\"")))
                .andExpect(content().string(containsString("hx-get=\"/dashboard/live\"")))
                .andExpect(content().string(containsString("id=\"connectors\"")))
                .andExpect(content().string(containsString("data-connector=\"operator-a\"")))
                .andExpect(content().string(containsString("短信中心连接")));
        mvc.perform(get("/").param("lang", "en").with(signedIn(tree.committeeAdminA())))
                .andExpect(content().string(containsString("SMSC connections")))
                .andExpect(content().string(containsString("Messages per minute")));
    }

    @Test
    void countsPerMinuteAndFailuresComeFromStoredRowsWithinScope() throws Exception {
        Instant now = clock.instant();
        String phoneA = tree.a().phone().getE164();
        String phoneB = tree.b().phone().getE164();
        InboxMessage a1 = rows.received(phoneA, "H", now.minusSeconds(10), "H", CommandOutcome.OK);
        rows.received(phoneA, "H", now.minusSeconds(20), "H", CommandOutcome.OK);
        rows.received(phoneA, "H", now.minusSeconds(30 * 60), "H", CommandOutcome.OK);
        rows.received(phoneA, "H", now.minus(Duration.ofMinutes(61)), "H", CommandOutcome.OK);
        InboxMessage b1 = rows.received(phoneB, "H", now.minusSeconds(5), "H", CommandOutcome.OK);
        rows.reply(a1, "sent", now.minusSeconds(9), m -> m.markSent("smsc", 1, now.minusSeconds(8)));
        rows.reply(a1, "queued", now.minusSeconds(9), m -> { });
        rows.reply(a1, "gone", now.minusSeconds(7), m -> m.markFailed("<i>rejected</i> by SMSC"));
        rows.notice(phoneB, "B notice", now.minusSeconds(6), m -> m.markUndelivered(
                OutboxMessage.State.EXPIRED, "validity ran out"));
        rows.reply(b1, "B queued", now.minusSeconds(4), m -> { });

        String forA = mvc.perform(get("/dashboard/live").with(signedIn(tree.committeeAdminA())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(forA)
                .containsPattern("(?s)data-figure=\"minute-in\">.*?<dd class=\"figure\">2</dd>")
                .containsPattern("(?s)data-figure=\"hour-in\">.*?<dd class=\"figure\">3</dd>")
                .containsPattern("(?s)data-figure=\"minute-out\">.*?<dd class=\"figure\">1</dd>")
                // Queues are the gateway's: both committees' queued messages count.
                .containsPattern("(?s)data-queue=\"QUEUED\">.*?<dd class=\"figure\">2</dd>")
                .contains("&lt;i&gt;rejected&lt;/i&gt; by SMSC")
                .doesNotContain("<i>rejected")
                .doesNotContain("validity ran out")
                .contains("<rect");

        String forB = mvc.perform(get("/dashboard/live").with(signedIn(tree.committeeAdminB())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(forB)
                .containsPattern("(?s)data-figure=\"hour-in\">.*?<dd class=\"figure\">1</dd>")
                .contains("validity ran out", "data-state=\"EXPIRED\"")
                .doesNotContain("rejected");
    }

    @Test
    void offlineDoorsAndOpenVisitorRequestsAreCountedWithinScope() throws Exception {
        doors.save(new Door(tree.a().community(), tree.a().unit(), "G1", "East gate", "ctl-1"));
        visitorRequests.save(new VisitorRequest("+8613600000009", "Visitor", VisitorType.KD, tree.a().room(),
                "123456", clock.instant(), clock.instant().plusSeconds(600)));

        mvc.perform(get("/dashboard/live").with(signedIn(tree.communityAdminA())))
                .andExpect(content().string(containsString("id=\"doors-offline\" data-count=\"1\"")))
                .andExpect(content().string(containsString("East gate")))
                .andExpect(content().string(containsString("id=\"visitors-pending\" data-count=\"1\"")));
        mvc.perform(get("/dashboard/live").with(signedIn(tree.committeeAdminB())))
                .andExpect(content().string(containsString("id=\"doors-offline\" data-count=\"0\"")))
                .andExpect(content().string(not(containsString("East gate"))))
                .andExpect(content().string(containsString("id=\"visitors-pending\" data-count=\"0\"")));
    }
}

package community.porter.console.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import community.porter.access.door.Door;
import community.porter.access.door.DoorRepository;
import community.porter.access.org.OrgNode;
import community.porter.access.org.OrgNodeRepository;
import community.porter.access.org.OrgNodeType;
import community.porter.console.ConsoleTestData;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
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
 * {@code GET /api/v1/health/connectors} reads the health components {@code smsc} and {@code modem}
 * as the gateway registers them (here stand-ins under the same names); {@code /doors} reads the
 * doors' heartbeat state.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HealthApiTest {

    static final String KEY = "configured-key-one";

    @TestConfiguration
    static class Connectors {

        static final AtomicBoolean modemUp = new AtomicBoolean();

        @Bean
        HealthIndicator smscHealthIndicator() {
            return () -> Health.up().withDetail("operator", Map.of("status", "UP", "window", "0/10")).build();
        }

        @Bean
        HealthIndicator modemHealthIndicator() {
            return () -> (modemUp.get() ? Health.up() : Health.down()).withDetail("pool", Map.of("modems", 0)).build();
        }
    }

    @Autowired MockMvc mvc;
    @Autowired DoorRepository doors;
    @Autowired OrgNodeRepository nodes;
    @Autowired ConsoleTestData data;

    @AfterEach
    void clear() {
        doors.deleteAll();
        data.clear();
        Connectors.modemUp.set(false);
    }

    @Test
    void connectorsShowEachTransportWithItsDetailsAndAreDownWhileOneIsDown() throws Exception {
        mvc.perform(get("/api/v1/health/connectors").header("X-API-Key", KEY))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DOWN"))
                .andExpect(jsonPath("$.components.smsc.status").value("UP"))
                .andExpect(jsonPath("$.components.smsc.details.operator.window").value("0/10"))
                .andExpect(jsonPath("$.components.modem.status").value("DOWN"))
                .andExpect(jsonPath("$.components.db").doesNotExist());

        Connectors.modemUp.set(true);
        mvc.perform(get("/api/v1/health/connectors").header("X-API-Key", KEY))
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.modem.status").value("UP"));
    }

    @Test
    void doorsShowTheirCommunityOnlineStateAndLastHeartbeat() throws Exception {
        OrgNode community = nodes.save(new OrgNode(OrgNodeType.COMMUNITY, "DEMO", "Demo"));
        Door gate = new Door(community, community, "GATE", "Main gate", "ctl-1");
        gate.heartbeat(Instant.parse("2026-11-23T08:00:00Z"));
        doors.save(gate);
        doors.save(new Door(community, community, "1-1", "Building 1 unit 1", "ctl-2"));

        mvc.perform(get("/api/v1/health/doors").header("X-API-Key", KEY))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].code").value("1-1"))
                .andExpect(jsonPath("$[0].community").value("DEMO"))
                .andExpect(jsonPath("$[0].online").value(false))
                .andExpect(jsonPath("$[0].lastHeartbeat").doesNotExist())
                .andExpect(jsonPath("$[1].code").value("GATE"))
                .andExpect(jsonPath("$[1].online").value(true))
                .andExpect(jsonPath("$[1].lastHeartbeat").value("2026-11-23T08:00:00Z"));
    }

    @Test
    void healthOfConnectorsAndDoorsNeedsAKey() throws Exception {
        mvc.perform(get("/api/v1/health/connectors")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/health/doors")).andExpect(status().isUnauthorized());
    }
}

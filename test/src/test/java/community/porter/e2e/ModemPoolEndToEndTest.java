package community.porter.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import community.porter.modem.sim.Dialect;
import community.porter.modem.sim.SimulatedModem;
import community.porter.modem.sim.SubmittedMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged Porter with a pool of two simulated modems of different makers on
 * pseudo-terminals, {@code gate} preferred by a routing rule and {@code spare} behind it: a modem
 * that stops answering in the middle of a send is passed over for the spare, taken out of service
 * while it stays silent, and used again once it answers.
 */
class ModemPoolEndToEndTest {

    private static final String OWNER = "+8613800000001";
    private static final Duration DEADLINE = Duration.ofSeconds(60);

    @TempDir
    static Path workDir;

    private static SimulatedModem gate;
    private static SimulatedModem spare;
    private static PorterProcess porter;

    @BeforeAll
    static void start() {
        gate = SimulatedModem.start(Dialect.HUAWEI);
        spare = SimulatedModem.start(Dialect.SIMCOM);
        try {
            // The demo's own SMSC still runs; the rule sends everything through gate, then spare.
            // A short send deadline and a reset after one unanswered command keep the test quick.
            porter = PorterProcess.start(workDir, "--demo",
                    "--porter.modems[0].name=gate",
                    "--porter.modems[0].port=" + gate.hostPath(),
                    "--porter.modems[1].name=spare",
                    "--porter.modems[1].port=" + spare.hostPath(),
                    "--porter.routing.rules[0].transports[0]=gate",
                    "--porter.routing.rules[0].transports[1]=spare",
                    "--porter.modem-pool.send-timeout=5s",
                    "--porter.modem-pool.timeouts-before-reset=1");
        } catch (RuntimeException | Error e) {
            stop();
            throw e;
        }
        await("both modems run").atMost(DEADLINE).until(() -> running("gate") && running("spare"));
    }

    @AfterAll
    static void stop() {
        if (porter != null) {
            porter.close();
        }
        if (gate != null) {
            gate.close();
        }
        if (spare != null) {
            spare.close();
        }
    }

    @Test
    void aModemThatStopsAnsweringMidSendIsPassedOverAndUsedAgainOnceItAnswers() {
        gate.hangOnNext("AT+CMGS");

        spare.deliver(OWNER, "H");

        await("the reply through spare").atMost(DEADLINE).until(() -> !toOwner(spare).isEmpty());
        assertThat(gate.commands()).as("gate was tried first").anyMatch(command -> command.startsWith("AT+CMGS"));
        assertThat(toOwner(gate)).as("nothing reached the network through the silent gate").isEmpty();
        await("gate out of service while it is silent").atMost(DEADLINE).until(() -> !running("gate"));

        gate.recover();
        await("gate running again").atMost(DEADLINE).until(() -> running("gate"));
        int throughSpare = toOwner(spare).size();
        gate.deliver(OWNER, "H");

        await("the next reply through gate").atMost(DEADLINE).until(() -> !toOwner(gate).isEmpty());
        assertThat(toOwner(spare)).as("nothing more through spare").hasSize(throughSpare);
    }

    private static List<SubmittedMessage> toOwner(SimulatedModem modem) {
        return modem.submitted().stream().filter(m -> m.destination().equals(OWNER)).toList();
    }

    /** Whether the health document shows modem {@code name} running. */
    private static boolean running(String name) throws Exception {
        String health = porter.health();
        if (health.isEmpty()) {
            return false;
        }
        JsonNode modem = new ObjectMapper().readTree(health).path("components").path("modem").path("details")
                .path(name);
        return "RUNNING".equals(modem.path("state").asText());
    }
}

package community.porter.modem.camel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import community.porter.modem.sim.Dialect;
import community.porter.modem.sim.SimulatedModem;
import community.porter.sms.OutboundSms;
import community.porter.sms.SendException;
import community.porter.sms.SubmitOutcome;
import community.porter.sms.TransportReadiness;
import java.time.Duration;
import java.util.List;
import org.apache.camel.Producer;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Two simulated modems (Huawei and SIMCom) as one pool: choice, failover, watchdog. */
class GsmPoolTest {

    private final SimulatedModem first = SimulatedModem.start(Dialect.HUAWEI);
    private final SimulatedModem second = SimulatedModem.start(Dialect.SIMCOM);
    private DefaultCamelContext camel;
    private ProducerTemplate template;
    private GsmEndpoint endpoint;
    private Producer opener;

    @AfterEach
    void stop() {
        if (opener != null) {
            opener.stop();
        }
        if (camel != null) {
            camel.stop();
        }
        first.close();
        second.close();
    }

    private void startPool(List<ModemConfig> modems) {
        camel = new DefaultCamelContext();
        GsmComponent gsm = new GsmComponent();
        GsmConfiguration options = new GsmConfiguration();
        options.setModems(modems);
        options.setCommandTimeout(Duration.ofSeconds(1));
        options.setSendTimeout(Duration.ofSeconds(2));
        options.setTimeoutsBeforeReset(1);
        options.setReopenDelay(Duration.ofMillis(200));
        options.setMaxReopenDelay(Duration.ofSeconds(1));
        gsm.addPool("modems", options);
        camel.addComponent("gsm", gsm);
        camel.start();
        template = camel.createProducerTemplate();
        template.start();
        endpoint = camel.getEndpoint("gsm:modems", GsmEndpoint.class);
        // A producer opens the pool, as the outbound route's does.
        opener = endpoint.createProducer();
        opener.start();
    }

    private void startBoth() {
        startPool(List.of(ModemConfig.of("a", first.hostPath().toString()),
                ModemConfig.of("b", second.hostPath().toString())));
        await().atMost(Duration.ofSeconds(20)).until(() -> endpoint.modemStatus().stream()
                .allMatch(m -> m.state() == ModemState.RUNNING));
    }

    private SubmitOutcome send(OutboundSms sms) {
        return template.requestBody("gsm:modems", sms, SubmitOutcome.class);
    }

    private ModemState stateOf(String name) {
        return endpoint.modemStatus().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow().state();
    }

    @Test
    void aModemThatHangsMidSendIsPassedOverAndComesBackAfterItsReset() {
        startBoth();
        int sentByFirst = first.submitted().size();
        first.hangOnNext("AT+CMGS");

        SubmitOutcome outcome = send(new OutboundSms(10, "+8613900000010", null, "Door opened", null, false));

        assertThat(outcome.connector()).isEqualTo("b");
        assertThat(second.submitted()).anySatisfy(m -> assertThat(m.submit().userData().text()).hasValue("Door opened"));
        // The watchdog took the silent modem out of service and keeps trying to reopen it.
        await().atMost(Duration.ofSeconds(10)).until(() -> stateOf("a") != ModemState.RUNNING);
        assertThat(endpoint.readiness()).isEqualTo(TransportReadiness.State.READY);

        first.recover();
        await().atMost(Duration.ofSeconds(20)).until(() -> stateOf("a") == ModemState.RUNNING);

        SubmitOutcome again = send(new OutboundSms(11, "+8613900000011", null, "Welcome", null, false));
        assertThat(again.connector()).isEqualTo("a");
        assertThat(first.submitted().size()).isGreaterThan(sentByFirst);
    }

    @Test
    void theLeastLoadedRunningModemIsChosenAndAPartlySentMessageStaysOnItsModem() {
        startBoth();

        SubmitOutcome fresh = send(new OutboundSms(20, "+8613900000020", null, "KM", null, false));
        SubmitOutcome rest = send(new OutboundSms(21, "+8613900000021", null, "y".repeat(400), null, false, 1, "b"));

        assertThat(fresh.connector()).isEqualTo("a");
        assertThat(rest.connector()).isEqualTo("b");
        assertThat(rest.firstPart()).isEqualTo(2);
    }

    @Test
    void anEndpointNamingAModemSendsOnlyThroughIt() {
        startBoth();

        SubmitOutcome outcome = template.requestBody("gsm:modems?modem=b",
                new OutboundSms(25, "+8613900000025", null, "KM", null, false), SubmitOutcome.class);

        assertThat(outcome.connector()).isEqualTo("b");
        assertThat(camel.getEndpoint("gsm:modems?modem=a", GsmEndpoint.class).readiness())
                .isEqualTo(TransportReadiness.State.READY);
        first.hang();
        assertThatThrownBy(() -> template.requestBody("gsm:modems?modem=a",
                new OutboundSms(26, "+8613900000026", null, "KM", null, false), SubmitOutcome.class))
                .cause().isInstanceOf(SendException.class);
        await().atMost(Duration.ofSeconds(10)).until(() -> camel.getEndpoint("gsm:modems?modem=a", GsmEndpoint.class)
                .readiness() == TransportReadiness.State.DOWN);
        assertThat(endpoint.readiness()).isEqualTo(TransportReadiness.State.READY);
    }

    @Test
    void aPoolWithoutARunningModemIsDownAndSendsAreRetriedLater() {
        startPool(List.of(ModemConfig.of("gone", "/dev/porter-no-such-modem")));

        assertThat(endpoint.readiness()).isEqualTo(TransportReadiness.State.DOWN);
        assertThatThrownBy(() -> send(new OutboundSms(31, "+8613900000031", null, "KM", null, false)))
                .cause().isInstanceOf(SendException.RetryLater.class);
    }
}

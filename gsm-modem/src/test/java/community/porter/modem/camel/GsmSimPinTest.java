package community.porter.modem.camel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import community.porter.modem.sim.Dialect;
import community.porter.modem.sim.SimulatedModem;
import java.time.Duration;
import java.util.List;
import org.apache.camel.Producer;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

/** A SIM that refuses the configured PIN takes its modem out of service instead of being locked. */
class GsmSimPinTest {

    @Test
    void aRefusedPinIsNotEnteredAgain() throws Exception {
        try (SimulatedModem modem = SimulatedModem.builder(Dialect.WAVECOM).pin("1234").start()) {
            int triesBefore = modem.pinTriesLeft();
            DefaultCamelContext camel = new DefaultCamelContext();
            GsmComponent gsm = new GsmComponent();
            GsmConfiguration options = new GsmConfiguration();
            options.setModems(List.of(new ModemConfig("wavecom", modem.hostPath().toString(), "9999", 115200, "SM", 0,
                    null, null)));
            options.setReopenDelay(Duration.ofMillis(100));
            gsm.addPool("modems", options);
            camel.addComponent("gsm", gsm);
            camel.start();
            Producer producer = camel.getEndpoint("gsm:modems").createProducer();
            try {
                producer.start();
                GsmEndpoint endpoint = camel.getEndpoint("gsm:modems", GsmEndpoint.class);
                await().atMost(Duration.ofSeconds(20)).until(() -> endpoint.modemStatus().get(0).state() == ModemState.STOPPED);

                assertThat(modem.pinTriesLeft()).isEqualTo(triesBefore - 1);
                assertThat(endpoint.modemStatus().get(0).lastError()).isPresent();
            } finally {
                producer.stop();
                camel.stop();
            }
        }
    }
}

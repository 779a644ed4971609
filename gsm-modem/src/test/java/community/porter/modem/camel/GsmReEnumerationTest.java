package community.porter.modem.camel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import community.porter.modem.at.AtSessionSettings;
import community.porter.modem.sim.Dialect;
import community.porter.modem.sim.SimulatedModem;
import community.porter.sms.InboundSms;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A modem that USB re-enumerates under another device name is found again by its identity. */
class GsmReEnumerationTest {

    private static final Duration DEADLINE = Duration.ofSeconds(20);

    @TempDir
    Path devices;

    private SimulatedModem modem;
    private SimulatedModem neighbour;
    private DefaultCamelContext camel;
    private final List<InboundSms> received = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        if (camel != null) {
            camel.stop();
        }
        if (modem != null) {
            modem.close();
        }
        if (neighbour != null) {
            neighbour.close();
        }
    }

    @Test
    void aModemReplugedUnderAnotherNameRunsAgainThereAndReceives() throws Exception {
        modem = SimulatedModem.builder(Dialect.HUAWEI).link(devices.resolve("modem-a")).start();
        startCamel(ModemConfig.of("gate", modem.hostPath().toString()));
        await("running on the first port").atMost(DEADLINE).until(() -> status().state() == ModemState.RUNNING);

        Path renamed = devices.resolve("modem-b");
        modem.replug(renamed);

        await("running on the new port").atMost(DEADLINE).until(() -> status().state() == ModemState.RUNNING
                && status().port().equals(renamed.toString()));
        modem.deliver("+8613800000001", "H");
        await("the message received").atMost(DEADLINE).until(() -> received.size() == 1);
        assertThat(received.get(0).text()).isEqualTo("H");
        await("deleted once stored").atMost(DEADLINE).until(() -> modem.storage().isEmpty());
    }

    @Test
    void aConfiguredIccidFindsTheModemBeforeItEverStarted() throws Exception {
        modem = SimulatedModem.builder(Dialect.QUECTEL).link(devices.resolve("modem-b")).start();
        ModemConfig gone = new ModemConfig("gate", devices.resolve("modem-a").toString(), null, 115200, "SM", 0,
                null, modem.iccid());
        startCamel(gone);

        await("running where the SIM answers").atMost(DEADLINE).until(() -> status().state() == ModemState.RUNNING
                && status().port().equals(modem.hostPath().toString()));
    }

    @Test
    void aPortAnotherModemHoldsIsNeverProbed() {
        neighbour = SimulatedModem.builder(Dialect.HUAWEI).link(devices.resolve("modem-c")).start();
        PortClaims claims = new PortClaims();
        claims.claim(neighbour.hostPath().toString(), "other");
        ModemLocator locator = new ModemLocator(ModemWorker::serialLink, claims,
                AtSessionSettings.DEFAULT);

        Optional<String> found = locator.find(ModemConfig.of("gate", devices.resolve("modem-a").toString()),
                new ModemLocator.ModemIdentity(Optional.of(neighbour.imei()), Optional.empty()),
                PortCandidates.list(List.of(devices + "/modem-*")));

        assertThat(found).isEmpty();
        assertThat(neighbour.commands()).isEmpty();
    }

    private void startCamel(ModemConfig config) throws Exception {
        camel = new DefaultCamelContext();
        GsmComponent gsm = new GsmComponent();
        GsmConfiguration options = new GsmConfiguration();
        options.setModems(List.of(config));
        options.setPortCandidates(List.of(devices + "/modem-*"));
        options.setCommandTimeout(Duration.ofSeconds(2));
        options.setReopenDelay(Duration.ofMillis(100));
        options.setMaxReopenDelay(Duration.ofSeconds(1));
        options.setSweepInterval(Duration.ofMinutes(5));
        gsm.addPool("modems", options);
        camel.addComponent("gsm", gsm);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("gsm:modems").process(exchange -> received.add(exchange.getIn().getBody(InboundSms.class)));
            }
        });
        camel.start();
    }

    private ModemStatus status() {
        return camel.getComponent("gsm", GsmComponent.class).pool("modems").orElseThrow().modems().get(0).status();
    }
}

package community.porter.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import community.porter.modem.camel.GsmComponent;
import community.porter.modem.camel.GsmConfiguration;
import community.porter.modem.camel.GsmEndpoint;
import community.porter.modem.camel.ModemConfig;
import community.porter.modem.sim.Dialect;
import community.porter.modem.sim.SimulatedModem;
import community.porter.routes.TransportEndpoints;
import community.porter.sms.AcceptanceJournal;
import community.porter.sms.AckListener;
import community.porter.sms.PendingPartStore;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.Producer;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** {@code porter.modems[n]} turned into gsm pools, the routes' endpoints and health. */
class ModemConfigurationTest {

    private static final ModemProperties.Pool DEFAULT_TIMINGS = new ModemProperties.Pool(Duration.ofSeconds(60),
            Duration.ofMinutes(10), Duration.ofSeconds(5), Duration.ofSeconds(60), 2);

    private final ApplicationContextRunner properties = new ApplicationContextRunner()
            .withUserConfiguration(Enable.class);

    @EnableConfigurationProperties(ModemProperties.class)
    static class Enable {
    }

    private static ModemProperties.Modem modem(String name, String port, String pool) {
        return new ModemProperties.Modem(name, port, "", pool, 115200, 0, "SM", "", "");
    }

    @Test
    void modemsBecomePoolsAndTheirEndpointsFollowTheSmscOnes() {
        ModemConfiguration configuration = new ModemConfiguration();
        ModemConfiguration.ModemPools pools = configuration.modemPools(new ModemProperties(List.of(
                modem("a", "/dev/ttyUSB0", "modems"), modem(null, "/dev/ttyUSB1", "modems"),
                modem("shop", "/dev/ttyUSB2", "shop-pool")), List.of("/dev/ttyUSB*"), DEFAULT_TIMINGS));
        Map<String, community.porter.smpp.SmscConfiguration> smsc = new LinkedHashMap<>();
        smsc.put("main", new community.porter.smpp.SmscConfiguration());

        TransportEndpoints endpoints = new TransportConfiguration().transportEndpoints(
                new SmppConfiguration.SmscConnections(smsc), pools);

        assertThat(pools.byName().get("modems").getModems()).extracting(ModemConfig::name).containsExactly("a", "modem1");
        assertThat(pools.byName().get("shop-pool").getPortCandidates()).containsExactly("/dev/ttyUSB*");
        assertThat(endpoints.inbound()).containsExactly("smsc:main", "gsm:modems", "gsm:shop-pool");
        assertThat(endpoints.outbound()).extracting(TransportEndpoints.Outbound::name)
                .containsExactly("main", "modems", "shop-pool", "a", "modem1", "shop");
        assertThat(endpoints.findOutbound("modem1")).get().extracting(TransportEndpoints.Outbound::uri)
                .isEqualTo("gsm:modems?modem=modem1");
    }

    @Test
    void poolTimingsAreBoundAndReachEveryPool() {
        properties.withPropertyValues("porter.modems[0].port=/dev/ttyUSB0", "porter.modem-pool.send-timeout=7s",
                "porter.modem-pool.sweep-interval=15s", "porter.modem-pool.timeouts-before-reset=3")
                .run(context -> {
                    ModemProperties bound = context.getBean(ModemProperties.class);
                    assertThat(bound.modemPool().commandTimeout()).isEqualTo(Duration.ofSeconds(5));
                    GsmConfiguration pool = new ModemConfiguration().modemPools(bound).byName().get("modems");
                    assertThat(pool.getSendTimeout()).isEqualTo(Duration.ofSeconds(7));
                    assertThat(pool.getSweepInterval()).isEqualTo(Duration.ofSeconds(15));
                    assertThat(pool.getTimeoutsBeforeReset()).isEqualTo(3);
                });
        properties.withPropertyValues("porter.modems[0].port=/dev/ttyUSB0", "porter.modem-pool.timeouts-before-reset=0")
                .run(context -> assertThat(context).hasFailed().getFailure().hasStackTraceContaining("timeoutsBeforeReset"));
    }

    @Test
    void propertiesAreBoundAndValidated() {
        properties.withPropertyValues("porter.modems[0].port=/dev/ttyUSB0", "porter.modems[0].rate-per-minute=6")
                .run(context -> {
                    ModemProperties.Modem bound = context.getBean(ModemProperties.class).modems().get(0);
                    assertThat(bound.pool()).isEqualTo("modems");
                    assertThat(bound.baud()).isEqualTo(115200);
                    assertThat(bound.storage()).isEqualTo("SM");
                    assertThat(bound.ratePerMinute()).isEqualTo(6);
                    assertThat(context.getBean(ModemProperties.class).modemPortCandidates())
                            .containsExactly("/dev/ttyUSB*", "/dev/ttyACM*");
                });
        properties.withPropertyValues("porter.modems[0].port=/dev/ttyUSB0",
                "porter.modem-port-candidates=/dev/serial/by-path/*,/dev/ttyUSB*")
                .run(context -> assertThat(context.getBean(ModemProperties.class).modemPortCandidates())
                        .containsExactly("/dev/serial/by-path/*", "/dev/ttyUSB*"));
        properties.withPropertyValues("porter.modems[0].port=/dev/ttyUSB0", "porter.modem-port-candidates=ttyUSB*")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasStackTraceContaining("modemPortCandidates"));
        properties.withPropertyValues("porter.modems[0].port=/dev/ttyUSB0", "porter.modems[0].pin=12")
                .run(context -> assertThat(context).hasFailed().getFailure().hasStackTraceContaining("pin"));
        properties.withPropertyValues("porter.modems[0].pin=1234")
                .run(context -> assertThat(context).hasFailed().getFailure().hasStackTraceContaining("port"));
        properties.withPropertyValues("porter.modems[0].port=/dev/ttyUSB0", "porter.modems[0].storage=XX")
                .run(context -> assertThat(context).hasFailed().getFailure().hasStackTraceContaining("storage"));
    }

    @Test
    void healthShowsEachModemWithItsSignalRegistrationAndImei() throws Exception {
        try (SimulatedModem simulated = SimulatedModem.start(Dialect.ZTE)) {
            ModemConfiguration configuration = new ModemConfiguration();
            ModemConfiguration.ModemPools pools = configuration.modemPools(new ModemProperties(List.of(
                    modem("zte", simulated.hostPath().toString(), "modems")), List.of("/dev/ttyUSB*"), DEFAULT_TIMINGS));
            GsmComponent gsm = configuration.gsmComponent(pools, Mockito.mock(AckListener.class),
                    Mockito.mock(PendingPartStore.class), AcceptanceJournal.NONE);
            ModemHealthIndicator health = new ModemHealthIndicator(gsm);
            DefaultCamelContext camel = new DefaultCamelContext();
            camel.addComponent("gsm", gsm);
            camel.start();
            Producer producer = camel.getEndpoint("gsm:modems", GsmEndpoint.class).createProducer();
            try {
                producer.start();
                await().atMost(Duration.ofSeconds(20)).until(() -> health.health().getStatus().equals(Status.UP)
                        && health.health().getDetails().containsKey("zte"));

                Health up = health.health();
                @SuppressWarnings("unchecked")
                Map<String, Object> zte = (Map<String, Object>) up.getDetails().get("zte");
                assertThat(zte).containsEntry("state", community.porter.modem.camel.ModemState.RUNNING)
                        .containsEntry("imei", simulated.imei()).containsEntry("pool", "modems")
                        .containsKeys("registration", "signalDbm", "port");

                simulated.unplug();
                await().atMost(Duration.ofSeconds(20)).until(() -> health.health().getStatus().equals(Status.DOWN));
            } finally {
                producer.stop();
                camel.stop();
            }
        }
    }
}

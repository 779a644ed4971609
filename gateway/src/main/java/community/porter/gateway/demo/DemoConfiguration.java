package community.porter.gateway.demo;

import community.porter.access.console.ApiKey;
import community.porter.access.console.ApiKeyRepository;
import community.porter.access.demo.DemoCommunity;
import community.porter.access.door.Door;
import community.porter.access.door.DoorRepository;
import community.porter.console.security.ApiKeyAuthenticator;
import community.porter.console.simulator.PhoneSimulator;
import community.porter.demo.door.SimulatedDoorControllers;
import community.porter.demo.smsc.DemoPhoneSimulator;
import community.porter.demo.smsc.DemoSmsc;
import community.porter.demo.smsc.DemoSmscSettings;
import community.porter.gateway.PorterProperties;
import jakarta.jms.ConnectionFactory;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * Demo mode ({@code --demo}): the demo community, an in-process SMSC simulator on loopback that
 * Porter binds to over real SMPP (unless a connection is configured), and the phone simulator
 * behind the console page.
 */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
class DemoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DemoConfiguration.class);
    /** How often the demo's simulated door controllers report in. */
    private static final Duration DEMO_HEARTBEAT = Duration.ofSeconds(5);

    /** Seeds the demo community while the context is built, before any message can arrive. */
    @Bean
    DemoSeed demoSeed(DemoCommunity community, DemoProperties demo) {
        boolean existed = community.exists();
        community.seed(demo.residents());
        log.info(existed ? "Demo community {} already present" : "Demo community {} created with {} extra residents",
                DemoCommunity.CODE, demo.residents());
        return new DemoSeed();
    }

    /** The simulator is started as soon as it exists, so the SMPP connection can name its port. */
    @Bean(destroyMethod = "stop")
    @Conditional(NoSmscConfigured.class)
    DemoSmsc demoSmsc(DemoSeed seeded, DemoProperties demo, PorterProperties porter) {
        DemoSmsc smsc = new DemoSmsc(DemoSmscSettings.defaults().withPort(demo.smscPort())
                .withServiceNumber(porter.serviceNumber()));
        smsc.start();
        log.info("Demo SMSC simulator listening on 127.0.0.1:{}", smsc.port());
        return smsc;
    }

    @Bean
    @Conditional(NoSmscConfigured.class)
    PhoneSimulator phoneSimulator(DemoSmsc smsc) {
        return new DemoPhoneSimulator(smsc);
    }

    /**
     * A simulated controller for every demo door, heartbeats every few seconds, so {@code KM}
     * opens doors in the demo the same way it would with hardware. Off with
     * {@code porter.demo.door-controllers=false}, for a real or external controller.
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "porter.demo.door-controllers", havingValue = "true", matchIfMissing = true)
    SimulatedDoorControllers demoDoorControllers(DemoSeed seeded, DoorRepository doors,
            ConnectionFactory connectionFactory, Clock clock) {
        List<String> ids = doors.findAll().stream().map(Door::getControllerId).distinct().sorted().toList();
        log.info("Simulated door controllers on the broker: {}", ids);
        return new SimulatedDoorControllers(connectionFactory, ids, DEMO_HEARTBEAT, clock);
    }

    /** A fresh API key for the demo, stored hashed like any other and printed once at start. */
    @Bean
    DemoApiKey demoApiKey(DemoSeed seeded, ApiKeyRepository keys, Clock clock) {
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        String key = "demo-" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        keys.save(new ApiKey("demo", ApiKeyAuthenticator.hashOf(key), "demo", clock.instant()));
        log.info("Demo API key (header X-API-Key): {}", key);
        return new DemoApiKey(key);
    }

    /** The demo's API key. */
    record DemoApiKey(String key) {
    }

    /** Marks that the demo data is in place. */
    record DemoSeed() {
    }
}

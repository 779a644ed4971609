package community.porter.routes;

import java.time.Clock;
import java.util.List;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * Porter's routes with the access core and the command pipeline behind them, on an in-memory H2
 * (see application.properties), and small fake transports in front: inbound messages and
 * receipts arrive at {@value #INBOUND}; outbound messages go to {@value #FIRST} and then
 * {@value #SECOND} (connectors {@code out1} and {@code out2}), each answered by a
 * {@link FakeTransport}.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
// The door and integration routes talk to the broker, which these tests do not start; the
// gateway's tests cover them.
@ComponentScan(basePackages = {"community.porter.access", "community.porter.command", "community.porter.routes"},
        excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
                pattern = "community\\.porter\\.routes\\.(Door(Command|Event|Sweep)Route|integration\\..*)"))
@ConfigurationPropertiesScan({"community.porter.access", "community.porter.command", "community.porter.routes"})
@EntityScan("community.porter.access")
@EnableJpaRepositories("community.porter.access")
public class RoutesTestApplication {

    /** Where a test transport delivers inbound messages and receipts. */
    public static final String INBOUND = "direct:in";
    /** The preferred outbound transport. */
    public static final String FIRST = "fake:out1";
    /** The outbound transport used when the first cannot take a message now. */
    public static final String SECOND = "fake:out2";

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    TransportEndpoints transportEndpoints() {
        return new TransportEndpoints(List.of(INBOUND), List.of(new TransportEndpoints.Outbound("out1", FIRST),
                new TransportEndpoints.Outbound("out2", SECOND)));
    }

    @Bean
    FakeTransport firstTransport() {
        return new FakeTransport("out1");
    }

    @Bean
    FakeTransport secondTransport() {
        return new FakeTransport("out2");
    }

    /** The {@code fake:} component that connects the outbound endpoints to the fake transports. */
    @Bean("fake")
    FakeTransports fakeTransports(FakeTransport firstTransport, FakeTransport secondTransport) {
        return new FakeTransports(firstTransport, secondTransport);
    }
}

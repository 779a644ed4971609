package community.porter.routes;

import static org.assertj.core.api.Assertions.assertThat;

import community.porter.access.message.OutboxMessage;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** {@code porter.routing.*} binds from properties as an operator writes them, and refuses what cannot work. */
class RoutingPropertiesTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(RoutingProperties.class)
    static class Config {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Config.class);

    @Test
    void rulesAndLaneThreadsBindFromProperties() {
        runner.withPropertyValues(
                        "porter.routing.rules[0].destination-prefixes=+86138,+86139",
                        "porter.routing.rules[0].transports=main,backup",
                        "porter.routing.rules[1].kinds=BROADCAST",
                        "porter.routing.rules[1].lanes=BULK",
                        "porter.routing.rules[1].transports=gsm:pool",
                        "porter.routing.lane-threads.urgent=3")
                .run(context -> {
                    RoutingProperties routing = context.getBean(RoutingProperties.class);
                    assertThat(routing.rules()).hasSize(2);
                    assertThat(routing.rules().get(0).destinationPrefixes()).containsExactly("+86138", "+86139");
                    assertThat(routing.rules().get(0).transports()).containsExactly("main", "backup");
                    assertThat(routing.rules().get(0).kinds()).isEmpty();
                    assertThat(routing.rules().get(1).kinds()).containsExactly(OutboxMessage.Kind.BROADCAST);
                    assertThat(routing.rules().get(1).lanes()).containsExactly(Lane.BULK);
                    assertThat(routing.laneThreads()).isEqualTo(new RoutingProperties.LaneThreads(3, 4, 8));
                });
    }

    @Test
    void withNothingConfiguredThereAreNoRulesAndDefaultLaneThreads() {
        runner.run(context -> {
            RoutingProperties routing = context.getBean(RoutingProperties.class);
            assertThat(routing.rules()).isEmpty();
            assertThat(routing.laneThreads()).isEqualTo(new RoutingProperties.LaneThreads(2, 4, 8));
        });
    }

    @Test
    void aPrefixThatIsNotE164StopsStartUpWithItsName() {
        runner.withPropertyValues("porter.routing.rules[0].destination-prefixes=86138",
                        "porter.routing.rules[0].transports=main")
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessageContaining("destinationPrefixes").hasMessageContaining("E.164 prefix"));
    }

    @Test
    void aRuleWithoutTransportsStopsStartUp() {
        runner.withPropertyValues("porter.routing.rules[0].destination-prefixes=+86138")
                .run(context -> assertThat(context).getFailure().rootCause().hasMessageContaining("transports"));
    }

    @Test
    void anUnknownKindStopsStartUp() {
        runner.withPropertyValues("porter.routing.rules[0].kinds=SPAM", "porter.routing.rules[0].transports=main")
                .run(context -> assertThat(context).hasFailed());
    }
}

package community.porter.access.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** {@code porter.integration.*}: defaults, and a wrong setting stops start-up with a clear message. */
class IntegrationPropertiesTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(IntegrationProperties.class)
    static class WithProperties {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(WithProperties.class);

    @Test
    void defaultsFollowApplicationsMessagesOnly() {
        runner.run(context -> {
            IntegrationProperties properties = context.getBean(IntegrationProperties.class);
            assertThat(properties.statusEvents()).isEqualTo(IntegrationProperties.StatusEvents.API);
            assertThat(properties.relayBatch()).isEqualTo(500);
        });
    }

    @Test
    void allMayBeAskedForInAnyCase() {
        runner.withPropertyValues("porter.integration.status-events=all").run(context ->
                assertThat(context.getBean(IntegrationProperties.class).statusEvents())
                        .isEqualTo(IntegrationProperties.StatusEvents.ALL));
    }

    @Test
    void anUnknownStatusEventsValueStopsStartUp() {
        runner.withPropertyValues("porter.integration.status-events=SOME").run(context ->
                assertThat(context).hasFailed().getFailure().hasStackTraceContaining("porter.integration.status-events"));
    }

    @Test
    void aZeroSweepIntervalStopsStartUp() {
        runner.withPropertyValues("porter.integration.sweep-interval=0s").run(context ->
                assertThat(context).hasFailed().getFailure().hasStackTraceContaining("must be positive"));
    }

    @Test
    void aBatchOutOfRangeStopsStartUp() {
        runner.withPropertyValues("porter.integration.relay-batch=0").run(context ->
                assertThat(context).hasFailed().getFailure().hasStackTraceContaining("relayBatch"));
    }
}

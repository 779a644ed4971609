package community.porter.access.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** The receipt settings: defaults that need no configuration, and a wrong value stops start-up. */
class ReceiptPropertiesTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ReceiptProperties.class)
    static class Settings {}

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Settings.class);

    @Test
    void unmatchedReceiptsAreKeptThreeDaysAndSweptEveryMinuteByDefault() {
        runner.run(context -> {
            ReceiptProperties properties = context.getBean(ReceiptProperties.class);
            assertThat(properties.keepUnmatched()).isEqualTo(Duration.ofDays(3));
            assertThat(properties.sweepInterval()).isEqualTo(Duration.ofMinutes(1));
        });
    }

    @Test
    void settingsBindFromTheirDocumentedNames() {
        runner.withPropertyValues("porter.receipts.keep-unmatched=12h", "porter.receipts.sweep-interval=30s")
                .run(context -> {
                    ReceiptProperties properties = context.getBean(ReceiptProperties.class);
                    assertThat(properties.keepUnmatched()).isEqualTo(Duration.ofHours(12));
                    assertThat(properties.sweepInterval()).isEqualTo(Duration.ofSeconds(30));
                });
    }

    @Test
    void keepingUnmatchedReceiptsForNoTimeStopsStartUp() {
        runner.withPropertyValues("porter.receipts.keep-unmatched=0s").run(context ->
                assertThat(context).getFailure().rootCause().hasMessageContaining("porter.receipts.keep-unmatched"));
    }
}

package community.porter.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import community.porter.smpp.SmscMessageIds;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** How a connection's SMSC writes receipt ids and dates: {@code porter.smpp.connections[n].*}. */
class SmppReceiptSettingsTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(SmppProperties.class)
    static class Settings {}

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Settings.class)
            .withPropertyValues("porter.smpp.connections[0].host=smsc.example", "porter.smpp.connections[0].system-id=porter");

    @Test
    void idsAreTakenAsWrittenAndDatesAsUtcUnlessConfigured() {
        runner.run(context -> {
            SmppProperties.Connection connection = context.getBean(SmppProperties.class).connections().get(0);
            assertThat(connection.messageIdFormat()).isEqualTo(SmscMessageIds.IdFormat.AS_IS);
            assertThat(connection.receiptIdFormat()).as("as messageIdFormat").isNull();
            assertThat(connection.receiptTimeZone()).isEqualTo(ZoneId.of("UTC"));
        });
    }

    @Test
    void settingsBindFromTheirDocumentedNames() {
        runner.withPropertyValues("porter.smpp.connections[0].message-id-format=HEX",
                        "porter.smpp.connections[0].receipt-id-format=DECIMAL",
                        "porter.smpp.connections[0].receipt-time-zone=Asia/Shanghai")
                .run(context -> {
                    SmppProperties.Connection connection = context.getBean(SmppProperties.class).connections().get(0);
                    assertThat(connection.messageIdFormat()).isEqualTo(SmscMessageIds.IdFormat.HEX);
                    assertThat(connection.receiptIdFormat()).isEqualTo(SmscMessageIds.IdFormat.DECIMAL);
                    assertThat(connection.receiptTimeZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
                });
    }

    @Test
    void anUnknownIdFormatOrTimeZoneStopsStartUp() {
        runner.withPropertyValues("porter.smpp.connections[0].message-id-format=OCTAL").run(context ->
                assertThat(context).getFailure().hasStackTraceContaining("porter.smpp.connections[0].message-id-format"));
        runner.withPropertyValues("porter.smpp.connections[0].receipt-time-zone=Mars/Olympus").run(context ->
                assertThat(context).getFailure().hasStackTraceContaining("porter.smpp.connections[0].receipt-time-zone"));
    }
}

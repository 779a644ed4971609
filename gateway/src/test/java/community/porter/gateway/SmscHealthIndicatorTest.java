package community.porter.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import community.porter.smpp.JsmppSmsc;
import community.porter.smpp.ScriptedSmsc;
import community.porter.smpp.SmscComponent;
import java.time.Duration;
import java.util.Map;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

/** What {@code /actuator/health} says about SMPP connections. */
class SmscHealthIndicatorTest {

    private static final int ESME_RINVPASWD = 0x0E;

    private DefaultCamelContext context;
    private SmscComponent component;

    @AfterEach
    void stop() {
        if (context != null) {
            context.stop();
        }
    }

    private void consume(String name, int port, String options) throws Exception {
        context = new DefaultCamelContext();
        component = new SmscComponent();
        context.addComponent("smsc", component);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("smsc:" + name + "?host=127.0.0.1&port=" + port + "&systemId=porter&password=wrong" + options)
                        .to("mock:in");
            }
        });
        context.start();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> detailsOf(Health health, String connection) {
        return (Map<String, Object>) health.getDetails().get(connection);
    }

    @Test
    void aConnectionWhoseBindIsRefusedIsDownWithTheReasonAndSinceWhen() throws Exception {
        try (ScriptedSmsc smsc = new ScriptedSmsc()) {
            consume("operator", smsc.port(), "&responseTimeout=1s&reconnectInitialDelay=5s&reconnectMaxDelay=10s");
            smsc.accept().answerBind(ESME_RINVPASWD);
            await().atMost(Duration.ofSeconds(10)).until(() -> component.connection("operator").orElseThrow().lastError() != null);

            Health health = new SmscHealthIndicator(component).health();

            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            Map<String, Object> operator = detailsOf(health, "operator");
            assertThat(operator).containsEntry("status", "DOWN")
                    .containsEntry("bindType", community.porter.smpp.SmscConfiguration.BindType.TRANSCEIVER)
                    .containsEntry("address", "127.0.0.1:" + smsc.port())
                    .containsEntry("window", "0/10")
                    .containsEntry("lastError", "bind refused: ESME_RINVPASWD")
                    .containsKey("downSince")
                    .doesNotContainKey("boundSince");
            assertThat(operator.get("state")).hasToString("DISCONNECTED");
        }
    }

    @Test
    void aBoundConnectionIsUpWithItsWindow() throws Exception {
        try (JsmppSmsc smsc = JsmppSmsc.start()) {
            consume("operator", smsc.port(), "&windowSize=5");
            await().atMost(Duration.ofSeconds(10)).until(() -> component.connection("operator").orElseThrow().isBound());

            Health health = new SmscHealthIndicator(component).health();

            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(detailsOf(health, "operator")).containsEntry("status", "UP").containsEntry("window", "0/5")
                    .containsKey("boundSince").doesNotContainKey("downSince").doesNotContainKey("lastError");
        }
    }
}

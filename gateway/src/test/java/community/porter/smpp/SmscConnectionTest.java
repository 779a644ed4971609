package community.porter.smpp;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import community.porter.sms.OutboundSms;
import community.porter.sms.SubmitOutcome;
import java.time.Duration;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

/** Bind, sharing, loss and re-bind of a connection. */
class SmscConnectionTest extends SmscTestSupport {

    private void startBothWays(String options) throws Exception {
        startCamel(new RouteBuilder() {
            @Override
            public void configure() {
                from(smscUri(options)).to("mock:in");
                from("direct:out").to(smscUri(options));
            }
        });
        awaitBound();
    }

    private void assertTrafficFlows(int expectedInbound) throws Exception {
        MockEndpoint in = context.getEndpoint("mock:in", MockEndpoint.class);
        assertThat(smsc.deliverGsm("+8613800000001", "10690001", "KM").get(5, SECONDS)).isZero();
        await().atMost(Duration.ofSeconds(5)).until(() -> in.getReceivedCounter() == expectedInbound);
        Exchange sent = context.createProducerTemplate().send("direct:out",
                e -> e.getIn().setBody(new OutboundSms(1, "+8613800000001", null, "ok", null, false)));
        assertThat(sent.getException()).isNull();
        assertThat(sent.getMessage().getBody(SubmitOutcome.class).partIds()).hasSize(1);
    }

    @Test
    void consumerAndProducerOfOneNameShareOneTransceiverBind() throws Exception {
        startBothWays("");

        assertTrafficFlows(1);

        assertThat(smsc.binds()).isEqualTo(1);
        SmscConnectionState state = component.connections().get(0);
        assertThat(state.name()).isEqualTo("t");
        assertThat(state.state()).isEqualTo(SmscConnectionState.State.BOUND);
        assertThat(state.boundSince()).isNotNull();
        assertThat(state.received()).isEqualTo(1);
        assertThat(state.submitted()).isEqualTo(1);
        assertThat(state.windowInUse()).isZero();
    }

    @Test
    void aDroppedConnectionIsBoundAgainAndTrafficContinues() throws Exception {
        startBothWays("");

        smsc.dropConnections();

        await().atMost(Duration.ofSeconds(10)).until(() -> smsc.binds() == 2 && smsc.isBound()
                && component.connection("t").orElseThrow().isBound());
        assertThat(component.connection("t").orElseThrow().lastError()).contains("closed");
        assertTrafficFlows(1);
    }

    @Test
    void anUnbindFromTheSmscIsAnsweredAndBoundAgain() throws Exception {
        startBothWays("");

        smsc.unbindAll();

        await().atMost(Duration.ofSeconds(10)).until(() -> smsc.binds() == 2 && smsc.isBound()
                && component.connection("t").orElseThrow().isBound());
        assertThat(component.connection("t").orElseThrow().lastError()).contains("unbound");
        assertTrafficFlows(1);
    }

    @Test
    void anSmscThatComesLaterIsBoundWithBackOff() throws Exception {
        int port = smsc.port();
        smsc.close();
        startCamel(new RouteBuilder() {
            @Override
            public void configure() {
                from("smsc:t?host=127.0.0.1&port=" + port + "&reconnectInitialDelay=50ms&reconnectMaxDelay=200ms").to("mock:in");
            }
        });
        await().atMost(Duration.ofSeconds(5)).until(() -> component.connection("t").orElseThrow().errors() >= 2);
        assertThat(component.connection("t").orElseThrow().lastError()).startsWith("bind failed");
        assertThat(component.connection("t").orElseThrow().isBound()).isFalse();
    }

    @Test
    void stoppingTheRoutesUnbinds() throws Exception {
        startBothWays("");

        context.stop();

        await().atMost(Duration.ofSeconds(5)).until(() -> !smsc.isBound());
        assertThat(component.connections()).isEmpty();
    }

    @Test
    void uriOptionsAreReadIntoTheConfiguration() throws Exception {
        startCamel(new RouteBuilder() {
            @Override
            public void configure() {
            }
        });
        SmscEndpoint endpoint = context.getEndpoint(smscUri("&windowSize=20&enquireLinkInterval=5s&concatScheme=SAR"
                + "&moIdTlv=0x1401&bindType=TRANSMITTER&defaultDataCodingIsGsm=false&maxParts=3"), SmscEndpoint.class);

        SmscConfiguration config = endpoint.getConfiguration();
        assertThat(config.getWindowSize()).isEqualTo(20);
        assertThat(config.getEnquireLinkInterval()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.getReconnectInitialDelay()).isEqualTo(Duration.ofMillis(100));
        assertThat(config.moIdTlvTag()).isEqualTo((short) 0x1401);
        assertThat(config.getBindType()).isEqualTo(SmscConfiguration.BindType.TRANSMITTER);
        assertThat(config.isDefaultDataCodingIsGsm()).isFalse();
        assertThat(config.getMaxParts()).isEqualTo(3);
        assertThat(config.getResponseTimeout()).as("default").isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void registeredConnectionsGiveEndpointsTheirOptions() throws Exception {
        SmscConfiguration main = new SmscConfiguration();
        main.setHost("127.0.0.1");
        main.setPort(smsc.port());
        main.setSystemId("porter");
        main.setPassword("secret");
        context = new DefaultCamelContext();
        component = new SmscComponent();
        component.addConnection("t", main);
        context.addComponent("smsc", component);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("smsc:t").to("mock:in");
                from("direct:out").to("smsc:t");
            }
        });
        context.start();
        awaitBound();

        assertTrafficFlows(1);
    }

    @Test
    void aMisspelledOptionFailsFast() {
        context = new DefaultCamelContext();
        context.addComponent("smsc", new SmscComponent());
        context.start();

        assertThatThrownBy(() -> context.getEndpoint("smsc:t?windowSise=3")).hasMessageContaining("windowSise");
    }
}

package community.porter.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import community.porter.routes.TransportEndpoints;
import community.porter.sms.codec.ConcatScheme;
import community.porter.smpp.SmscMessageIds;
import community.porter.smpp.SmscConfiguration;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** {@code porter.smpp.connections[n]} turned into smsc connections and the routes' endpoints. */
class SmppConfigurationTest {

    private static SmppProperties.Connection connection(String name, SmppProperties.BindType bindType) {
        return new SmppProperties.Connection(name, "127.0.0.1", 2775, "porter", "secret", "", bindType, 10, 0,
                Duration.ofSeconds(30), "", SmscMessageIds.IdFormat.AS_IS, null, ZoneOffset.UTC, ConcatScheme.UDH8,
                Duration.ofMinutes(2));
    }

    @Test
    void aTransmitterAndReceiverPairSendsThroughOneAndReceivesThroughTheOther() {
        SmppConfiguration configuration = new SmppConfiguration();
        SmppProperties smpp = new SmppProperties(List.of(
                connection("out", SmppProperties.BindType.TRANSMITTER),
                connection("in", SmppProperties.BindType.RECEIVER),
                connection("both", SmppProperties.BindType.TRANSCEIVER)));

        SmppConfiguration.SmscConnections connections = configuration.smscConnections(smpp,
                new PorterProperties("86", "10690000"), new StaticListableBeanFactory().getBeanProvider(
                        community.porter.demo.smsc.DemoSmsc.class));
        TransportEndpoints endpoints = SmppConfiguration.smscEndpoints(connections);

        assertThat(connections.byName().get("out").getBindType()).isEqualTo(SmscConfiguration.BindType.TRANSMITTER);
        assertThat(connections.byName().get("in").getBindType()).isEqualTo(SmscConfiguration.BindType.RECEIVER);
        assertThat(endpoints.outbound()).extracting(TransportEndpoints.Outbound::uri)
                .containsExactly("smsc:out", "smsc:both");
        assertThat(endpoints.inbound()).containsExactly("smsc:in", "smsc:both");
    }
}

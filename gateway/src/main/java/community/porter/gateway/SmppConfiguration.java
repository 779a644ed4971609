package community.porter.gateway;

import community.porter.demo.smsc.DemoSmsc;
import community.porter.routes.TransportEndpoints;
import community.porter.sms.AcceptanceJournal;
import community.porter.sms.AckListener;
import community.porter.sms.PendingPartStore;
import community.porter.smpp.SmscComponent;
import community.porter.smpp.SmscConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Turns {@code porter.smpp.connections[n]} into the {@code smsc} Camel component's connections
 * and tells the routes which endpoints to use. In demo mode with no connection configured, the
 * one connection is to the in-process SMSC simulator.
 */
@Configuration(proxyBeanMethods = false)
class SmppConfiguration {

    /** The effective connections by name, in configuration order. */
    @Bean
    SmscConnections smscConnections(SmppProperties smpp, PorterProperties porter, ObjectProvider<DemoSmsc> demo) {
        Map<String, SmscConfiguration> connections = new LinkedHashMap<>();
        List<SmppProperties.Connection> configured = smpp.connections();
        for (int i = 0; i < configured.size(); i++) {
            SmppProperties.Connection c = configured.get(i);
            String name = c.nameOr(i);
            if (connections.containsKey(name)) {
                throw new IllegalStateException("porter.smpp.connections: the name '" + name + "' is used twice");
            }
            connections.put(name, configurationOf(c, porter));
        }
        DemoSmsc simulator = demo.getIfAvailable();
        if (connections.isEmpty() && simulator != null) {
            connections.put("demo", demoConfiguration(simulator, porter));
        }
        return new SmscConnections(connections);
    }

    /**
     * Every connection keeps the parts of long MOs in the database, in one store, so parts
     * delivered over different connections of one SMSC account join, and none is lost on restart.
     * Every part an SMSC accepts is journaled at once, so a crash does not send it again.
     */
    @Bean("smsc")
    SmscComponent smscComponent(SmscConnections connections, AckListener acknowledgements, PendingPartStore parts,
            AcceptanceJournal journal, ObjectProvider<MeterRegistry> meters) {
        SmscComponent component = new SmscComponent();
        component.setMeterRegistry(meters.getIfAvailable());
        connections.byName().forEach((name, configuration) -> {
            configuration.setAckListener(acknowledgements);
            configuration.setPendingPartStore(parts);
            configuration.setAcceptanceJournal(journal);
            component.addConnection(name, configuration);
        });
        return component;
    }

    /** The SMPP part of the routes' endpoints; {@link TransportConfiguration} adds the modems'. */
    static TransportEndpoints smscEndpoints(SmscConnections connections) {
        // A RECEIVER bind cannot send and a TRANSMITTER bind cannot receive.
        List<String> inbound = connections.byName().entrySet().stream()
                .filter(c -> c.getValue().getBindType() != SmscConfiguration.BindType.TRANSMITTER)
                .map(c -> "smsc:" + c.getKey()).toList();
        List<TransportEndpoints.Outbound> outbound = connections.byName().entrySet().stream()
                .filter(c -> c.getValue().getBindType() != SmscConfiguration.BindType.RECEIVER)
                .map(c -> new TransportEndpoints.Outbound(c.getKey(), "smsc:" + c.getKey())).toList();
        return new TransportEndpoints(inbound, outbound);
    }

    private static SmscConfiguration configurationOf(SmppProperties.Connection c, PorterProperties porter) {
        SmscConfiguration configuration = new SmscConfiguration();
        configuration.setHost(c.host());
        configuration.setPort(c.port());
        configuration.setSystemId(c.systemId());
        configuration.setPassword(c.password());
        configuration.setSystemType(c.systemType());
        configuration.setBindType(SmscConfiguration.BindType.valueOf(c.bindType().name()));
        configuration.setWindowSize(c.window());
        configuration.setThroughput(c.throughput());
        configuration.setEnquireLinkInterval(c.enquireLinkInterval());
        configuration.setMoIdTlv(c.moIdTlv().isBlank() ? null : c.moIdTlv());
        configuration.setMessageIdFormat(c.messageIdFormat());
        configuration.setReceiptIdFormat(c.receiptIdFormat());
        configuration.setReceiptTimeZone(c.receiptTimeZone().getId());
        configuration.setConcatScheme(c.concatScheme());
        configuration.setConcatTimeout(c.concatTimeout());
        configuration.setSourceAddress(porter.serviceNumber());
        return configuration;
    }

    private static SmscConfiguration demoConfiguration(DemoSmsc simulator, PorterProperties porter) {
        SmscConfiguration configuration = new SmscConfiguration();
        configuration.setHost("127.0.0.1");
        configuration.setPort(simulator.port());
        configuration.setSystemId(simulator.settings().systemId());
        configuration.setPassword(simulator.settings().password());
        configuration.setSourceAddress(porter.serviceNumber());
        return configuration;
    }

    /** The SMPP connections Porter runs, by name. */
    record SmscConnections(Map<String, SmscConfiguration> byName) {
    }
}

package community.porter.gateway;

import community.porter.routes.TransportEndpoints;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The routes' endpoints from every transport: SMPP connections first (the preferred order when
 * no routing rule matches), then modem pools.
 */
@Configuration(proxyBeanMethods = false)
class TransportConfiguration {

    @Bean
    TransportEndpoints transportEndpoints(SmppConfiguration.SmscConnections connections,
            ModemConfiguration.ModemPools pools) {
        TransportEndpoints smpp = SmppConfiguration.smscEndpoints(connections);
        TransportEndpoints gsm = ModemConfiguration.gsmEndpoints(pools);
        List<String> inbound = new ArrayList<>(smpp.inbound());
        inbound.addAll(gsm.inbound());
        List<TransportEndpoints.Outbound> outbound = new ArrayList<>(smpp.outbound());
        for (TransportEndpoints.Outbound transport : gsm.outbound()) {
            if (smpp.findOutbound(transport.name()).isPresent()) {
                throw new IllegalStateException("the transport name '" + transport.name()
                        + "' is used by an SMPP connection and by a modem or modem pool");
            }
            outbound.add(transport);
        }
        return new TransportEndpoints(inbound, outbound);
    }
}

package community.porter.gateway;

import community.porter.modem.camel.GsmComponent;
import community.porter.modem.camel.GsmConfiguration;
import community.porter.modem.camel.ModemConfig;
import community.porter.routes.TransportEndpoints;
import community.porter.sms.AcceptanceJournal;
import community.porter.sms.AckListener;
import community.porter.sms.PendingPartStore;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Turns {@code porter.modems[n]} into pools of the {@code gsm} Camel component, and names their
 * endpoints for the routes.
 */
@Configuration(proxyBeanMethods = false)
class ModemConfiguration {

    /** The modem pools by name, in configuration order. */
    @Bean
    ModemPools modemPools(ModemProperties properties) {
        Map<String, List<ModemConfig>> modems = new LinkedHashMap<>();
        Set<String> names = new HashSet<>();
        List<ModemProperties.Modem> configured = properties.modems();
        for (int i = 0; i < configured.size(); i++) {
            ModemProperties.Modem m = configured.get(i);
            String name = m.nameOr(i);
            if (!names.add(name)) {
                throw new IllegalStateException("porter.modems: the name '" + name + "' is used twice");
            }
            modems.computeIfAbsent(m.pool(), pool -> new ArrayList<>()).add(new ModemConfig(name, m.port(),
                    m.pin().isBlank() ? null : m.pin(), m.baud(), m.storage(), m.ratePerMinute(),
                    m.imei().isBlank() ? null : m.imei(), m.iccid().isBlank() ? null : m.iccid()));
        }
        Map<String, GsmConfiguration> pools = new LinkedHashMap<>();
        modems.forEach((pool, list) -> {
            GsmConfiguration configuration = new GsmConfiguration();
            configuration.setModems(list);
            configuration.setPortCandidates(properties.modemPortCandidates());
            ModemProperties.Pool timings = properties.modemPool();
            configuration.setSweepInterval(timings.sweepInterval());
            configuration.setConcatTimeout(timings.concatTimeout());
            configuration.setCommandTimeout(timings.commandTimeout());
            configuration.setSendTimeout(timings.sendTimeout());
            configuration.setTimeoutsBeforeReset(timings.timeoutsBeforeReset());
            configuration.validate(pool);
            pools.put(pool, configuration);
        });
        return new ModemPools(pools);
    }

    /**
     * Acknowledgements are told to the inbox like the smsc component's; the part store is handed
     * over for symmetry, though a modem keeps the parts of long messages in its own storage. What
     * a modem accepted is journaled at once, so a crash does not send it again.
     */
    @Bean("gsm")
    GsmComponent gsmComponent(ModemPools pools, AckListener acknowledgements, PendingPartStore parts,
            AcceptanceJournal journal) {
        GsmComponent component = new GsmComponent();
        pools.byName().forEach((name, configuration) -> {
            configuration.setAckListener(acknowledgements);
            configuration.setPendingPartStore(parts);
            configuration.setAcceptanceJournal(journal);
            component.addPool(name, configuration);
        });
        return component;
    }

    /**
     * Each pool receives and sends as {@code gsm:<pool>}; each modem is also an outbound
     * transport of its own ({@code gsm:<pool>?modem=<name>}), because a message whose first
     * parts one modem sent is pinned to that modem's name and must continue on it.
     */
    static TransportEndpoints gsmEndpoints(ModemPools pools) {
        List<String> inbound = new ArrayList<>();
        List<TransportEndpoints.Outbound> outbound = new ArrayList<>();
        pools.byName().forEach((pool, configuration) -> {
            inbound.add("gsm:" + pool);
            outbound.add(new TransportEndpoints.Outbound(pool, "gsm:" + pool));
        });
        pools.byName().forEach((pool, configuration) -> configuration.getModems().forEach(modem -> outbound.add(
                new TransportEndpoints.Outbound(modem.name(), "gsm:" + pool + "?modem=" + modem.name()))));
        return new TransportEndpoints(inbound, outbound);
    }

    /** The modem pools Porter runs, by name. */
    record ModemPools(Map<String, GsmConfiguration> byName) {
    }
}

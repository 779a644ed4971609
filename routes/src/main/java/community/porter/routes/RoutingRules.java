package community.porter.routes;

import community.porter.access.message.OutboxMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Chooses the transports for a message by {@code porter.routing.rules}: the first rule whose
 * criteria match gives the transports in order; no matching rule means every outbound
 * transport in configured order. Rules are checked against the configured transports at start,
 * so a misspelt name stops start-up instead of silently dropping a route.
 */
@Component
class RoutingRules {

    private record Resolved(RoutingProperties.Rule rule, List<String> transports) {
    }

    private final List<Resolved> rules = new ArrayList<>();
    private final List<String> everyTransport;

    RoutingRules(RoutingProperties properties, TransportEndpoints transports) {
        this.everyTransport = transports.outbound().stream().map(TransportEndpoints.Outbound::name).toList();
        List<RoutingProperties.Rule> configured = properties.rules();
        for (int i = 0; i < configured.size(); i++) {
            List<String> names = new ArrayList<>();
            for (String reference : configured.get(i).transports()) {
                int index = i;
                names.add(transports.findOutbound(reference).map(TransportEndpoints.Outbound::name)
                        .orElseThrow(() -> unknownTransport(index, reference, transports)));
            }
            rules.add(new Resolved(configured.get(i), List.copyOf(names)));
        }
    }

    /** @return transport names to try for a message, in order */
    List<String> transportsFor(String to, OutboxMessage.Kind kind, Lane lane) {
        for (Resolved resolved : rules) {
            if (resolved.rule().matches(to, kind, lane)) {
                return resolved.transports();
            }
        }
        return everyTransport;
    }

    private static IllegalStateException unknownTransport(int index, String reference, TransportEndpoints transports) {
        String known = transports.outbound().isEmpty() ? "none is configured"
                : "configured: " + transports.outbound().stream().map(t -> t.name() + " (" + t.uri() + ")")
                        .collect(Collectors.joining(", "));
        return new IllegalStateException("porter.routing.rules[" + index + "].transports: no outbound transport '"
                + reference + "'; " + known);
    }
}

package community.porter.console.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.CompositeHealthContributor;
import org.springframework.boot.actuate.health.HealthContributor;
import org.springframework.boot.actuate.health.HealthContributorRegistry;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The SMSC connections and modems as the gateway reports them in its health components
 * {@value #SMSC} and {@value #MODEM}: one detail per connection or modem, a map with its
 * {@code state} and, for a modem, {@code signalDbm}. Read from the actuator's registry, so the
 * console needs no gateway class and shows nothing where no gateway runs.
 */
@Component
class TransportHealth {

    static final String SMSC = "smsc";
    static final String MODEM = "modem";

    private final ObjectProvider<HealthContributorRegistry> registry;

    TransportHealth(ObjectProvider<HealthContributorRegistry> registry) {
        this.registry = registry;
    }

    /** An SMPP connection: its name, state ({@code BOUND} …), window use and last error. */
    record Connector(String name, String state, boolean up, String window, String lastError) {
    }

    /**
     * A modem: its name, state ({@code RUNNING} …), signal in dBm ({@code null} when unknown) and
     * the number of bars (0–4) the signal is worth.
     */
    record Modem(String name, String state, boolean up, Integer signalDbm, int bars) {
    }

    List<Connector> connectors() {
        return details(SMSC).stream().map(d -> new Connector(d.name(), text(d.values().get("state")), isUp(d.values()),
                text(d.values().get("window")), text(d.values().get("lastError")))).toList();
    }

    List<Modem> modems() {
        return details(MODEM).stream().map(d -> {
            Integer dbm = d.values().get("signalDbm") instanceof Number n ? n.intValue() : null;
            return new Modem(d.name(), text(d.values().get("state")), isUp(d.values()), dbm, bars(dbm));
        }).toList();
    }

    /** Bars as phones show them: -113 dBm is nothing, every 10 dB above -105 dBm one more. */
    static int bars(Integer dbm) {
        if (dbm == null || dbm <= -105) {
            return 0;
        }
        return Math.min(4, (dbm + 105) / 10 + 1);
    }

    private record Detail(String name, Map<?, ?> values) {
    }

    private List<Detail> details(String component) {
        HealthContributorRegistry contributors = registry.getIfAvailable();
        List<Detail> details = new ArrayList<>();
        if (contributors != null) {
            collect(contributors.getContributor(component), details);
        }
        return details;
    }

    private static void collect(HealthContributor contributor, List<Detail> into) {
        if (contributor instanceof HealthIndicator indicator) {
            indicator.health().getDetails().forEach((name, value) -> {
                // Only maps describe one connection; a plain figure is about the whole component.
                if (value instanceof Map<?, ?> values) {
                    into.add(new Detail(name, values));
                }
            });
        } else if (contributor instanceof CompositeHealthContributor composite) {
            composite.forEach(child -> collect(child.getContributor(), into));
        }
    }

    private static boolean isUp(Map<?, ?> values) {
        return "UP".equals(text(values.get("status")));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}

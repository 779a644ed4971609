package community.porter.gateway;

import community.porter.smpp.SmscComponent;
import community.porter.smpp.SmscConnectionState;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * {@code smsc} in {@code /actuator/health}: each SMPP connection's state, with what an operator
 * needs to see at once — UP or DOWN, the bind type and address, how full the window is, the last
 * error and since when a connection has been down. Up while at least one connection is bound
 * (Porter can still answer), down when none is.
 */
@Component
class SmscHealthIndicator implements HealthIndicator {

    private final SmscComponent smsc;

    SmscHealthIndicator(SmscComponent smsc) {
        this.smsc = smsc;
    }

    @Override
    public Health health() {
        List<SmscConnectionState> connections = smsc.connections();
        Map<String, Object> details = new LinkedHashMap<>();
        boolean anyBound = false;
        for (SmscConnectionState connection : connections) {
            anyBound |= connection.isBound();
            details.put(connection.name(), details(connection));
        }
        Health.Builder health = connections.isEmpty() || anyBound ? Health.up() : Health.down();
        return health.withDetails(details).build();
    }

    static Map<String, Object> details(SmscConnectionState connection) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("status", (connection.isBound() ? Status.UP : Status.DOWN).getCode());
        detail.put("state", connection.state());
        detail.put("bindType", connection.bindType());
        detail.put("address", connection.address());
        detail.put("window", connection.windowInUse() + "/" + connection.windowSize());
        if (connection.boundSince() != null) {
            detail.put("boundSince", connection.boundSince());
        }
        if (connection.downSince() != null) {
            detail.put("downSince", connection.downSince());
        }
        if (connection.lastError() != null) {
            detail.put("lastError", connection.lastError());
        }
        detail.put("submitted", connection.submitted());
        detail.put("received", connection.received());
        detail.put("receipts", connection.receipts());
        detail.put("reconnects", connection.reconnects());
        detail.put("errors", connection.errors());
        if (!connection.submitErrors().isEmpty()) {
            detail.put("submitErrors", new TreeMap<>(connection.submitErrors()));
        }
        return detail;
    }
}

package community.porter.gateway;

import community.porter.smpp.SmscComponent;
import community.porter.smpp.SmscConnectionState;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code smsc} in {@code /actuator/health}: each SMPP connection's state. Up while at least one
 * configured connection is bound (Porter can still answer), down when none is.
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
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("state", connection.state());
            detail.put("boundSince", connection.boundSince());
            detail.put("windowInUse", connection.windowInUse());
            detail.put("submitted", connection.submitted());
            detail.put("received", connection.received());
            detail.put("receipts", connection.receipts());
            detail.put("errors", connection.errors());
            if (connection.lastError() != null) {
                detail.put("lastError", connection.lastError());
            }
            details.put(connection.name(), detail);
        }
        Health.Builder health = connections.isEmpty() || anyBound ? Health.up() : Health.down();
        return health.withDetails(details).build();
    }
}

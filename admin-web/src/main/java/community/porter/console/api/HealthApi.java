package community.porter.console.api;

import community.porter.access.door.Door;
import community.porter.access.door.DoorRepository;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.CompositeHealthContributor;
import org.springframework.boot.actuate.health.HealthContributor;
import org.springframework.boot.actuate.health.HealthContributorRegistry;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/health/connectors} and {@code /doors}: whether Porter can reach phones and
 * doors, for an application that wants to warn its users before they rely on it. The connectors
 * are the gateway's health components {@value #SMSC} (SMPP connections) and {@value #MODEM}
 * (modem pools), read from the actuator's registry so the console needs no gateway class.
 */
@RestController
@RequestMapping("/api/v1/health")
class HealthApi {

    static final String SMSC = "smsc";
    static final String MODEM = "modem";

    private final ObjectProvider<HealthContributorRegistry> registry;
    private final DoorRepository doors;

    HealthApi(ObjectProvider<HealthContributorRegistry> registry, DoorRepository doors) {
        this.registry = registry;
        this.doors = doors;
    }

    /**
     * The transports' health.
     *
     * @param status     {@code UP} when every configured kind of connector is up (each is up while
     *                   at least one of its connections or modems works), otherwise {@code DOWN}
     * @param components {@code smsc} and {@code modem}, each with its status and per-connection
     *                   details as {@code /actuator/health} shows them; a kind Porter does not run
     *                   is absent
     */
    record ConnectorsView(String status, Map<String, ComponentView> components) {
    }

    /** One health component: its status and what it reports about each connection or modem. */
    record ComponentView(String status, Map<String, Object> details) {
    }

    /**
     * One door.
     *
     * @param community     the code of the community the door belongs to
     * @param online        whether its controller's heartbeat is recent
     * @param lastHeartbeat when Porter last heard from its controller; absent if never
     */
    record DoorView(String code, String name, String community, String controllerId, boolean online,
            Instant lastHeartbeat) {

        static DoorView of(Door door) {
            return new DoorView(door.getCode(), door.getName(), door.getCommunity().getCode(), door.getControllerId(),
                    door.isOnline(), door.getLastHeartbeat());
        }
    }

    @GetMapping("/connectors")
    ConnectorsView connectors() {
        Map<String, ComponentView> components = new LinkedHashMap<>();
        HealthContributorRegistry contributors = registry.getIfAvailable();
        if (contributors != null) {
            for (String name : List.of(SMSC, MODEM)) {
                ComponentView component = component(contributors.getContributor(name));
                if (component != null) {
                    components.put(name, component);
                }
            }
        }
        boolean allUp = components.values().stream().allMatch(c -> Status.UP.getCode().equals(c.status()));
        return new ConnectorsView(allUp ? Status.UP.getCode() : Status.DOWN.getCode(), components);
    }

    @GetMapping("/doors")
    @Transactional(readOnly = true)
    List<DoorView> doors() {
        return doors.findAll(Sort.by("code", "id")).stream().map(DoorView::of).toList();
    }

    private static ComponentView component(HealthContributor contributor) {
        if (contributor instanceof HealthIndicator indicator) {
            var health = indicator.health();
            return new ComponentView(health.getStatus().getCode(), health.getDetails());
        }
        if (contributor instanceof CompositeHealthContributor composite) {
            // Several indicators under one name: the kind is up only if all of them are.
            Map<String, Object> details = new LinkedHashMap<>();
            boolean up = true;
            for (var child : composite) {
                ComponentView view = component(child.getContributor());
                if (view != null) {
                    details.put(child.getName(), view);
                    up &= Status.UP.getCode().equals(view.status());
                }
            }
            return new ComponentView(up ? Status.UP.getCode() : Status.DOWN.getCode(), details);
        }
        return null;
    }
}

package community.porter.demo.door;

import jakarta.jms.ConnectionFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;

/** A set of simulated door controllers, one per controller id, started and stopped together. */
public class SimulatedDoorControllers implements AutoCloseable {

    private final Map<String, SimulatedDoorController> controllers = new LinkedHashMap<>();

    /** Creates and starts a controller for each of {@code controllerIds}. */
    public SimulatedDoorControllers(ConnectionFactory connectionFactory, Collection<String> controllerIds,
            Duration heartbeatInterval, Clock clock) {
        for (String id : controllerIds) {
            controllers.computeIfAbsent(id, key -> {
                SimulatedDoorController controller = new SimulatedDoorController(connectionFactory, key,
                        heartbeatInterval, clock);
                controller.start();
                return controller;
            });
        }
    }

    /** The controller with id {@code controllerId}. */
    public SimulatedDoorController controller(String controllerId) {
        SimulatedDoorController controller = controllers.get(controllerId);
        if (controller == null) {
            throw new NoSuchElementException("no simulated door controller " + controllerId);
        }
        return controller;
    }

    /** Every controller. */
    public Collection<SimulatedDoorController> all() {
        return controllers.values();
    }

    @Override
    public void close() {
        controllers.values().forEach(SimulatedDoorController::close);
    }
}

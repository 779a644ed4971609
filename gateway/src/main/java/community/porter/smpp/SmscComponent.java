package community.porter.smpp;

import community.porter.sms.TransportReadiness;
import community.porter.sms.PendingPartStore;
import java.time.Clock;
import java.time.Duration;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.DefaultComponent;

/**
 * The Camel component {@code smsc}: SMPP 3.4 connections to SMSCs over Cloudhopper.
 *
 * <p>Connections are named. Register each one's options with {@link #addConnection}; an
 * endpoint {@code smsc:<name>} starts from those (or from {@link #getConfiguration()} for an
 * unregistered name) and may override them in its URI. The component owns one
 * {@link SmscSession} per name in use, counts the consumers and producers using it, binds when
 * the first starts and unbinds when the last stops.
 */
@Component("smsc")
public class SmscComponent extends DefaultComponent {

    /** Options of connections not registered by name. */
    @Metadata
    private SmscConfiguration configuration = new SmscConfiguration();

    /** How long the in-memory part store remembers taken parts, as the inbox's redelivery window does. */
    private static final Duration MEMORY_PART_RETENTION = Duration.ofMinutes(10);

    /**
     * Where each connection publishes its meters ({@code porter.smsc.*}, tagged with the
     * connection name); none by default, and the component works without one.
     */
    @Metadata(label = "advanced")
    private MeterRegistry meterRegistry;

    private final Map<String, SmscConfiguration> registered = new ConcurrentHashMap<>();
    private final Map<String, Shared> sessions = new HashMap<>();
    private final SmscPartClaims partClaims = new SmscPartClaims();
    private MemoryPendingPartStore memoryPartStore;

    /**
     * Registers the options of a named connection, e.g. from Spring properties.
     *
     * @param name          the {@code <name>} of {@code smsc:<name>}
     * @param configuration its options; the component keeps its own copy
     */
    public void addConnection(String name, SmscConfiguration configuration) {
        configuration.validate(name);
        registered.put(name, configuration.copy());
    }

    /**
     * @return the state of every connection in use, by name; for health indicators
     */
    public synchronized List<SmscConnectionState> connections() {
        List<SmscConnectionState> states = new ArrayList<>();
        for (Shared shared : sessions.values()) {
            states.add(shared.session.snapshot());
        }
        states.sort(Comparator.comparing(SmscConnectionState::name));
        return states;
    }

    /** @return the state of one connection, empty when no endpoint uses it */
    public synchronized Optional<SmscConnectionState> connection(String name) {
        Shared shared = sessions.get(name);
        return shared == null ? Optional.empty() : Optional.of(shared.session.snapshot());
    }

    /**
     * @return whether connection {@code name} can take a message now: DOWN unless bound,
     *         THROTTLED while the SMSC's last request to slow down is recent
     */
    synchronized TransportReadiness.State readiness(String name) {
        Shared shared = sessions.get(name);
        if (shared == null || !shared.session.isBound()) {
            return TransportReadiness.State.DOWN;
        }
        return shared.session.isThrottled() ? TransportReadiness.State.THROTTLED : TransportReadiness.State.READY;
    }

    /** @return the options of connections not registered by name */
    public SmscConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(SmscConfiguration configuration) {
        this.configuration = configuration;
    }

    /** @return where connections publish their meters, or {@code null} */
    public MeterRegistry getMeterRegistry() {
        return meterRegistry;
    }

    public void setMeterRegistry(MeterRegistry meterRegistry) {
        this.meterRegistry = meterRegistry;
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        if (remaining == null || remaining.isBlank()) {
            throw new IllegalArgumentException("smsc endpoint needs a connection name: smsc:<connectionName>");
        }
        SmscConfiguration options = registered.getOrDefault(remaining, configuration).copy();
        SmscEndpoint endpoint = new SmscEndpoint(uri, this, remaining, options);
        setProperties(endpoint, parameters);
        setProperties(options, parameters);
        options.validate(remaining);
        return endpoint;
    }

    /** Long MOs on their way in, for every consumer of this component. */
    SmscPartClaims partClaims() {
        return partClaims;
    }

    /** Where parts of long MOs wait for consumers configured without a pendingPartStore; shared by them. */
    synchronized PendingPartStore memoryPartStore() {
        if (memoryPartStore == null) {
            memoryPartStore = new MemoryPendingPartStore(Clock.systemUTC(), MEMORY_PART_RETENTION);
        }
        return memoryPartStore;
    }

    synchronized SmscSession acquire(String name, SmscConfiguration options) {
        Shared shared = sessions.get(name);
        if (shared == null) {
            shared = new Shared(new SmscSession(name, options, meterRegistry));
            sessions.put(name, shared);
        } else if (!shared.session.configuration().connectionKey().equals(options.connectionKey())) {
            throw new IllegalStateException("smsc connection '" + name
                    + "' is already open with other connection options; give different settings a different name");
        }
        shared.users++;
        return shared.session;
    }

    void release(SmscSession session) {
        synchronized (this) {
            Shared shared = sessions.get(session.name());
            if (shared == null || shared.session != session || --shared.users > 0) {
                return;
            }
            sessions.remove(session.name());
        }
        // Unbinding waits for the SMSC; do it without holding the component.
        session.stop();
    }

    @Override
    protected void doStop() throws Exception {
        List<SmscSession> open;
        synchronized (this) {
            open = sessions.values().stream().map(s -> s.session).toList();
            sessions.clear();
        }
        open.forEach(SmscSession::stop);
        super.doStop();
    }

    private static final class Shared {
        final SmscSession session;
        int users;

        Shared(SmscSession session) {
            this.session = session;
        }
    }
}

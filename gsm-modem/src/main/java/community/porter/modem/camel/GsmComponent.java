package community.porter.modem.camel;

import community.porter.modem.serial.SerialLink;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.DefaultComponent;

/**
 * The {@code gsm} component: pools of serial GSM modems ({@code gsm:<pool>}). Pools are
 * registered by name with their modems ({@link #addPool}); every endpoint of one pool shares
 * its modems, which open when the first endpoint starts and close when the last one stops.
 */
@Component("gsm")
public class GsmComponent extends DefaultComponent {

    /** Options of pools not registered by name. */
    @Metadata
    private GsmConfiguration configuration = new GsmConfiguration();

    private final Map<String, GsmConfiguration> registered = new ConcurrentHashMap<>();
    private final Map<String, Shared> pools = new HashMap<>();
    private Function<ModemConfig, SerialLink> links = ModemWorker::serialLink;
    /** Shared by every pool, so that no modem probes a port another pool's modem holds. */
    private final PortClaims claims = new PortClaims();

    /**
     * Registers a named pool, e.g. from Spring properties.
     *
     * @param name          the {@code <pool>} of {@code gsm:<pool>}
     * @param configuration its modems and options; the component keeps its own copy
     */
    public void addPool(String name, GsmConfiguration configuration) {
        configuration.validate(name);
        registered.put(name, configuration.copy());
    }

    /** @return the pool names registered */
    public List<String> poolNames() {
        return List.copyOf(registered.keySet());
    }

    /**
     * @param name a pool's name
     * @return the pool while an endpoint uses it
     */
    public synchronized Optional<GsmPool> pool(String name) {
        return Optional.ofNullable(pools.get(name)).map(shared -> shared.pool);
    }

    public GsmConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(GsmConfiguration configuration) {
        this.configuration = configuration;
    }

    /** Opens modems through another kind of link than a serial port, as tests do. */
    void setLinks(Function<ModemConfig, SerialLink> links) {
        this.links = links;
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        if (remaining == null || remaining.isBlank()) {
            throw new IllegalArgumentException("gsm endpoint needs a pool name: gsm:<pool>");
        }
        GsmConfiguration options = registered.getOrDefault(remaining, configuration).copy();
        GsmEndpoint endpoint = new GsmEndpoint(uri, this, remaining, options);
        setProperties(endpoint, parameters);
        setProperties(options, parameters);
        options.validate(remaining);
        return endpoint;
    }

    synchronized GsmPool acquire(String name, GsmConfiguration options) {
        Shared shared = pools.get(name);
        if (shared == null) {
            shared = new Shared(new GsmPool(name, options, links, claims));
            pools.put(name, shared);
            shared.pool.start();
        }
        shared.users++;
        return shared.pool;
    }

    void release(GsmPool pool) {
        synchronized (this) {
            Shared shared = pools.get(pool.name());
            if (shared == null || shared.pool != pool || --shared.users > 0) {
                return;
            }
            pools.remove(pool.name());
        }
        pool.stop();
    }

    @Override
    protected void doStop() throws Exception {
        List<GsmPool> open;
        synchronized (this) {
            open = pools.values().stream().map(s -> s.pool).toList();
            pools.clear();
        }
        open.forEach(GsmPool::stop);
        super.doStop();
    }

    private static final class Shared {
        final GsmPool pool;
        int users;

        Shared(GsmPool pool) {
            this.pool = pool;
        }
    }
}

package community.porter.smpp;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;

/**
 * The counters and gauges of one SMSC connection. The counts are kept here whether or not a
 * Micrometer registry is attached (plain Camel use has none), and are published to it when there
 * is one. Every meter is tagged with the connection name only: never with an address, so no
 * phone number ends up in a metrics store.
 *
 * <table>
 * <caption>Meters</caption>
 * <tr><th>name</th><th>type</th><th>meaning</th></tr>
 * <tr><td>{@value #BOUND}</td><td>gauge</td><td>1 while bound, else 0</td></tr>
 * <tr><td>{@value #WINDOW_IN_USE}</td><td>gauge</td><td>requests sent and not yet answered</td></tr>
 * <tr><td>{@value #WINDOW_SIZE}</td><td>gauge</td><td>the configured window</td></tr>
 * <tr><td>{@value #SUBMITS}</td><td>counter</td><td>submit_sm (parts) accepted by the SMSC</td></tr>
 * <tr><td>{@value #SUBMIT_ERRORS}</td><td>counter, tag {@code status}</td><td>submit_sm refused
 * (tag: the command_status name, e.g. ESME_RTHROTTLED) or unanswered (tag OUTCOME_UNKNOWN)</td></tr>
 * <tr><td>{@value #MESSAGES_RECEIVED}</td><td>counter</td><td>deliver_sm/data_sm carrying a
 * message or a part of one</td></tr>
 * <tr><td>{@value #RECEIPTS_RECEIVED}</td><td>counter</td><td>deliver_sm/data_sm carrying a
 * delivery receipt</td></tr>
 * <tr><td>{@value #RECONNECTS}</td><td>counter</td><td>successful binds after the first one</td></tr>
 * </table>
 */
final class SmscMetrics implements AutoCloseable {

    static final String BOUND = "porter.smsc.bound";
    static final String WINDOW_IN_USE = "porter.smsc.window.in.use";
    static final String WINDOW_SIZE = "porter.smsc.window.size";
    static final String SUBMITS = "porter.smsc.submits";
    static final String SUBMIT_ERRORS = "porter.smsc.submit.errors";
    static final String MESSAGES_RECEIVED = "porter.smsc.messages.received";
    static final String RECEIPTS_RECEIVED = "porter.smsc.receipts.received";
    static final String RECONNECTS = "porter.smsc.reconnects";

    /** Tag value of submits whose response never came (timeout or connection lost). */
    static final String OUTCOME_UNKNOWN = "OUTCOME_UNKNOWN";

    private final MeterRegistry registry;
    private final Tags tags;
    private final List<Meter> meters = new CopyOnWriteArrayList<>();
    private final LongAdder submits = new LongAdder();
    private final LongAdder messages = new LongAdder();
    private final LongAdder receipts = new LongAdder();
    private final LongAdder reconnects = new LongAdder();
    private final Map<String, LongAdder> submitErrors = new ConcurrentHashMap<>();
    private final BooleanSupplier bound;
    private final IntSupplier windowInUse;
    private volatile boolean closed;

    /**
     * @param connection  the connection name, the only tag
     * @param registry    where to publish, or {@code null} to only count
     * @param bound       whether the connection is bound now
     * @param windowInUse requests outstanding now
     * @param windowSize  the configured window
     */
    SmscMetrics(String connection, MeterRegistry registry, BooleanSupplier bound, IntSupplier windowInUse, int windowSize) {
        this.registry = registry;
        this.tags = Tags.of("connection", connection);
        this.bound = bound;
        this.windowInUse = windowInUse;
        if (registry == null) {
            return;
        }
        // The gauges read the session through this object, which the session holds: strong references,
        // removed from the registry on close, so a stopped connection leaves no stale gauge behind.
        meters.add(Gauge.builder(BOUND, this, m -> m.bound.getAsBoolean() ? 1 : 0).tags(tags)
                .description("1 while the SMPP connection is bound").strongReference(true).register(registry));
        meters.add(Gauge.builder(WINDOW_IN_USE, this, m -> m.windowInUse.getAsInt()).tags(tags)
                .description("requests sent to the SMSC and not yet answered").strongReference(true).register(registry));
        meters.add(Gauge.builder(WINDOW_SIZE, () -> windowSize).tags(tags)
                .description("requests that may be outstanding at once").strongReference(true).register(registry));
        meters.add(counter(SUBMITS, "submit_sm accepted by the SMSC (one per message part)", submits, tags));
        meters.add(counter(MESSAGES_RECEIVED, "deliver_sm carrying a message or a part of one", messages, tags));
        meters.add(counter(RECEIPTS_RECEIVED, "deliver_sm carrying a delivery receipt", receipts, tags));
        meters.add(counter(RECONNECTS, "binds after the first one, i.e. recoveries from a lost connection", reconnects, tags));
    }

    void submitAccepted() {
        submits.increment();
    }

    /** @param status the command_status name, or {@link #OUTCOME_UNKNOWN} */
    void submitFailed(String status) {
        submitErrors.computeIfAbsent(status, this::registerError).increment();
    }

    void messageReceived() {
        messages.increment();
    }

    void receiptReceived() {
        receipts.increment();
    }

    void reconnected() {
        reconnects.increment();
    }

    long submits() {
        return submits.sum();
    }

    long messages() {
        return messages.sum();
    }

    long receipts() {
        return receipts.sum();
    }

    long reconnects() {
        return reconnects.sum();
    }

    /** @return refused or unanswered submits by status name */
    Map<String, Long> submitErrors() {
        Map<String, Long> copy = new TreeMap<>();
        submitErrors.forEach((status, count) -> copy.put(status, count.sum()));
        return copy;
    }

    /** Takes this connection's meters out of the registry; the counts stay readable. */
    @Override
    public void close() {
        closed = true;
        if (registry != null) {
            meters.forEach(registry::remove);
            meters.clear();
        }
    }

    private LongAdder registerError(String status) {
        LongAdder count = new LongAdder();
        if (registry != null && !closed) {
            meters.add(counter(SUBMIT_ERRORS, "submit_sm refused by the SMSC or left without a response", count,
                    tags.and("status", status)));
        }
        return count;
    }

    private FunctionCounter counter(String name, String description, LongAdder count, Tags meterTags) {
        return FunctionCounter.builder(name, count, LongAdder::sum).tags(meterTags).description(description).register(registry);
    }
}

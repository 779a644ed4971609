package community.porter.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A door controller outside Porter that behaves as docs/door-protocol.md asks of a real one: it
 * opens the door once per idempotency key, acknowledges every copy of a command, never opens
 * after an {@code OPEN}'s deadline, and — since the broker lives inside Porter and dies with it —
 * connects again and reports in after each restart. It keeps count of the keys it opened for and
 * of every {@code OPEN} it was sent, so a test can tell a repeated command from a second opening.
 */
final class OnceOnlyDoorController implements AutoCloseable {

    private static final Duration HEARTBEAT = Duration.ofSeconds(1);

    private final String controllerId;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "once-only-door-" + r.hashCode());
        thread.setDaemon(true);
        return thread;
    });
    private final Set<String> opened = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicInteger> openCommandsByKey = new ConcurrentHashMap<>();
    private final AtomicInteger lateOpens = new AtomicInteger();
    private volatile StompDoorController connection;
    private int handled;

    OnceOnlyDoorController(String controllerId) {
        this.controllerId = controllerId;
        worker.scheduleWithFixedDelay(this::handleNewCommands, 20, 20, TimeUnit.MILLISECONDS);
    }

    /**
     * Connects to the broker of a (re)started Porter on {@code brokerPort}, reports in and starts
     * its heartbeats; the connection to the Porter before is dropped.
     */
    void connect(int brokerPort) throws IOException {
        disconnect();
        StompDoorController fresh = StompDoorController.connect(brokerPort, controllerId);
        // Acting on OPENs at once, also while the SYNC is on its way, as a real controller does.
        worker.execute(() -> {
            connection = fresh;
            handled = 0;
        });
        fresh.comeOnline();
        fresh.keepSendingHeartbeats(HEARTBEAT);
    }

    /** Drops the connection, as the broker going away with a killed Porter does. */
    void disconnect() {
        StompDoorController old = connection;
        connection = null;
        if (old != null) {
            try {
                old.close();
            } catch (IOException | RuntimeException e) {
                // The broker is gone already.
            }
        }
    }

    /** Runs on the worker only: acts on the OPENs that came since the last look. */
    private void handleNewCommands() {
        StompDoorController current = connection;
        if (current == null) {
            return;
        }
        List<JsonNode> commands = current.commands();
        for (; handled < commands.size(); handled++) {
            JsonNode command = commands.get(handled);
            if (!command.path("type").asText().equals("OPEN")) {
                continue;
            }
            String key = command.path("idempotencyKey").asText();
            openCommandsByKey.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
            if (!opened.contains(key) && Instant.now().isAfter(Instant.parse(command.path("deadline").asText()))) {
                // Nobody waits at the door any more: stay shut, and let Porter's deadline answer.
                lateOpens.incrementAndGet();
                continue;
            }
            opened.add(key);
            try {
                current.ack(command.path("commandId").asLong());
            } catch (IOException | RuntimeException e) {
                // The broker went away with Porter; it times the command out after its restart.
            }
        }
    }

    /** The idempotency keys the door was opened for, each once. */
    Set<String> openedKeys() {
        return Set.copyOf(opened);
    }

    /** How many {@code OPEN} commands came for each key (repeats included). */
    Map<String, Integer> openCommandsByKey() {
        Map<String, Integer> copy = new java.util.HashMap<>();
        openCommandsByKey.forEach((key, count) -> copy.put(key, count.get()));
        return copy;
    }

    /** How many {@code OPEN}s came after their deadline and were left unanswered. */
    int lateOpens() {
        return lateOpens.get();
    }

    @Override
    public void close() {
        worker.shutdownNow();
        disconnect();
    }
}

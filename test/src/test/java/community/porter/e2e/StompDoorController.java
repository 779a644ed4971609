package community.porter.e2e;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A door controller played by the test from outside Porter, speaking docs/door-protocol.md over
 * STOMP on the broker port: it sees only its own commands (selector on {@code controllerId}) and
 * sends its events to {@code porter.door.events}. It carries out nothing by itself — the test
 * decides whether and when to {@link #ack(long) acknowledge}.
 */
final class StompDoorController implements AutoCloseable {

    static final String COMMANDS = "porter.door.commands";
    static final String EVENTS = "porter.door.events";
    private static final Duration DEADLINE = Duration.ofSeconds(20);

    private final String controllerId;
    private final StompTopicSubscriber connection;
    private final ObjectMapper json = new ObjectMapper();
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "stomp-door-heartbeats");
        thread.setDaemon(true);
        return thread;
    });

    private StompDoorController(String controllerId, StompTopicSubscriber connection) {
        this.controllerId = controllerId;
        this.connection = connection;
    }

    /** Connects to the broker on {@code port} and subscribes to the commands for {@code controllerId}. */
    static StompDoorController connect(int port, String controllerId) throws IOException {
        return new StompDoorController(controllerId,
                StompTopicSubscriber.subscribe(port, COMMANDS, "controllerId = '" + controllerId + "'"));
    }

    /**
     * Reports in as a (re)started controller does — {@code SYNC_REQUEST} — and waits for Porter's
     * {@code SYNC} (and acknowledges it): Porter has then handled the request, so the
     * controller's doors are online.
     */
    void comeOnline() throws IOException {
        send(event("SYNC_REQUEST"));
        JsonNode sync = await(controllerId + " receives a SYNC").atMost(DEADLINE)
                .until(() -> commands().stream().filter(c -> c.path("type").asText().equals("SYNC")).findFirst(),
                        Optional::isPresent)
                .orElseThrow();
        ack(sync.path("commandId").asLong());
    }

    /** Sends a {@code HEARTBEAT} now and then every {@code interval}, until {@link #close()}. */
    void keepSendingHeartbeats(Duration interval) {
        heartbeats.scheduleAtFixedRate(() -> {
            try {
                send(event("HEARTBEAT"));
            } catch (IOException | RuntimeException e) {
                // The broker is going away at the end of the test; the next tick tries again.
            }
        }, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Reports {@code commandId} carried out. */
    void ack(long commandId) throws IOException {
        ObjectNode ack = event("ACK");
        ack.put("commandId", commandId);
        send(ack);
    }

    /** The commands received so far, in order, parsed. */
    List<JsonNode> commands() {
        return connection.messages().stream().map(this::parse).toList();
    }

    /** The {@code OPEN} commands received so far, in order. */
    List<JsonNode> openCommands() {
        return commands().stream().filter(c -> c.path("type").asText().equals("OPEN")).toList();
    }

    private ObjectNode event(String type) {
        ObjectNode event = json.createObjectNode();
        event.put("schema", 1);
        event.put("type", type);
        event.put("controllerId", controllerId);
        event.put("at", Instant.now().toString());
        return event;
    }

    private void send(ObjectNode event) throws IOException {
        connection.sendToQueue(EVENTS, event.toString());
    }

    private JsonNode parse(String body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON on " + COMMANDS + ": " + body, e);
        }
    }

    @Override
    public void close() throws IOException {
        heartbeats.shutdownNow();
        connection.close();
    }
}

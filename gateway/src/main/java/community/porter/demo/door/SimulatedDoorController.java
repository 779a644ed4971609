package community.porter.demo.door;

import community.porter.access.door.PendingDoorCommand;
import community.porter.routes.door.DoorEvent;
import community.porter.routes.door.DoorProtocol;
import community.porter.routes.door.DoorProtocolException;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A door controller that lives on the broker only: it speaks the door protocol
 * (docs/door-protocol.md) like the hardware would, for the demo and the tests. It subscribes to
 * its own commands with a {@code controllerId} selector, opens once per idempotency key, keeps a
 * list of blocked cards, sends heartbeats, and can be told to misbehave: refuse, stay silent, hold
 * its answers until released, or stop its heartbeats (go offline).
 */
public class SimulatedDoorController implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SimulatedDoorController.class);

    /** How the controller answers an {@code OPEN}. */
    public enum Behaviour {
        /** Opens and acknowledges. */
        ACK,
        /** Refuses with reason {@code NO_RIGHT}. */
        NACK,
        /** Never answers. */
        SILENT,
        /** Opens, but sends the acknowledgements only at {@link #releaseHeld()}. */
        HOLD
    }

    private final ConnectionFactory connectionFactory;
    private final String controllerId;
    private final Duration heartbeatInterval;
    private final Clock clock;
    private final List<PendingDoorCommand> received = new CopyOnWriteArrayList<>();
    private final Set<String> openedKeys = ConcurrentHashMap.newKeySet();
    private final Set<String> blockedCards = ConcurrentHashMap.newKeySet();
    private final List<DoorEvent> held = new ArrayList<>();
    private final ScheduledExecutorService timer;
    private volatile Behaviour behaviour = Behaviour.ACK;
    private JMSContext subscription;
    private JMSContext sending;
    private Queue events;
    private ScheduledFuture<?> heartbeats;

    public SimulatedDoorController(ConnectionFactory connectionFactory, String controllerId,
            Duration heartbeatInterval, Clock clock) {
        this.connectionFactory = connectionFactory;
        this.controllerId = controllerId;
        this.heartbeatInterval = heartbeatInterval;
        this.clock = clock;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "door-sim-" + controllerId);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Connects, asks for its list ({@code SYNC_REQUEST}) and starts its heartbeats. */
    public synchronized void start() {
        sending = connectionFactory.createContext();
        events = sending.createQueue(DoorProtocol.EVENTS);
        subscription = connectionFactory.createContext();
        subscription.createConsumer(subscription.createTopic(DoorProtocol.COMMANDS),
                DoorProtocol.CONTROLLER_ID + " = '" + controllerId.replace("'", "''") + "'")
                .setMessageListener(this::onCommand);
        send(new DoorEvent.SyncRequest(controllerId, clock.instant()));
        startHeartbeats();
    }

    /** Heartbeats on (the controller is reachable). */
    public synchronized void startHeartbeats() {
        if (heartbeats == null) {
            heartbeats = timer.scheduleAtFixedRate(
                    () -> send(new DoorEvent.Heartbeat(controllerId, clock.instant())),
                    0, heartbeatInterval.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Heartbeats off: Porter will mark its doors offline after its heartbeat timeout. */
    public synchronized void stopHeartbeats() {
        if (heartbeats != null) {
            heartbeats.cancel(false);
            heartbeats = null;
        }
    }

    /** How the next {@code OPEN} commands are answered. */
    public void behave(Behaviour newBehaviour) {
        behaviour = newBehaviour;
    }

    /** Sends the acknowledgements held back under {@link Behaviour#HOLD}. */
    public void releaseHeld() {
        List<DoorEvent> release;
        synchronized (held) {
            release = List.copyOf(held);
            held.clear();
        }
        release.forEach(this::send);
    }

    /** Raises an alarm at one of its doors. */
    public void raiseAlarm(String door, String kind) {
        send(new DoorEvent.Alarm(controllerId, door, kind, clock.instant()));
    }

    /** Reports that {@code card} opened {@code door} locally. */
    public void reportCardOpening(String door, String card) {
        send(new DoorEvent.Opened(controllerId, door, card, null, null, !blockedCards.contains(card), null,
                clock.instant()));
    }

    /** Sends any event. */
    public void send(DoorEvent event) {
        sendText(DoorProtocol.event(event));
    }

    /** Sends a text as it is, readable or not (tests of Porter's dead-letter handling). */
    public synchronized void sendText(String text) {
        if (sending == null) {
            return;
        }
        try {
            JMSProducer producer = sending.createProducer();
            producer.send(events, text);
        } catch (RuntimeException e) {
            log.warn("Simulated door controller {} could not send: {}", controllerId, e.toString());
        }
    }

    /** Every command received so far, in order. */
    public List<PendingDoorCommand> received() {
        return List.copyOf(received);
    }

    /** The cards this controller refuses now. */
    public Set<String> blockedCards() {
        return Set.copyOf(blockedCards);
    }

    /** How many distinct openings it carried out. */
    public int openings() {
        return openedKeys.size();
    }

    public String controllerId() {
        return controllerId;
    }

    private void onCommand(Message message) {
        PendingDoorCommand command;
        try {
            command = DoorProtocol.readCommand(((TextMessage) message).getText());
        } catch (DoorProtocolException | ClassCastException | jakarta.jms.JMSException e) {
            log.warn("Simulated door controller {} ignored an unreadable command: {}", controllerId, e.toString());
            return;
        }
        received.add(command);
        switch (command.type()) {
            case OPEN -> open(command);
            case BLOCK_CARD -> acknowledge(command, () -> blockedCards.add(command.card()));
            case UNBLOCK_CARD -> acknowledge(command, () -> blockedCards.remove(command.card()));
            case SYNC -> acknowledge(command, () -> {
                blockedCards.clear();
                blockedCards.addAll(command.blockedCards());
            });
        }
    }

    private void open(PendingDoorCommand command) {
        Behaviour now = behaviour;
        if (now == Behaviour.SILENT) {
            return;
        }
        if (now == Behaviour.NACK) {
            send(new DoorEvent.Nack(controllerId, command.id(), "NO_RIGHT", clock.instant()));
            return;
        }
        if (!clock.instant().isBefore(command.deadline())) {
            send(new DoorEvent.Nack(controllerId, command.id(), "EXPIRED", clock.instant()));
            return;
        }
        // The same key twice (a re-published command) opens once and is acknowledged each time.
        openedKeys.add(command.idempotencyKey());
        DoorEvent ack = new DoorEvent.Ack(controllerId, command.id(), clock.instant());
        if (now == Behaviour.HOLD) {
            synchronized (held) {
                held.add(ack);
            }
            return;
        }
        send(ack);
    }

    private void acknowledge(PendingDoorCommand command, Runnable effect) {
        effect.run();
        send(new DoorEvent.Ack(controllerId, command.id(), clock.instant()));
    }

    @Override
    public void close() {
        stopHeartbeats();
        timer.shutdownNow();
        // Not under the lock: closing waits for a listener that may be sending an answer.
        JMSContext listening = subscription;
        if (listening != null) {
            listening.close();
        }
        synchronized (this) {
            if (sending != null) {
                sending.close();
                sending = null;
            }
        }
    }
}

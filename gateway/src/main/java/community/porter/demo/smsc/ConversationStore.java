package community.porter.demo.smsc;

import community.porter.console.simulator.PhoneSimulator.SimulatedMessage;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulated phones' conversations with Porter, in memory: what each phone sent and what
 * Porter answered. Bounded per phone (the demo may run for days), thread-safe, and ids grow
 * with every message across all phones, so a page can ask for "everything after id n".
 */
public final class ConversationStore {

    private static final Logger log = LoggerFactory.getLogger(ConversationStore.class);

    private final Clock clock;
    private final int limitPerPhone;
    private final Map<String, Deque<SimulatedMessage>> byPhone = new HashMap<>();
    private final List<Consumer<SimulatedMessage>> listeners = new CopyOnWriteArrayList<>();
    private long lastId;

    /**
     * @param clock         time stamps of the messages
     * @param limitPerPhone messages kept per phone, at least 1
     */
    public ConversationStore(Clock clock, int limitPerPhone) {
        if (limitPerPhone < 1) {
            throw new IllegalArgumentException("conversation limit must be positive");
        }
        this.clock = Objects.requireNonNull(clock, "clock");
        this.limitPerPhone = limitPerPhone;
    }

    /**
     * Records one message and tells the listeners.
     *
     * @param phone     the simulated phone, E.164 with {@code +}
     * @param fromPhone true for what the phone sent, false for Porter's answer
     * @param text      the whole text
     * @return the recorded message with its id and time
     */
    public SimulatedMessage record(String phone, boolean fromPhone, String text) {
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(text, "text");
        SimulatedMessage message;
        // Id and append under one lock, so a phone's messages are always in id order.
        synchronized (byPhone) {
            message = new SimulatedMessage(++lastId, phone, fromPhone, text, clock.instant());
            Deque<SimulatedMessage> messages = byPhone.computeIfAbsent(phone, p -> new ArrayDeque<>());
            messages.addLast(message);
            if (messages.size() > limitPerPhone) {
                messages.removeFirst();
            }
        }
        for (Consumer<SimulatedMessage> listener : listeners) {
            try {
                listener.accept(message);
            } catch (RuntimeException e) {
                // A broken listener (a closed browser stream) must not lose the message for others.
                log.warn("Conversation listener failed on message {}", message.id(), e);
            }
        }
        return message;
    }

    /** The conversation of one phone, oldest first; empty for a phone never seen. */
    public List<SimulatedMessage> conversation(String phone) {
        synchronized (byPhone) {
            Deque<SimulatedMessage> messages = byPhone.get(phone);
            return messages == null ? List.of() : List.copyOf(messages);
        }
    }

    /** Porter's answers to one phone, oldest first. */
    public List<SimulatedMessage> repliesTo(String phone) {
        return conversation(phone).stream().filter(m -> !m.fromPhone()).toList();
    }

    /**
     * Adds a listener called after each recorded message, on the thread that recorded it (an
     * SMPP I/O thread or the caller of {@code send}); it should return quickly.
     */
    public void addListener(Consumer<SimulatedMessage> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** Removes a listener added before. */
    public void removeListener(Consumer<SimulatedMessage> listener) {
        listeners.remove(listener);
    }
}

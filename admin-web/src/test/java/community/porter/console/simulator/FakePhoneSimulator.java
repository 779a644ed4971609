package community.porter.console.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** An in-memory phone simulator: remembers what was sent and can make Porter "reply". */
class FakePhoneSimulator implements PhoneSimulator {

    private final List<SimulatedMessage> messages = new ArrayList<>();
    private final AtomicLong ids = new AtomicLong();
    private volatile boolean failing;

    @Override
    public List<SimulatedPhone> phones() {
        return List.of(new SimulatedPhone("+8613800000001", "Owner 1-1-101"),
                new SimulatedPhone("+8613900000001", "Staff"));
    }

    @Override
    public synchronized void send(String phone, String text) {
        if (failing) {
            throw new IllegalStateException("SMSC not bound");
        }
        messages.add(new SimulatedMessage(ids.incrementAndGet(), phone, true, text, Instant.parse("2026-11-02T08:00:00Z")));
    }

    @Override
    public synchronized List<SimulatedMessage> conversation(String phone) {
        return messages.stream().filter(m -> m.phone().equals(phone)).toList();
    }

    synchronized void reply(String phone, String text) {
        messages.add(new SimulatedMessage(ids.incrementAndGet(), phone, false, text, Instant.parse("2026-11-02T08:00:05Z")));
    }

    synchronized List<SimulatedMessage> sent() {
        return messages.stream().filter(SimulatedMessage::fromPhone).toList();
    }

    synchronized void reset() {
        messages.clear();
        ids.set(0);
        failing = false;
    }

    void failSending() {
        failing = true;
    }
}

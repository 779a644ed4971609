package community.porter.e2e;

import community.porter.smpp.JsmppSmsc;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.OptionalParameter;

/**
 * Mobile-originated traffic as an SMSC offers it: messages from many phones arrive at a steady
 * rate whether or not the ESME is there, each with the SMSC's own message id in a TLV, and are
 * delivered while it is bound, a few at a time. A message whose {@code deliver_sm} got no
 * successful {@code deliver_sm_resp} (the ESME died, refused, or never answered) stays the SMSC's
 * and is delivered again later, as an SMSC does — so the ESME may see a message twice, but only
 * a message it never acknowledged.
 */
final class MoLoad implements AutoCloseable {

    /** The TLV this SMSC carries its own id of each MO in (a vendor-specific tag). */
    static final short MO_ID_TLV = 0x1401;

    /**
     * One mobile-originated message.
     *
     * @param smscId the SMSC's id of it, the same on every delivery
     * @param from   the sending phone, E.164
     * @param text   what the resident typed
     */
    record Mo(String smscId, String from, String text) {
    }

    /** How many deliver_sm may wait for their response at once, as an SMSC's window. */
    private static final int WINDOW = 16;

    private final JsmppSmsc smsc;
    private final String serviceNumber;
    private final List<String> phones;
    private final Random random;
    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "mo-load");
        thread.setDaemon(true);
        return thread;
    });
    private final ConcurrentLinkedDeque<Mo> waiting = new ConcurrentLinkedDeque<>();
    private final Map<String, Mo> offered = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();
    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger sequence = new AtomicInteger();
    private final java.util.Queue<Throwable> failures = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private ScheduledFuture<?> offering;

    /**
     * @param phones        the phones the messages come from
     * @param serviceNumber the number they are sent to
     * @param random        chooses phone and command of each message (seeded by the test)
     */
    MoLoad(JsmppSmsc smsc, String serviceNumber, List<String> phones, Random random) {
        this.smsc = smsc;
        this.serviceNumber = serviceNumber;
        this.phones = List.copyOf(phones);
        this.random = random;
        clock.scheduleWithFixedDelay(() -> guarded(this::pump), 10, 10, TimeUnit.MILLISECONDS);
    }

    /** Offers a new message every {@code periodMillis} until {@link #stopOffering()}. */
    void startOffering(long periodMillis) {
        offering = clock.scheduleAtFixedRate(() -> guarded(this::offerOne), 0, periodMillis, TimeUnit.MILLISECONDS);
    }

    /** No new messages from now on; those offered are still delivered until acknowledged. */
    void stopOffering() {
        if (offering != null) {
            offering.cancel(false);
        }
    }

    /** A periodic task that throws is silently never run again: keep it running, and keep what it threw. */
    private void guarded(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException | Error e) {
            failures.add(e);
        }
    }

    /** What the load's own tasks threw, if anything: a test fails on it rather than on a stalled load. */
    List<Throwable> failures() {
        return List.copyOf(failures);
    }

    @Override
    public String toString() {
        return "MoLoad[offered " + offered.size() + ", acknowledged " + acknowledged.size() + ", waiting "
                + waiting.size() + ", in flight " + inFlight.get() + ", bound " + smsc.isBound() + ", failures "
                + failures + "]";
    }

    /** Mostly help requests, some door openings, a few queries. */
    private void offerOne() {
        int dice = random.nextInt(100);
        String text = dice < 70 ? "H" : dice < 90 ? "KM" : "CX";
        String from = phones.get(random.nextInt(phones.size()));
        Mo mo = new Mo("MO-" + sequence.incrementAndGet(), from, text);
        offered.put(mo.smscId(), mo);
        deliveries.put(mo.smscId(), new AtomicInteger());
        waiting.addLast(mo);
    }

    /** Delivers what waits, while the ESME is bound and the window has room. */
    private void pump() {
        while (smsc.isBound() && inFlight.get() < WINDOW) {
            Mo mo = waiting.pollFirst();
            if (mo == null) {
                return;
            }
            deliver(mo);
        }
    }

    private void deliver(Mo mo) {
        inFlight.incrementAndGet();
        deliveries.get(mo.smscId()).incrementAndGet();
        try {
            smsc.deliver(mo.from(), serviceNumber, DataCodings.ZERO, new ESMClass(),
                    mo.text().getBytes(StandardCharsets.US_ASCII),
                    new OptionalParameter.COctetString(MO_ID_TLV, mo.smscId()))
                .whenComplete((status, error) -> settle(mo, error == null && status == 0));
        } catch (RuntimeException unbound) {
            // The bind went between the check and the send (jSMPP then says so at once): nothing went out.
            deliveries.get(mo.smscId()).decrementAndGet();
            settle(mo, false);
        }
    }

    private void settle(Mo mo, boolean acked) {
        if (acked) {
            acknowledged.add(mo.smscId());
        } else {
            // Still the SMSC's: it goes out again, after whatever waits already.
            waiting.addLast(mo);
        }
        inFlight.decrementAndGet();
    }

    /** Whether every message offered was acknowledged and none is on its way. */
    boolean allAcknowledged() {
        return inFlight.get() == 0 && waiting.isEmpty() && acknowledged.size() == offered.size();
    }

    /** Every message offered so far. */
    List<Mo> offered() {
        return new ArrayList<>(offered.values());
    }

    /** The ids of the messages whose delivery Porter acknowledged. */
    Set<String> acknowledged() {
        return Set.copyOf(acknowledged);
    }

    /** How many acknowledged messages came from each phone. */
    Map<String, Integer> acknowledgedByPhone() {
        Map<String, Integer> count = new ConcurrentHashMap<>();
        for (String id : acknowledged) {
            count.merge(offered.get(id).from(), 1, Integer::sum);
        }
        return count;
    }

    /** How many messages were delivered more than once. */
    long redelivered() {
        return deliveries.values().stream().filter(n -> n.get() > 1).count();
    }

    /** How many deliver_sm were sent in all. */
    int deliveries() {
        return deliveries.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    @Override
    public void close() {
        clock.shutdownNow();
    }
}

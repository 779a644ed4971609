package community.porter.routes;

import community.porter.sms.OutboundSms;
import community.porter.sms.SendException;
import community.porter.sms.SubmitOutcome;
import community.porter.sms.TransportReadiness;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * An outbound transport for route tests, reached through the {@code fake:} component
 * ({@link FakeTransports}): it records every message it is handed and answers as the test tells
 * it to — accepts the message in one or more parts (only those after
 * {@link OutboundSms#acceptedParts()}, as a real transport does), fails part-way, or throws one
 * of the {@link SendException} types a real transport throws. It can also report itself down or
 * throttled, and hold every message until released. It accepts everything in one part and is
 * READY until told otherwise.
 */
public final class FakeTransport implements Processor {

    private final String name;
    private final List<OutboundSms> handed = new CopyOnWriteArrayList<>();
    private volatile Function<OutboundSms, SubmitOutcome> behaviour;
    private volatile TransportReadiness.State readiness = TransportReadiness.State.READY;
    private volatile CountDownLatch gate = new CountDownLatch(0);

    public FakeTransport(String name) {
        this.name = name;
        accepts(1);
    }

    /** The connector name it reports in its {@link SubmitOutcome}s. */
    public String name() {
        return name;
    }

    /**
     * From now on accepts each message in {@code parts} parts, with ids {@code name-id-partNo};
     * only the parts after those a message says were accepted already.
     */
    public void accepts(int parts) {
        behaviour = sms -> new SubmitOutcome(name, sms.acceptedParts() + 1, ids(sms, sms.acceptedParts() + 1, parts));
    }

    /**
     * The next message of {@code parts} parts is accepted up to part {@code failingPart} - 1,
     * and part {@code failingPart} fails with what {@code failure} makes of the parts accepted
     * in that try; after that it accepts in {@code parts} parts again.
     */
    public void failsOnceAtPart(int parts, int failingPart, Function<SubmitOutcome, SendException> failure) {
        behaviour = sms -> {
            accepts(parts);
            int first = sms.acceptedParts() + 1;
            throw failure.apply(new SubmitOutcome(name, first, ids(sms, first, failingPart - 1)));
        };
    }

    /** From now on throws what {@code failure} makes for every message. */
    public void fails(Supplier<? extends SendException> failure) {
        behaviour = sms -> {
            throw failure.get();
        };
    }

    /** From now on reports {@code state} when asked whether it can take a message. */
    public void reports(TransportReadiness.State state) {
        readiness = state;
    }

    TransportReadiness.State readiness() {
        return readiness;
    }

    /** From now on holds every message it is handed (recorded at once) until {@link #release()}. */
    public void hold() {
        gate = new CountDownLatch(1);
    }

    /** Lets held messages and all later ones through. */
    public void release() {
        gate.countDown();
    }

    /** Every message handed to it so far, each try counted. */
    public List<OutboundSms> handed() {
        return List.copyOf(handed);
    }

    /** Forgets what it was handed, lets everything through, is READY and accepts in one part again. */
    public void reset() {
        release();
        handed.clear();
        readiness = TransportReadiness.State.READY;
        accepts(1);
    }

    @Override
    public void process(Exchange exchange) throws InterruptedException {
        OutboundSms sms = exchange.getMessage().getBody(OutboundSms.class);
        handed.add(sms);
        if (!gate.await(10, TimeUnit.SECONDS)) {
            throw new SendException.OutcomeUnknown(name + " held the message too long", null);
        }
        exchange.getMessage().setBody(behaviour.apply(sms));
    }

    private List<String> ids(OutboundSms sms, int from, int to) {
        List<String> ids = new ArrayList<>();
        for (int part = from; part <= to; part++) {
            ids.add(name + "-" + sms.id() + "-" + part);
        }
        return ids;
    }
}

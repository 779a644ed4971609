package community.porter.routes;

import community.porter.sms.OutboundSms;
import community.porter.sms.SendException;
import community.porter.sms.SubmitOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;

/**
 * An outbound transport for route tests, reached through its own {@code direct:} endpoint: it
 * records every message it is handed and answers as the test tells it to — accepts the message
 * in one or more parts, or throws one of the {@link SendException} types a real transport throws.
 * It accepts everything in one part until told otherwise.
 */
public final class FakeTransport implements Processor {

    private final String name;
    private final List<OutboundSms> handed = new CopyOnWriteArrayList<>();
    private volatile Function<OutboundSms, SubmitOutcome> behaviour;

    public FakeTransport(String name) {
        this.name = name;
        accepts(1);
    }

    /** The connector name it reports in its {@link SubmitOutcome}s. */
    public String name() {
        return name;
    }

    /** From now on accepts each message in {@code parts} parts, with ids {@code name-id-partNo}. */
    public void accepts(int parts) {
        behaviour = sms -> {
            List<String> ids = new ArrayList<>();
            for (int part = 1; part <= parts; part++) {
                ids.add(name + "-" + sms.id() + "-" + part);
            }
            return new SubmitOutcome(name, ids);
        };
    }

    /** From now on throws what {@code failure} makes for every message. */
    public void fails(Supplier<? extends SendException> failure) {
        behaviour = sms -> {
            throw failure.get();
        };
    }

    /** Every message handed to it so far, each try counted. */
    public List<OutboundSms> handed() {
        return List.copyOf(handed);
    }

    /** Forgets what it was handed and accepts everything in one part again. */
    public void reset() {
        handed.clear();
        accepts(1);
    }

    @Override
    public void process(Exchange exchange) {
        OutboundSms sms = exchange.getMessage().getBody(OutboundSms.class);
        handed.add(sms);
        exchange.getMessage().setBody(behaviour.apply(sms));
    }
}

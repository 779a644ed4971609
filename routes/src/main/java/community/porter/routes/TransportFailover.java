package community.porter.routes;

import community.porter.sms.OutboundSms;
import community.porter.sms.SendException;
import community.porter.sms.SubmitOutcome;
import community.porter.sms.TransportReadiness;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.camel.AsyncCallback;
import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.support.AsyncProcessorSupport;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands the claimed {@link OutboundSms} in the body to the first of its transports that takes
 * it: the ones its routing rule lists (exchange property {@value #TRANSPORTS}), those READY
 * first and THROTTLED ones only after them, those DOWN not at all. A transport that cannot take
 * the message now (nothing accepted) hands it to the next one without waiting.
 *
 * <p>When a transport accepted some parts of a long message before failing, those parts are
 * recorded at once and the message is pinned to that transport: the failure goes to the error
 * handler, and every later try, from this exchange's redeliveries ({@value #RESUMED}, since a
 * redelivery restores the original body) or from a later claim, sends only the remaining parts
 * and only there. Should that transport stay down, the message waits for it rather than being
 * sent whole elsewhere, which would put a second copy of the accepted parts on the handset.
 *
 * <p>Asynchronous: no thread waits while a transport is busy with the message.
 */
final class TransportFailover extends AsyncProcessorSupport {

    /** Exchange property: names of the transports to try, in order (all of them when absent). */
    static final String TRANSPORTS = "PorterTransports";
    /** Exchange property: the message as far as this exchange got it sent. */
    static final String RESUMED = "PorterResumedSms";

    private static final Logger LOG = LoggerFactory.getLogger(TransportFailover.class);

    /** Where parts accepted before a failure are written down. */
    @FunctionalInterface
    interface AcceptedParts {
        void record(long outboxId, SubmitOutcome accepted);
    }

    private record Target(String name, Endpoint endpoint, AsyncProducer producer) {
        TransportReadiness.State readiness() {
            return endpoint instanceof TransportReadiness transport ? transport.readiness() : TransportReadiness.State.READY;
        }
    }

    /** One message's way through its transports. */
    private static final class Attempt {
        OutboundSms sms;
        final List<Target> order;
        int index;

        Attempt(OutboundSms sms, List<Target> order) {
            this.sms = sms;
            this.order = order;
        }
    }

    private final CamelContext camel;
    private final List<TransportEndpoints.Outbound> transports;
    private final AcceptedParts accepted;
    private final Map<String, Target> targets = new LinkedHashMap<>();

    TransportFailover(CamelContext camel, List<TransportEndpoints.Outbound> transports, AcceptedParts accepted) {
        this.camel = camel;
        this.transports = List.copyOf(transports);
        this.accepted = accepted;
    }

    @Override
    protected void doStart() throws Exception {
        for (TransportEndpoints.Outbound transport : transports) {
            Endpoint endpoint = camel.getEndpoint(transport.uri());
            AsyncProducer producer = endpoint.createAsyncProducer();
            ServiceHelper.startService(producer);
            targets.put(transport.name(), new Target(transport.name(), endpoint, producer));
        }
    }

    @Override
    protected void doStop() {
        ServiceHelper.stopService(targets.values().stream().map(Target::producer).toList());
        targets.clear();
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        OutboundSms sms = exchange.getProperty(RESUMED, OutboundSms.class);
        if (sms == null) {
            sms = exchange.getMessage().getBody(OutboundSms.class);
        }
        try {
            Attempt attempt = new Attempt(sms, order(sms, candidates(exchange, sms)));
            return tryNext(exchange, callback, attempt);
        } catch (SendException e) {
            exchange.setException(e);
            callback.done(true);
            return true;
        }
    }

    private List<Target> candidates(Exchange exchange, OutboundSms sms) {
        if (sms.isPartlySent()) {
            Target pinned = targets.get(sms.pinnedTo());
            if (pinned == null) {
                // Resending it whole elsewhere would repeat parts the handset has; say so instead.
                LOG.warn("Outbound message {}: parts 1-{} went through '{}', which is no longer configured; not sent",
                        sms.id(), sms.acceptedParts(), sms.pinnedTo());
                throw new SendException.Rejected("PINNED_CONNECTOR_GONE", null);
            }
            return List.of(pinned);
        }
        @SuppressWarnings("unchecked")
        List<String> names = exchange.getProperty(TRANSPORTS, List.class);
        if (names == null) {
            return List.copyOf(targets.values());
        }
        return names.stream().map(targets::get).filter(t -> t != null).toList();
    }

    /** READY ones in order, then THROTTLED ones in order; DOWN ones are left out. */
    private static List<Target> order(OutboundSms sms, List<Target> candidates) {
        List<Target> ready = new ArrayList<>();
        List<Target> throttled = new ArrayList<>();
        Map<String, TransportReadiness.State> seen = new LinkedHashMap<>();
        for (Target target : candidates) {
            TransportReadiness.State state = target.readiness();
            seen.put(target.name(), state);
            if (state == TransportReadiness.State.READY) {
                ready.add(target);
            } else if (state == TransportReadiness.State.THROTTLED) {
                throttled.add(target);
            }
        }
        ready.addAll(throttled);
        if (ready.isEmpty()) {
            throw new SendException.RetryLater("no transport can take message " + sms.id() + " now: "
                    + seen.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")),
                    null);
        }
        return ready;
    }

    private boolean tryNext(Exchange exchange, AsyncCallback callback, Attempt attempt) {
        while (true) {
            Target target = attempt.order.get(attempt.index);
            exchange.setException(null);
            exchange.getMessage().setBody(attempt.sms);
            boolean sync;
            try {
                sync = target.producer().process(exchange, doneSync -> {
                    if (!doneSync) {
                        // Finished on the transport's thread: go on from there, reporting asynchronously.
                        AsyncCallback later = ignored -> callback.done(false);
                        if (goOn(exchange, attempt, target)) {
                            tryNext(exchange, later, attempt);
                        } else {
                            later.done(false);
                        }
                    }
                });
            } catch (RuntimeException e) {
                exchange.setException(e);
                sync = true;
            }
            if (!sync) {
                return false;
            }
            if (!goOn(exchange, attempt, target)) {
                callback.done(true);
                return true;
            }
        }
    }

    /**
     * Looks at the outcome of one transport's try.
     *
     * @return true to try the next transport
     */
    private boolean goOn(Exchange exchange, Attempt attempt, Target target) {
        try {
            return decide(exchange, attempt, target);
        } catch (RuntimeException e) {
            // Never leave the exchange without an answer: a callback lost here would hang its route.
            exchange.setException(e);
            return false;
        }
    }

    private boolean decide(Exchange exchange, Attempt attempt, Target target) {
        Exception failure = exchange.getException();
        if (failure == null) {
            return false;
        }
        if (failure instanceof SendException send && send.accepted().isPresent()) {
            partlySent(exchange, attempt, send.accepted().get());
            return false;
        }
        boolean notTaken = failure instanceof SendException.RetryLater || failure instanceof SendException.OutcomeUnknown;
        if (notTaken && !attempt.sms.isPartlySent() && attempt.index + 1 < attempt.order.size()) {
            LOG.debug("Outbound message {}: {} could not take it ({}); trying {}", attempt.sms.id(), target.name(),
                    failure.getMessage(), attempt.order.get(attempt.index + 1).name());
            attempt.index++;
            return true;
        }
        return false;
    }

    private void partlySent(Exchange exchange, Attempt attempt, SubmitOutcome parts) {
        OutboundSms resumed = attempt.sms.resumedAfter(parts);
        try {
            accepted.record(resumed.id(), parts);
        } catch (RuntimeException e) {
            // This exchange still resumes after them; only a restart before the rest is sent
            // would send them again.
            LOG.error("Outbound message {}: could not record parts {}-{} accepted by {}", resumed.id(), parts.firstPart(),
                    parts.lastPart(), parts.connector(), e);
        }
        LOG.info("Outbound message {}: parts 1-{} accepted by {}; the rest is sent there only", resumed.id(),
                resumed.acceptedParts(), resumed.pinnedTo());
        attempt.sms = resumed;
        exchange.setProperty(RESUMED, resumed);
    }
}

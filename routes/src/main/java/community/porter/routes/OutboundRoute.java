package community.porter.routes;

import community.porter.access.message.Outbox;
import community.porter.sms.SendException;
import community.porter.sms.SubmitOutcome;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.ChoiceDefinition;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.support.SynchronizationAdapter;
import org.springframework.stereotype.Component;

/**
 * Hands each stored outbound message to a transport. Every id handed to {@link Endpoints#OUTBOUND}
 * is put in the {@link Lane} of its priority; each lane has its own senders, which claim the
 * message (so it is sent by one sender only), choose its transports by the routing rules, try
 * them ({@link TransportFailover}) and record what became of it. A message no transport can
 * take now is retried with back-off; after the last try it waits for the recovery sweep.
 *
 * <p>A long message is sent part by part. Parts the SMSC accepted are never sent again: when a
 * later part fails they are recorded and the retry sends only the rest, through the same
 * connection. The only copy a handset may see is of a part whose answer never came (no
 * submit_sm_resp in time, or the connection dropped first): that part is sent again, since
 * sending at least once (SPEC §5) is worth more than the rare duplicate.
 */
@Component
class OutboundRoute extends RouteBuilder {

    static final String OUTBOX_ID = "PorterOutboxId";
    static final String LANE = "PorterLane";

    private final TransportEndpoints transports;
    private final RoutesProperties properties;
    private final RoutingProperties routing;
    private final RoutingRules rules;
    private final Outbox outbox;
    private final SendsInFlight inFlight;

    OutboundRoute(TransportEndpoints transports, RoutesProperties properties, RoutingProperties routing,
            RoutingRules rules, Outbox outbox, SendsInFlight inFlight) {
        this.transports = transports;
        this.properties = properties;
        this.routing = routing;
        this.rules = rules;
        this.outbox = outbox;
        this.inFlight = inFlight;
    }

    @Override
    public void configure() {
        // Nothing (more) accepted, or no answer in time: send again (at least once, SPEC §5). A
        // transport that timed out may have accepted the part after all; that copy is the
        // unavoidable one. Parts accepted before the failure are already recorded and not resent.
        onException(SendException.RetryLater.class, SendException.OutcomeUnknown.class)
            .maximumRedeliveries(properties.retries())
            .redeliveryDelay(properties.retryDelay().toMillis())
            .useExponentialBackOff().backOffMultiplier(2)
            .maximumRedeliveryDelay(properties.maxRetryDelay().toMillis())
            .asyncDelayedRedelivery()
            .retryAttemptedLogLevel(LoggingLevel.DEBUG)
            .handled(true)
            .log(LoggingLevel.WARN, "Outbound message ${header." + OUTBOX_ID + "} not sent yet: ${exception.message}")
            .process(e -> outbox.recordNotSent(id(e)));
        onException(SendException.Expired.class)
            .handled(true)
            .process(e -> outbox.recordExpired(id(e)));
        onException(SendException.Rejected.class)
            .handled(true)
            .process(e -> outbox.recordFailed(id(e), e.getProperty(Exchange.EXCEPTION_CAUGHT, SendException.Rejected.class).reason()));

        ChoiceDefinition lanes = from(Endpoints.OUTBOUND).routeId("outbound-lanes")
            .process(e -> e.getMessage().setHeader(LANE, laneOf(e.getMessage().getBody(Long.class))))
            .choice();
        for (Lane lane : Lane.values()) {
            lanes.when(header(LANE).isEqualTo(lane)).to(Endpoints.producer(lane.queue(), properties.queueSize()));
        }
        lanes.end();

        for (Lane lane : Lane.values()) {
            RouteDefinition sender = from(Endpoints.consumer(lane.queue(), routing.laneThreads().of(lane), properties.queueSize()))
                .routeId(lane.routeId());
            if (transports.outbound().isEmpty()) {
                // No transport configured: messages stay queued until one is.
                sender.log(LoggingLevel.DEBUG, "No transport configured; message ${body} stays queued");
                continue;
            }
            sender
                .setHeader(OUTBOX_ID, body())
                .process(this::claim)
                .filter(body().isNotNull())
                    .process(new TransportFailover(getContext(), transports.outbound(), outbox::recordAccepted))
                    .process(e -> outbox.recordSent(id(e), e.getMessage().getBody(SubmitOutcome.class)))
                .end();
        }
    }

    /** A message not (yet) visible goes to the normal lane; its claim will find out. */
    private Lane laneOf(long id) {
        return outbox.priorityOf(id).map(Lane::of).orElse(Lane.NORMAL);
    }

    private void claim(Exchange exchange) {
        Optional<Outbox.Claimed> claimed = outbox.claimForSending(exchange.getMessage().getBody(Long.class));
        exchange.getMessage().setBody(claimed.map(Outbox.Claimed::sms).orElse(null));
        claimed.ifPresent(c -> {
            long id = c.sms().id();
            // Registered until the exchange is done, retries included: the sweep can then tell
            // this send from one that was lost (StalledSends).
            inFlight.started(id);
            exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
                @Override
                public void onDone(Exchange done) {
                    inFlight.finished(id);
                }
            });
            exchange.setProperty(TransportFailover.TRANSPORTS,
                    rules.transportsFor(c.sms().to(), c.kind(), Lane.of(c.priority())));
        });
    }

    private static long id(Exchange exchange) {
        return exchange.getMessage().getHeader(OUTBOX_ID, Long.class);
    }
}

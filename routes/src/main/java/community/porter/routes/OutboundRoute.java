package community.porter.routes;

import community.porter.access.message.Outbox;
import community.porter.sms.OutboundSms;
import community.porter.sms.SendException;
import community.porter.sms.SubmitOutcome;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.LoadBalanceDefinition;
import org.springframework.stereotype.Component;

/**
 * Hands each stored outbound message to a transport: claims it (so it is sent by one sender
 * only), tries the transports in order of preference, and records what became of it. A transport
 * that cannot take a message now is retried with back-off; after the last try the message waits
 * for the recovery sweep.
 */
@Component
class OutboundRoute extends RouteBuilder {

    static final String OUTBOX_ID = "PorterOutboxId";

    private final TransportEndpoints transports;
    private final RoutesProperties properties;
    private final Outbox outbox;

    OutboundRoute(TransportEndpoints transports, RoutesProperties properties, Outbox outbox) {
        this.transports = transports;
        this.properties = properties;
        this.outbox = outbox;
    }

    @Override
    public void configure() {
        // Nothing accepted, or no answer in time: send again (at least once, SPEC §5). A transport
        // that timed out may have accepted the message after all; that copy is the unavoidable one.
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

        if (transports.outbound().isEmpty()) {
            // No transport configured: messages stay queued until one is.
            from(Endpoints.consumer(Endpoints.OUTBOUND, 1, properties.queueSize())).routeId("outbound")
                .log(LoggingLevel.DEBUG, "No transport configured; message ${body} stays queued");
            return;
        }
        LoadBalanceDefinition failover = from(Endpoints.consumer(Endpoints.OUTBOUND, properties.senderThreads(),
                properties.queueSize()))
            .routeId("outbound")
            .setHeader(OUTBOX_ID, body())
            .process(e -> {
                Optional<OutboundSms> claimed = outbox.claim(e.getMessage().getBody(Long.class));
                e.getMessage().setBody(claimed.orElse(null));
            })
            .filter(body().isNotNull())
                .loadBalance();
        // Each transport is called without the error handler, so one that cannot take the message
        // now hands it straight to the next; the back-off retries the whole failover once every
        // transport has refused. The failover's own inheritErrorHandler argument does not reach
        // its children (Camel 4.18 reads the flag from the loadBalance definition only).
        failover.setInheritErrorHandler(false);
        failover.failover(-1, false, false, SendException.RetryLater.class, SendException.OutcomeUnknown.class)
                    .to(transports.outbound().toArray(String[]::new))
                .end()
                .process(e -> outbox.recordSent(id(e), e.getMessage().getBody(SubmitOutcome.class)))
            .end();
    }

    private static long id(Exchange exchange) {
        return exchange.getMessage().getHeader(OUTBOX_ID, Long.class);
    }
}

package community.porter.routes.integration;

import community.porter.access.message.AppMessageRejectedException;
import community.porter.access.message.AppMessages;
import community.porter.access.message.ClientRefConflictException;
import community.porter.access.visitor.KioskVisitRequests;
import java.nio.charset.StandardCharsets;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.RouteDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Takes in what other applications send on {@code porter.sms.outbound} and
 * {@code porter.visitor.requests}. Each JMS message is consumed in a local JMS transaction that
 * commits only after the service has committed Porter's side, so a crash in between redelivers it,
 * and the services' idempotency (clientRef, requestRef) makes the copy harmless. A message Porter
 * refuses goes unchanged to the queue's dead-letter queue with a {@code reason}; any other failure
 * (the database away) rolls the message back for the broker to deliver again later.
 */
@Component
class IntegrationIntakeRoutes extends RouteBuilder {

    private static final Logger log = LoggerFactory.getLogger(IntegrationIntakeRoutes.class);
    private static final String ORIGINAL = "porterIntegrationOriginal";
    private static final int MAX_REASON = 500;

    private final AppMessages appMessages;
    private final KioskVisitRequests kiosks;

    IntegrationIntakeRoutes(AppMessages appMessages, KioskVisitRequests kiosks) {
        this.appMessages = appMessages;
        this.kiosks = kiosks;
    }

    @Override
    public void configure() {
        intake(IntegrationQueues.SMS_OUTBOUND, IntegrationQueues.SMS_OUTBOUND_DLQ, "app-messages")
            .process(e -> {
                var submission = appMessages.submit(IntegrationJson.appMessage(e.getMessage().getBody(String.class)));
                log.debug("Queue message stored as {} (new: {})", submission.id(), submission.created());
            });

        intake(IntegrationQueues.VISITOR_REQUESTS, IntegrationQueues.VISITOR_REQUESTS_DLQ, "visitor-requests")
            .process(e -> {
                var intake = kiosks.submit(IntegrationJson.visitRequest(e.getMessage().getBody(String.class)));
                log.debug("Kiosk request stored as {} (repeat: {})", intake.inboxId(), intake.duplicate());
            });
    }

    /** The start of an intake route: transacted, dead-lettering what Porter refuses. */
    private RouteDefinition intake(String queue, String deadLetters, String routeId) {
        RouteDefinition route = from("jms:queue:" + queue + "?transacted=true").routeId(routeId);
        route.onException(IntegrationMessageException.class, AppMessageRejectedException.class,
                        ClientRefConflictException.class)
                .handled(true)
                .process(IntegrationIntakeRoutes::asDeadLetter)
                .log(LoggingLevel.WARN, "Refused a message on " + queue + ": ${header." + IntegrationQueues.REASON + "}")
                .to("jms:queue:" + deadLetters)
            .end();
        return route
            .process(e -> e.setProperty(ORIGINAL, e.getMessage().getBody()))
            // STOMP frames with a content-length and AMQP binary bodies arrive as bytes.
            .process(e -> e.getMessage().setBody(text(e.getMessage().getBody())));
    }

    private static String text(Object body) {
        if (body instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return body == null ? null : body.toString();
    }

    /** The message as it came, with why it was refused. */
    private static void asDeadLetter(Exchange exchange) {
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        if (cause instanceof AppMessageRejectedException rejected) {
            exchange.getMessage().setHeader(IntegrationQueues.FIELD, rejected.getField());
        } else if (cause instanceof ClientRefConflictException) {
            exchange.getMessage().setHeader(IntegrationQueues.FIELD, "clientRef");
        }
        exchange.getMessage().setHeader(IntegrationQueues.REASON,
                reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason);
        exchange.getMessage().setBody(exchange.getProperty(ORIGINAL));
    }
}

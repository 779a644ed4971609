package community.porter.routes;

import community.porter.access.door.DoorCommandOutbox;
import community.porter.access.door.DoorControllers;
import community.porter.command.door.DoorAlarms;
import community.porter.command.door.DoorOpenAnswers;
import community.porter.routes.door.DoorEvent;
import community.porter.routes.door.DoorProtocol;
import community.porter.routes.door.DoorProtocolException;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Reads the events of door controllers from {@code porter.door.events} and acts on each: answers
 * a waiting {@code KM}, keeps doors online, records openings, alerts staff, re-syncs a controller
 * that came back. Replies and alerts, committed by then, go to the outbound route. An event that
 * cannot be read or handled goes unchanged to {@code porter.door.events.dlq} with a {@code reason}
 * property; the next event is not held up by it. Events are taken in a broker transaction that
 * commits after Porter's: one that fails only because the database is away (or Porter is stopping
 * or killed) is delivered again, never lost or dead-lettered.
 */
@Component
class DoorEventRoute extends RouteBuilder {

    private static final Logger log = LoggerFactory.getLogger(DoorEventRoute.class);
    private static final String ORIGINAL = "porterDoorEvent";

    private final DoorOpenAnswers answers;
    private final DoorControllers controllers;
    private final DoorCommandOutbox commands;
    private final DoorAlarms alarms;

    DoorEventRoute(DoorOpenAnswers answers, DoorControllers controllers, DoorCommandOutbox commands,
            DoorAlarms alarms) {
        this.answers = answers;
        this.controllers = controllers;
        this.commands = commands;
        this.alarms = alarms;
    }

    @Override
    public void configure() {
        // The database away for a moment (or going down with Porter): roll the event back so the
        // broker delivers it again; dead-lettering it would lose a door's ACK for good.
        onException(TransientDataAccessException.class, DataAccessResourceFailureException.class,
                CannotCreateTransactionException.class)
            .handled(false)
            .log(LoggingLevel.WARN, "Door event rolled back for redelivery: ${exception.message}");
        onException(Exception.class)
            .handled(true)
            .process(e -> {
                Exception cause = e.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
                String reason = cause instanceof DoorProtocolException ? cause.getMessage()
                        : "could not be handled: " + cause;
                e.getMessage().setHeader(DoorProtocol.REASON, reason.length() > 500 ? reason.substring(0, 500) : reason);
                e.getMessage().setBody(e.getProperty(ORIGINAL, String.class));
            })
            .log(LoggingLevel.WARN, "Door event dead-lettered: ${header." + DoorProtocol.REASON + "}")
            .to("jms:queue:" + DoorProtocol.DEAD_LETTERS);

        from("jms:queue:" + DoorProtocol.EVENTS + "?transacted=true")
            .routeId("door-events")
            .process(e -> e.setProperty(ORIGINAL, e.getMessage().getBody(String.class)))
            .process(e -> e.getMessage().setBody(handle(DoorProtocol.readEvent(e.getProperty(ORIGINAL, String.class)))))
            .split(body())
                .to(Endpoints.OUTBOUND)
            .end();
    }

    /** Acts on one event; returns the outbox ids of the messages it caused. */
    private List<Long> handle(DoorEvent event) {
        if (event instanceof DoorEvent.Ack ack) {
            return answers.acknowledged(ack.commandId());
        }
        if (event instanceof DoorEvent.Nack nack) {
            return answers.refused(nack.commandId(), nack.reason());
        }
        if (event instanceof DoorEvent.Heartbeat) {
            heartbeat(event.controllerId());
            return List.of();
        }
        if (event instanceof DoorEvent.Opened opened) {
            if (!controllers.recordOpening(opened.controllerId(), opened.door(), opened.card(), opened.phone(),
                    opened.granted(), opened.pass() != null ? "pass " + opened.pass() : opened.detail(), opened.at())) {
                throw new DoorProtocolException("unknown door " + opened.door() + " of " + opened.controllerId());
            }
            return List.of();
        }
        if (event instanceof DoorEvent.Alarm alarm) {
            return alarms.raise(alarm.controllerId(), alarm.door(), DoorAlarms.Kind.valueOf(alarm.kind()));
        }
        // SYNC_REQUEST: it is alive again, and its list may be stale.
        heartbeat(event.controllerId());
        commands.sync(event.controllerId());
        return List.of();
    }

    private void heartbeat(String controllerId) {
        if (controllers.heartbeat(controllerId) == 0) {
            log.warn("Heartbeat from unknown door controller {}", controllerId);
        }
    }
}

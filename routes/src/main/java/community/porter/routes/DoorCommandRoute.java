package community.porter.routes;

import community.porter.access.door.DoorCommandOutbox;
import community.porter.access.door.PendingDoorCommand;
import community.porter.routes.door.DoorProtocol;
import java.util.Optional;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Publishes committed door commands to {@code porter.door.commands}, addressed by the
 * {@code controllerId} property, and marks them sent. A command is published at least once (a
 * crash between the send and the mark repeats it); controllers act once per command id and
 * idempotency key. An {@code OPEN} past its deadline is never published.
 */
@Component
class DoorCommandRoute extends RouteBuilder {

    private static final String COMMAND_ID = "porterDoorCommandId";

    private final RoutesProperties properties;
    private final DoorCommandOutbox commands;

    DoorCommandRoute(RoutesProperties properties, DoorCommandOutbox commands) {
        this.properties = properties;
        this.commands = commands;
    }

    @Override
    public void configure() {
        from(Endpoints.consumer(Endpoints.DOOR_COMMANDS, 1, properties.queueSize()))
            .routeId("door-commands")
            .setProperty(COMMAND_ID, body())
            .process(e -> {
                Optional<PendingDoorCommand> pending = commands.pending(e.getMessage().getBody(Long.class));
                e.getMessage().setBody(pending.map(DoorProtocol::command).orElse(null));
                pending.ifPresent(p -> e.getMessage().setHeader(DoorProtocol.CONTROLLER_ID, p.controllerId()));
            })
            .filter(body().isNotNull())
                .to("jms:topic:" + DoorProtocol.COMMANDS)
                .process(e -> commands.markSent(e.getProperty(COMMAND_ID, Long.class)))
            .end();
    }
}

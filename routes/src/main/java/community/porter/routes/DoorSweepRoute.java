package community.porter.routes;

import community.porter.access.door.DoorCommandOutbox;
import community.porter.access.door.DoorControllers;
import community.porter.command.door.DoorOpenAnswers;
import community.porter.command.door.DoorsProperties;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * The door sweep: answers openings nobody acknowledged by their deadline ({@code km.timeout}),
 * publishes commands a crash left stored but unpublished, and marks offline the doors of
 * controllers that stopped sending heartbeats.
 */
@Component
class DoorSweepRoute extends RouteBuilder {

    private static final int BATCH = 200;

    private final RoutesProperties routes;
    private final DoorsProperties doors;
    private final DoorCommandOutbox commands;
    private final DoorOpenAnswers answers;
    private final DoorControllers controllers;
    private final Clock clock;

    DoorSweepRoute(RoutesProperties routes, DoorsProperties doors, DoorCommandOutbox commands,
            DoorOpenAnswers answers, DoorControllers controllers, Clock clock) {
        this.routes = routes;
        this.doors = doors;
        this.commands = commands;
        this.answers = answers;
        this.controllers = controllers;
        this.clock = clock;
    }

    @Override
    public void configure() {
        from("timer:porter-doors?delay=500&period=" + doors.sweepInterval().toMillis())
            .routeId("door-sweep")
            .process(e -> controllers.markSilentOffline(clock.instant().minus(doors.heartbeatTimeout())))
            .process(e -> e.getMessage().setBody(commands.queuedBefore(clock.instant().minus(doors.publishAge()), BATCH)))
            .split(body())
                .to(Endpoints.producer(Endpoints.DOOR_COMMANDS, routes.queueSize()))
            .end()
            .process(e -> e.getMessage().setBody(answerTimeouts()))
            .split(body())
                .to(Endpoints.OUTBOUND)
            .end();
    }

    private List<Long> answerTimeouts() {
        List<Long> replies = new ArrayList<>();
        for (long id : commands.unansweredPastDeadline(BATCH)) {
            replies.addAll(answers.timedOut(id));
        }
        return replies;
    }
}

package community.porter.routes.integration;

import community.porter.access.event.IntegrationEventStore;
import community.porter.access.event.IntegrationProperties;
import java.time.Clock;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * The relay of integration events to the broker: woken after each commit that stored events and
 * by a periodic sweep (which also catches what a crash left unpublished), and the purge of
 * published events past their retention.
 */
@Component
class IntegrationEventRoutes extends RouteBuilder {

    /** Where the relay is woken; one consumer, so one run at a time. */
    static final String WAKE_UP = "seda:porter-integration-relay?waitForTaskToComplete=Never";

    private final IntegrationEventRelay relay;
    private final IntegrationEventStore store;
    private final IntegrationProperties properties;
    private final Clock clock;

    IntegrationEventRoutes(IntegrationEventRelay relay, IntegrationEventStore store, IntegrationProperties properties,
            Clock clock) {
        this.relay = relay;
        this.store = store;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void configure() {
        from("seda:porter-integration-relay?concurrentConsumers=1")
            .routeId("integration-relay")
            .onException(Exception.class)
                .handled(true)
                // The broker is away: the events stay stored, and the sweep tries again.
                .log(LoggingLevel.WARN, "Integration events not published now: ${exception.message}")
            .end()
            .process(e -> relay.publishPending());

        from("timer:porter-integration-sweep?delay=1000&period=" + properties.sweepInterval().toMillis())
            .routeId("integration-sweep")
            // Unconditionally: a wake-up lost on its way must not keep the relay asleep.
            .process(e -> relay.request())
            .to(WAKE_UP);

        from("timer:porter-integration-purge?delay=" + properties.purgeInterval().toMillis()
                + "&period=" + properties.purgeInterval().toMillis())
            .routeId("integration-purge")
            .process(e -> store.purgePublishedBefore(clock.instant().minus(properties.retention())));
    }
}

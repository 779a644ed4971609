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

    /**
     * Where the relay is woken. Room for one pending wake-up, and more are dropped: one run after
     * the current one publishes whatever was committed meanwhile.
     */
    static final String WAKE_UP = "seda:porter-integration-relay?size=1&discardWhenFull=true&waitForTaskToComplete=Never";

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
        // One consumer, so one run at a time.
        from("seda:porter-integration-relay?size=1&concurrentConsumers=1")
            .routeId("integration-relay")
            .onException(Exception.class)
                .handled(true)
                // The broker is away: the events stay stored, and the sweep tries again.
                .log(LoggingLevel.WARN, "Integration events not published now: ${exception.message}")
            .end()
            .process(e -> relay.publishPending());

        from("timer:porter-integration-sweep?delay=1000&period=" + properties.sweepInterval().toMillis())
            .routeId("integration-sweep")
            .to(WAKE_UP);

        from("timer:porter-integration-purge?delay=" + properties.purgeInterval().toMillis()
                + "&period=" + properties.purgeInterval().toMillis())
            .routeId("integration-purge")
            .process(e -> store.purgePublishedBefore(clock.instant().minus(properties.retention())));
    }
}

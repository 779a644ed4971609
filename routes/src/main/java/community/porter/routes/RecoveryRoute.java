package community.porter.routes;

import community.porter.access.message.PendingWork;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * The recovery sweep: at start and then periodically, work left between two steps (a crash, an
 * outage, a full queue) is queued again. Both steps are idempotent, so queueing twice is safe.
 * Messages claimed by a send that will never finish are queued again too ({@link StalledSends}).
 */
@Component
class RecoveryRoute extends RouteBuilder {

    private static final int BATCH = 1000;

    private final RoutesProperties properties;
    private final PendingWork pending;
    private final StalledSends stalled;
    private final AtomicBoolean swept = new AtomicBoolean();

    RecoveryRoute(RoutesProperties properties, PendingWork pending, StalledSends stalled) {
        this.properties = properties;
        this.pending = pending;
        this.stalled = stalled;
    }

    @Override
    public void configure() {
        from("timer:porter-recovery?delay=1000&period=" + properties.sweepInterval().toMillis())
            .routeId("recovery")
            // The first sweep takes everything: all of it was left by the process before this one.
            .process(e -> e.setProperty("porterSweepAge", swept.getAndSet(true) ? properties.sweepAge() : Duration.ZERO))
            .process(e -> e.getMessage().setBody(pending.unhandledMessages(age(e), BATCH)))
            .split(body())
                .to(Endpoints.producer(Endpoints.COMMANDS, properties.queueSize()))
            .end()
            .process(e -> e.getMessage().setBody(pending.unsentMessages(age(e), BATCH)))
            .split(body())
                .to(Endpoints.OUTBOUND)
            .end()
            .process(e -> e.getMessage().setBody(stalled.requeue()))
            .split(body())
                .to(Endpoints.OUTBOUND)
            .end();
    }

    private static Duration age(Exchange exchange) {
        return exchange.getProperty("porterSweepAge", Duration.class);
    }
}

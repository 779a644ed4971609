package community.porter.routes;

import community.porter.access.notice.BroadcastRelease;
import community.porter.access.notice.BroadcastsProperties;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * The broadcast release step: every {@code porter.broadcasts.release-interval}, each broadcast in
 * progress is moved on by one batch ({@link BroadcastRelease#releaseNext}), in a transaction of
 * its own so one broadcast's trouble never holds up another. The released copies reach the
 * outbound route through {@link BroadcastWakeUp} once their batch has committed.
 */
@Component
class BroadcastRoute extends RouteBuilder {

    private final BroadcastRelease release;
    private final BroadcastsProperties properties;

    BroadcastRoute(BroadcastRelease release, BroadcastsProperties properties) {
        this.release = release;
        this.properties = properties;
    }

    @Override
    public void configure() {
        // A timer never overlaps itself: one release step at a time in this process.
        from("timer:porter-broadcasts?delay=1000&period=" + properties.releaseInterval().toMillis())
            .routeId("broadcast-release")
            .process(e -> e.getMessage().setBody(release.inProgress()))
            .split(body())
                .process(e -> release.releaseNext(e.getMessage().getBody(Long.class)))
            .end();
    }
}

package community.porter.routes;

import community.porter.access.visitor.VisitorsProperties;
import community.porter.command.visitor.VisitRequestExpiry;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * The visitor sweep: expires visit requests nobody answered in time and hands the messages that
 * tell their visitors to the sender, like any other answer that is not a direct reply.
 */
@Component
class VisitorSweepRoute extends RouteBuilder {

    private final VisitorsProperties visitors;
    private final VisitRequestExpiry expiry;

    VisitorSweepRoute(VisitorsProperties visitors, VisitRequestExpiry expiry) {
        this.visitors = visitors;
        this.expiry = expiry;
    }

    @Override
    public void configure() {
        from("timer:porter-visitors?delay=1000&period=" + visitors.sweepInterval().toMillis())
            .routeId("visitor-sweep")
            .process(e -> e.getMessage().setBody(expiry.expireOverdue()))
            .split(body())
                .to(Endpoints.OUTBOUND)
            .end();
    }
}

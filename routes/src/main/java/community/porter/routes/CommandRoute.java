package community.porter.routes;

import community.porter.command.pipeline.CommandPipeline;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Runs the command of each stored message and hands its replies, committed in the same
 * transaction, to the outbound route.
 */
@Component
class CommandRoute extends RouteBuilder {

    private final RoutesProperties properties;
    private final CommandPipeline pipeline;

    CommandRoute(RoutesProperties properties, CommandPipeline pipeline) {
        this.properties = properties;
        this.pipeline = pipeline;
    }

    @Override
    public void configure() {
        from(Endpoints.consumer(Endpoints.COMMANDS, properties.commandThreads(), properties.queueSize()))
            .routeId("commands")
            .process(e -> e.getMessage().setBody(pipeline.run(e.getMessage().getBody(Long.class))))
            .split(body())
                .to(Endpoints.OUTBOUND)
            .end();
    }
}

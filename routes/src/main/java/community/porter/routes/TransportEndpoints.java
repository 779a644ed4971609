package community.porter.routes;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The transports the application has configured, by Camel endpoint URI only ({@code smsc:main},
 * {@code gsm:pool}): the routes never know a transport's classes.
 *
 * @param inbound  endpoints to consume inbound messages and receipts from
 * @param outbound transports to send through, in order of preference (the order used when no
 *                 routing rule matches a message)
 */
public record TransportEndpoints(List<String> inbound, List<Outbound> outbound) {

    public TransportEndpoints {
        inbound = List.copyOf(inbound);
        outbound = List.copyOf(outbound);
    }

    /**
     * One transport to send through.
     *
     * @param name the connector name the transport reports in its results and receipts (for
     *             {@code smsc:main}, {@code main}); routing rules and partly sent messages name
     *             transports by it
     * @param uri  the endpoint to send to
     */
    public record Outbound(String name, String uri) {
        public Outbound {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(uri, "uri");
        }
    }

    /** @return the outbound transport called {@code nameOrUri} by its name or its endpoint URI */
    public Optional<Outbound> findOutbound(String nameOrUri) {
        return outbound.stream().filter(t -> t.name().equals(nameOrUri) || t.uri().equals(nameOrUri)).findFirst();
    }
}

package community.porter.routes;

import java.util.List;

/**
 * The transports the application has configured, by Camel endpoint URI only ({@code smsc:main},
 * {@code gsm:pool}): the routes never know a transport's classes.
 *
 * @param inbound  endpoints to consume inbound messages and receipts from
 * @param outbound endpoints to send through, in order of preference; the next is tried when one
 *                 cannot take a message now
 */
public record TransportEndpoints(List<String> inbound, List<String> outbound) {

    public TransportEndpoints {
        inbound = List.copyOf(inbound);
        outbound = List.copyOf(outbound);
    }
}

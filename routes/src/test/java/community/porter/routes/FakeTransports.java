package community.porter.routes;

import community.porter.sms.TransportReadiness;
import java.util.Map;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.support.DefaultComponent;
import org.apache.camel.support.DefaultEndpoint;
import org.apache.camel.support.DefaultProducer;

/**
 * The Camel component {@code fake:<name>} of route tests: each endpoint sends to the
 * {@link FakeTransport} of that name, directly (a failure goes back to the caller as it is),
 * and answers {@link TransportReadiness} for it, as a real transport's endpoint does.
 */
public final class FakeTransports extends DefaultComponent {

    private final Map<String, FakeTransport> byName;

    public FakeTransports(FakeTransport... transports) {
        this.byName = java.util.Arrays.stream(transports)
                .collect(java.util.stream.Collectors.toMap(FakeTransport::name, t -> t));
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) {
        FakeTransport transport = byName.get(remaining);
        if (transport == null) {
            throw new IllegalArgumentException("no fake transport " + remaining);
        }
        return new FakeEndpoint(uri, this, transport);
    }

    private static final class FakeEndpoint extends DefaultEndpoint implements TransportReadiness {
        private final FakeTransport transport;

        FakeEndpoint(String uri, FakeTransports component, FakeTransport transport) {
            super(uri, component);
            this.transport = transport;
        }

        @Override
        public Producer createProducer() {
            return new DefaultProducer(this) {
                @Override
                public void process(Exchange exchange) throws Exception {
                    transport.process(exchange);
                }
            };
        }

        @Override
        public Consumer createConsumer(Processor processor) {
            throw new UnsupportedOperationException("fake transports only send");
        }

        @Override
        public State readiness() {
            return transport.readiness();
        }
    }
}

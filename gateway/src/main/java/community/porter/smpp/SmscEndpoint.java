package community.porter.smpp;

import community.porter.sms.TransportReadiness;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.DefaultEndpoint;

/**
 * {@code smsc:<connectionName>[?options]}: a named SMPP connection to an SMSC. Consuming gives
 * inbound messages and delivery receipts; producing sends an {@code OutboundSms}. Every
 * endpoint of one name shares one bind ({@link SmscSession}). As a {@link TransportReadiness} it
 * tells the outbound routes whether its connection is bound and not throttled, without waiting.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "smsc", title = "SMSC (SMPP 3.4)", syntax = "smsc:connectionName",
        category = {Category.MOBILE})
public class SmscEndpoint extends DefaultEndpoint implements TransportReadiness {

    /** Name of the connection; options registered for it on the component are the base of this endpoint's. */
    @UriPath
    @Metadata(required = true)
    private final String connectionName;

    @UriParam
    private final SmscConfiguration configuration;

    private SmscBinding binding;

    SmscEndpoint(String uri, SmscComponent component, String connectionName, SmscConfiguration configuration) {
        super(uri, component);
        this.connectionName = connectionName;
        this.configuration = configuration;
    }

    @Override
    public SmscComponent getComponent() {
        return (SmscComponent) super.getComponent();
    }

    @Override
    public Producer createProducer() {
        return new SmscProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        SmscConsumer consumer = new SmscConsumer(this, processor);
        configureConsumer(consumer);
        return consumer;
    }

    /** @return the connection name of {@code smsc:<connectionName>} */
    public String getConnectionName() {
        return connectionName;
    }

    /** @return this endpoint's options */
    public SmscConfiguration getConfiguration() {
        return configuration;
    }

    /** @return the current state of this endpoint's connection, DISCONNECTED while nothing uses it */
    public SmscConnectionState getConnectionState() {
        return getComponent().connection(connectionName).orElseGet(() -> SmscConnectionState.unused(connectionName, configuration));
    }

    @Override
    public State readiness() {
        return getComponent().readiness(connectionName);
    }

    synchronized SmscBinding binding() {
        if (binding == null) {
            binding = new SmscBinding(connectionName, configuration);
        }
        return binding;
    }

    SmscSession acquireSession() {
        return getComponent().acquire(connectionName, configuration);
    }

    void releaseSession(SmscSession session) {
        getComponent().release(session);
    }
}

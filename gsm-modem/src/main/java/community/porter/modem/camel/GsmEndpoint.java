package community.porter.modem.camel;

import community.porter.sms.TransportReadiness;
import java.util.List;
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
 * {@code gsm:<pool>[?options]}: a pool of GSM modems on serial ports. Consuming gives inbound
 * messages ({@code InboundSms}) and status reports ({@code DeliveryReceipt}); producing sends an
 * {@code OutboundSms} and answers with its {@code SubmitOutcome}. As a
 * {@link TransportReadiness} it is DOWN while no modem of the pool runs ({@code ?modem=<name>}:
 * while that modem does not run).
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "gsm", title = "GSM modem pool", syntax = "gsm:pool",
        category = {Category.MOBILE})
public class GsmEndpoint extends DefaultEndpoint implements TransportReadiness {

    /** Name of the pool; options registered for it on the component are the base of this endpoint's. */
    @UriPath
    @Metadata(required = true)
    private final String pool;

    @UriParam
    private final GsmConfiguration configuration;

    GsmEndpoint(String uri, GsmComponent component, String pool, GsmConfiguration configuration) {
        super(uri, component);
        this.pool = pool;
        this.configuration = configuration;
    }

    @Override
    public GsmComponent getComponent() {
        return (GsmComponent) super.getComponent();
    }

    @Override
    public Producer createProducer() {
        return new GsmProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        GsmConsumer consumer = new GsmConsumer(this, processor);
        configureConsumer(consumer);
        return consumer;
    }

    /** @return the pool name of {@code gsm:<pool>} */
    public String getPool() {
        return pool;
    }

    /** @return this endpoint's options */
    public GsmConfiguration getConfiguration() {
        return configuration;
    }

    /** @return what each modem of the pool is doing; empty while no endpoint of the pool runs */
    public List<ModemStatus> modemStatus() {
        return getComponent().pool(pool).map(GsmPool::status).orElse(List.of());
    }

    @Override
    public State readiness() {
        return getComponent().pool(pool).map(p -> p.readiness(configuration.getModem())).orElse(State.DOWN);
    }

    GsmPool acquirePool() {
        return getComponent().acquire(pool, configuration);
    }

    void releasePool(GsmPool opened) {
        getComponent().release(opened);
    }
}

package community.porter.modem.camel;

import community.porter.sms.OutboundSms;
import community.porter.sms.SubmitOutcome;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultProducer;

/**
 * Sends the {@code OutboundSms} in the body through the pool and leaves its
 * {@code SubmitOutcome} in the body, the modem in {@link GsmBinding#MODEM_HEADER}. Failures are
 * {@code SendException}s: a temporary +CMS ERROR, a modem down or no modem running is
 * RetryLater; a permanent +CMS ERROR is Rejected with the error's name; no answer after the PDU
 * went is OutcomeUnknown. Synchronous: an AT+CMGS holds its modem anyway.
 */
public class GsmProducer extends DefaultProducer {

    private final GsmEndpoint endpoint;
    private GsmPool pool;

    public GsmProducer(GsmEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        pool = endpoint.acquirePool();
    }

    @Override
    protected void doStop() throws Exception {
        if (pool != null) {
            endpoint.releasePool(pool);
            pool = null;
        }
        super.doStop();
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        OutboundSms sms = exchange.getIn().getMandatoryBody(OutboundSms.class);
        SubmitOutcome outcome = pool.send(sms, endpoint.getConfiguration().getModem());
        exchange.getMessage().setBody(outcome);
        exchange.getMessage().setHeader(GsmBinding.MODEM_HEADER, outcome.connector());
    }
}

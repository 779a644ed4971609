package community.porter.modem.camel;

import community.porter.sms.AcceptanceJournal;
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
        journal(sms, outcome);
        exchange.getMessage().setBody(outcome);
        exchange.getMessage().setHeader(GsmBinding.MODEM_HEADER, outcome.connector());
    }

    /**
     * Every part of a message the modem took, before the route records it: a crash from here on
     * must not send it again. A send that fails half-way is not journaled; its accepted parts
     * reach the outbox with the failure.
     */
    private void journal(OutboundSms sms, SubmitOutcome outcome) {
        AcceptanceJournal journal = endpoint.getConfiguration().getAcceptanceJournal();
        for (int i = 0; i < outcome.partIds().size(); i++) {
            journal.accepted(sms.id(), outcome.connector(), outcome.firstPart() + i, outcome.lastPart(),
                    outcome.partIds().get(i));
        }
    }
}

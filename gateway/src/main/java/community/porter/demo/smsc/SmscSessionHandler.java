package community.porter.demo.smsc;

import com.cloudhopper.smpp.PduAsyncResponse;
import com.cloudhopper.smpp.SmppBindType;
import com.cloudhopper.smpp.SmppConstants;
import com.cloudhopper.smpp.SmppServerSession;
import com.cloudhopper.smpp.impl.DefaultSmppSessionHandler;
import com.cloudhopper.smpp.pdu.EnquireLink;
import com.cloudhopper.smpp.pdu.PduRequest;
import com.cloudhopper.smpp.pdu.PduResponse;
import com.cloudhopper.smpp.pdu.SubmitSm;
import com.cloudhopper.smpp.pdu.Unbind;
import org.slf4j.LoggerFactory;

/**
 * The simulator's side of one bound ESME session: answers what the ESME sends (submit_sm,
 * enquire_link, unbind) and passes the answers to its own deliver_sm to the dispatcher.
 */
final class SmscSessionHandler extends DefaultSmppSessionHandler {

    private final SmppServerSession session;
    private final SubmitProcessor submits;
    private final DeliverDispatcher dispatcher;

    SmscSessionHandler(SmppServerSession session, SubmitProcessor submits, DeliverDispatcher dispatcher) {
        super(LoggerFactory.getLogger(SmscSessionHandler.class));
        this.session = session;
        this.submits = submits;
        this.dispatcher = dispatcher;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public PduResponse firePduRequestReceived(PduRequest request) {
        if (request instanceof SubmitSm submit) {
            if (session.getBindType() == SmppBindType.RECEIVER) {
                return refused(request, SmppConstants.STATUS_INVBNDSTS);
            }
            return submits.process(submit);
        }
        if (request instanceof EnquireLink) {
            return request.createResponse();
        }
        if (request instanceof Unbind) {
            // The ESME closes the connection after our answer; the session ends with it.
            dispatcher.sessionUnbinding(session);
            return request.createResponse();
        }
        // data_sm, query_sm, cancel_sm, replace_sm...: not offered by this simulator.
        return refused(request, SmppConstants.STATUS_INVCMDID);
    }

    @Override
    public void fireExpectedPduResponseReceived(PduAsyncResponse response) {
        dispatcher.responseReceived(response.getRequest(), response.getResponse());
    }

    @Override
    public void firePduRequestExpired(PduRequest request) {
        dispatcher.requestExpired(request);
    }

    private static PduResponse refused(PduRequest<?> request, int status) {
        PduResponse response = request.createResponse();
        response.setCommandStatus(status);
        return response;
    }
}

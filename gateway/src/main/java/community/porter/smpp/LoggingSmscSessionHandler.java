package community.porter.smpp;

import com.cloudhopper.smpp.pdu.BaseSm;
import com.cloudhopper.smpp.pdu.PduResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The handler of a connection that has no consumer (e.g. a transceiver used only to send, or a
 * consumer that is stopping). It logs state changes and answers every deliver_sm with
 * ESME_RX_T_APPN: nobody would store the message, so the SMSC must keep it and deliver it
 * again later rather than have Porter acknowledge and lose it.
 */
public class LoggingSmscSessionHandler implements SmscSessionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(SmscSession.class);

    @Override
    public PduResponse requestReceived(BaseSm<?> request, Reply reply) {
        LOG.warn("{} received while no consumer is attached; answered ESME_RX_T_APPN so the SMSC delivers it again",
                request.getName());
        PduResponse response = request.createResponse();
        response.setCommandStatus(SmscStatus.TEMPORARY_APP_ERROR);
        return response;
    }

    @Override
    public void stateChanged(String connection, SmscConnectionState.State state, String detail) {
        if (detail == null) {
            LOG.info("smsc connection '{}' is {}", connection, state);
        } else if (state == SmscConnectionState.State.DISCONNECTED && !"stopped".equals(detail)) {
            LOG.warn("smsc connection '{}' is {}: {}", connection, state, detail);
        } else {
            LOG.info("smsc connection '{}' is {}: {}", connection, state, detail);
        }
    }
}

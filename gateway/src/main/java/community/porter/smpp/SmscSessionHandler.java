package community.porter.smpp;

import com.cloudhopper.smpp.pdu.BaseSm;
import com.cloudhopper.smpp.pdu.PduResponse;

/**
 * What an {@link SmscSession} tells its user about: messages the SMSC delivers (deliver_sm and
 * data_sm, including receipts) and changes of the connection's state. The consumer implements
 * it; {@link LoggingSmscSessionHandler} stands in while no consumer is attached.
 *
 * <p>Called on the network I/O thread: return quickly and never block.
 */
public interface SmscSessionHandler {

    /**
     * The SMSC delivered a message or receipt.
     *
     * @param request the deliver_sm or data_sm
     * @param reply   how to answer later, from another thread
     * @return the response to send at once, or {@code null} to answer later through
     *         {@code reply} (exactly once)
     */
    PduResponse requestReceived(BaseSm<?> request, Reply reply);

    /**
     * The connection changed state.
     *
     * @param connection the connection name
     * @param state      the new state
     * @param detail     why, e.g. the error that dropped the connection; may be {@code null}
     */
    default void stateChanged(String connection, SmscConnectionState.State state, String detail) {
    }

    /** Sends a response later, on the connection the request came on. */
    interface Reply {

        /**
         * Writes the response. Never call it on the network I/O thread (it waits for the write).
         *
         * @return true when the response was written; false when the connection it belongs to
         *         is gone, so the SMSC will deliver the request again
         */
        boolean send(PduResponse response);
    }
}

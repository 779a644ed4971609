package community.porter.smpp;

import com.cloudhopper.commons.util.windowing.WindowFuture;
import com.cloudhopper.smpp.PduAsyncResponse;
import com.cloudhopper.smpp.SmppConstants;
import com.cloudhopper.smpp.SmppSession;
import com.cloudhopper.smpp.impl.DefaultSmppSessionHandler;
import com.cloudhopper.smpp.pdu.BaseSm;
import com.cloudhopper.smpp.pdu.Pdu;
import com.cloudhopper.smpp.pdu.PduRequest;
import com.cloudhopper.smpp.pdu.PduResponse;
import com.cloudhopper.smpp.pdu.SubmitSmResp;
import com.cloudhopper.smpp.type.RecoverablePduException;
import com.cloudhopper.smpp.type.UnknownCommandIdException;
import com.cloudhopper.smpp.type.UnrecoverablePduException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One bind of an {@link SmscSession}: the Cloudhopper session handler of that bind, and the
 * place where responses for its requests are written. Network events arrive here on the I/O
 * thread; anything that waits (closing, answering unbind) is handed to the lifecycle thread.
 */
final class SmscLink extends DefaultSmppSessionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(SmscSession.class);

    private final SmscSession owner;
    private final Executor lifecycle;
    private final CompletableFuture<SmppSession> session = new CompletableFuture<>();

    SmscLink(SmscSession owner, Executor lifecycle) {
        super(LOG);
        this.owner = owner;
        this.lifecycle = lifecycle;
    }

    void bound(SmppSession bound) {
        session.complete(bound);
    }

    void bindFailed(String why) {
        session.completeExceptionally(new IllegalStateException(why));
    }

    /** @return the Cloudhopper session; only after {@link #bound} */
    SmppSession session() {
        return session.join();
    }

    boolean isBound() {
        return session.isDone() && !session.isCompletedExceptionally() && session.join().isBound();
    }

    int windowInUse() {
        return isBound() ? session.join().getSendWindow().getSize() : 0;
    }

    /**
     * Writes a response on this bind. Waits for the bind to finish if a request raced ahead of
     * it. Never call on the I/O thread.
     *
     * @return false when this bind is gone, so the response could not go out
     */
    boolean reply(PduResponse response) {
        try {
            SmppSession current = session.get(owner.configuration().getBindTimeout().toMillis(), TimeUnit.MILLISECONDS);
            if (!current.isBound()) {
                return false;
            }
            current.sendResponsePdu(response);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            LOG.warn("smsc connection '{}': could not write {}: {}", owner.name(), response.getName(), e.toString());
            return false;
        }
    }

    /** Frees the window slot of a request whose response was given up waiting for. */
    void forget(PduRequest<?> request) {
        try {
            session.join().getSendWindow().cancel(request.getSequenceNumber());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.debug("smsc connection '{}': window slot {} already gone", owner.name(), request.getSequenceNumber());
        }
    }

    /** Closes the channel and fails the requests still waiting for a response. */
    void close(String why) {
        if (!session.isDone() || session.isCompletedExceptionally()) {
            return;
        }
        SmppSession current = session.join();
        failOutstanding(current, why);
        current.destroy();
    }

    /** Unbinds politely, then closes. */
    void unbind(long timeoutMillis) {
        if (!session.isDone() || session.isCompletedExceptionally()) {
            return;
        }
        SmppSession current = session.join();
        try {
            current.unbind(timeoutMillis);
        } catch (RuntimeException e) {
            LOG.debug("smsc connection '{}': unbind: {}", owner.name(), e.toString());
        }
        close("unbound");
    }

    @SuppressWarnings("unchecked")
    private void failOutstanding(SmppSession current, String why) {
        for (WindowFuture<Integer, PduRequest, PduResponse> waiting : current.getSendWindow().createSortedSnapshot().values()) {
            if (waiting.getRequest().getReferenceObject() instanceof CompletableFuture<?> answer) {
                ((CompletableFuture<PduResponse>) answer).completeExceptionally(new SmscTimeoutException(
                        "smsc connection '" + owner.name() + "' lost before " + waiting.getRequest().getName()
                                + "_resp (" + why + ")", null));
            }
        }
    }

    // ---- Cloudhopper events, on the I/O thread ---------------------------------------------

    @Override
    public PduResponse firePduRequestReceived(PduRequest request) {
        switch (request.getCommandId()) {
            case SmppConstants.CMD_ID_ENQUIRE_LINK:
                return request.createResponse();
            case SmppConstants.CMD_ID_UNBIND:
                // Answer and close off the I/O thread; then bind again after the usual back-off.
                later(() -> {
                    reply(request.createResponse());
                    owner.lost(this, "the SMSC unbound");
                });
                return null;
            case SmppConstants.CMD_ID_DELIVER_SM:
            case SmppConstants.CMD_ID_DATA_SM:
                return deliver((BaseSm<?>) request);
            default:
                LOG.warn("smsc connection '{}': {} is not valid towards an ESME; answered generic_nack",
                        owner.name(), request.getName());
                return request.createGenericNack(SmppConstants.STATUS_INVCMDID);
        }
    }

    private PduResponse deliver(BaseSm<?> request) {
        try {
            return owner.handler().requestReceived(request, this::reply);
        } catch (RuntimeException e) {
            // A bug in the consumer must not leave the SMSC's window stuck: ask it to deliver again.
            LOG.error("smsc connection '{}': handling {} failed; answered ESME_RX_T_APPN", owner.name(), request.getName(), e);
            PduResponse response = request.createResponse();
            response.setCommandStatus(SmscStatus.TEMPORARY_APP_ERROR);
            return response;
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public void fireExpectedPduResponseReceived(PduAsyncResponse asyncResponse) {
        if (asyncResponse.getRequest().getReferenceObject() instanceof CompletableFuture<?> answer) {
            ((CompletableFuture<PduResponse>) answer).complete(asyncResponse.getResponse());
        } else {
            LOG.debug("smsc connection '{}': response nobody waits for: {}", owner.name(), asyncResponse.getResponse());
        }
    }

    @Override
    public void fireUnexpectedPduResponseReceived(PduResponse response) {
        if (response instanceof SubmitSmResp late) {
            // Its submit was already reported as outcome unknown; log the id so it can be reconciled.
            LOG.warn("smsc connection '{}': late submit_sm_resp seq {} status {} message id {}", owner.name(),
                    late.getSequenceNumber(), SmscStatus.name(late.getCommandStatus()), late.getMessageId());
        } else {
            LOG.debug("smsc connection '{}': unexpected response {}", owner.name(), response);
        }
    }

    @Override
    public void firePduRequestExpired(PduRequest request) {
        LOG.debug("smsc connection '{}': {} expired", owner.name(), request.getName());
    }

    @Override
    public void fireChannelUnexpectedlyClosed() {
        later(() -> owner.lost(this, "connection closed by the SMSC or the network"));
    }

    @Override
    public void fireUnrecoverablePduException(UnrecoverablePduException e) {
        // The byte stream can no longer be trusted to be framed right: start over.
        LOG.error("smsc connection '{}': unrecoverable PDU error, reconnecting: {}", owner.name(), e.getMessage());
        later(() -> owner.lost(this, "unrecoverable PDU error: " + e.getMessage()));
    }

    @Override
    public void fireRecoverablePduException(RecoverablePduException e) {
        Pdu partial = e.getPartialPdu();
        LOG.warn("smsc connection '{}': undecodable PDU {}: {}", owner.name(), partial, e.getMessage());
        owner.countError();
        if (partial instanceof PduRequest<?> request && partial.hasSequenceNumberAssigned()) {
            // An unknown command gets generic_nack (SMPP 3.4 §4.3); a known one whose body is
            // garbage is refused for good, so the SMSC does not offer it again and again.
            PduResponse response;
            if (e instanceof UnknownCommandIdException) {
                response = request.createGenericNack(SmppConstants.STATUS_INVCMDID);
            } else {
                response = request.createResponse();
                response.setCommandStatus(SmppConstants.STATUS_X_P_APPN);
            }
            later(() -> reply(response));
        }
    }

    /** Runs on the lifecycle thread; once the connection is stopping there is nothing left to do. */
    private void later(Runnable task) {
        try {
            lifecycle.execute(task);
        } catch (RejectedExecutionException e) {
            LOG.debug("smsc connection '{}' is stopping; event ignored", owner.name());
        }
    }

    @Override
    public void fireUnknownThrowable(Throwable t) {
        // Typically "connection reset"; the channel-closed event that follows triggers the re-bind.
        LOG.warn("smsc connection '{}': {}", owner.name(), t.toString());
    }
}

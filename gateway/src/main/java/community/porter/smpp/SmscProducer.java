package community.porter.smpp;

import com.cloudhopper.smpp.pdu.PduResponse;
import com.cloudhopper.smpp.pdu.SubmitSm;
import com.cloudhopper.smpp.pdu.SubmitSmResp;
import community.porter.sms.AcceptanceJournal;
import community.porter.sms.OutboundSms;
import community.porter.sms.SendException;
import community.porter.sms.SubmitOutcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.spi.ThreadPoolProfile;
import org.apache.camel.support.DefaultAsyncProducer;
import org.apache.camel.util.concurrent.ThreadPoolRejectedPolicy;

/**
 * Sends the {@code OutboundSms} in the body: splits it, submits the parts one after the other
 * (a refused part stops the rest, so a throttled message is not left half on the handset and
 * half in Porter), and sets the body to the {@code SubmitOutcome} with each part's id. Fails
 * the exchange with an exception whose type says what to do: {@link SmscUnavailableException}
 * and {@link SmscThrottledException} (retry later), {@link SmscRejectedException} (do not
 * retry), {@link SmscTimeoutException} (outcome unknown), {@link SmscMessageExpiredException}.
 * When earlier parts were accepted before the failure, the exception carries them
 * ({@code accepted()}).
 *
 * <p>A partly sent message ({@code acceptedParts() > 0}) is split again exactly as before (see
 * {@link SmscBinding#submits}) and only the parts after the accepted ones are submitted; it must
 * be pinned to this connection, since another one would not continue the same message.
 *
 * <p>Asynchronous: no thread waits for a submit_sm_resp. The next part, and the rest of the
 * route after the last one, continue on a small pool of this producer.
 */
public class SmscProducer extends DefaultAsyncProducer {

    private static final int CONTINUATION_QUEUE = 1000;

    private final SmscEndpoint endpoint;
    private SmscBinding binding;
    private SmscSession session;
    private AcceptanceJournal journal;
    private ExecutorService continuation;

    public SmscProducer(SmscEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        SmscConfiguration config = endpoint.getConfiguration();
        if (config.getBindType() == SmscConfiguration.BindType.RECEIVER) {
            throw new IllegalStateException("smsc connection '" + endpoint.getConnectionName()
                    + "' binds as RECEIVER and cannot send; send through its TRANSMITTER connection");
        }
        binding = endpoint.binding();
        journal = config.getAcceptanceJournal();
        ThreadPoolProfile profile = new ThreadPoolProfile("SmscProducer");
        profile.setPoolSize(config.getWindowSize());
        profile.setMaxPoolSize(config.getWindowSize());
        profile.setMaxQueueSize(CONTINUATION_QUEUE);
        // Never drop a continuation: an exchange whose callback is lost would hang its route.
        profile.setRejectedPolicy(ThreadPoolRejectedPolicy.CallerRuns);
        continuation = getEndpoint().getCamelContext().getExecutorServiceManager()
                .newThreadPool(this, "SmscProducer[" + endpoint.getConnectionName() + "]", profile);
        session = endpoint.acquireSession();
        session.start();
    }

    @Override
    protected void doStop() throws Exception {
        if (session != null) {
            endpoint.releaseSession(session);
            session = null;
        }
        if (continuation != null) {
            getEndpoint().getCamelContext().getExecutorServiceManager().shutdownGraceful(continuation);
        }
        super.doStop();
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        List<SubmitSm> parts;
        int accepted;
        OutboundSms sms;
        try {
            sms = binding.outbound(exchange);
            if (sms.isPartlySent() && !endpoint.getConnectionName().equals(sms.pinnedTo())) {
                // Its first parts went through another connection; continuing here would not join them.
                throw new SmscUnavailableException("message " + sms.id() + " continues on smsc connection '"
                        + sms.pinnedTo() + "', not '" + endpoint.getConnectionName() + "'", null);
            }
            parts = binding.submits(sms, Instant.now());
            accepted = sms.acceptedParts();
            if (accepted > parts.size()) {
                throw new SmscRejectedException("PARTS_CHANGED", -1, new IllegalStateException("message " + sms.id()
                        + " had " + accepted + " parts accepted but now splits into " + parts.size()));
            }
        } catch (Exception e) {
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        new Submission(exchange, callback, sms.id(), parts, accepted).next();
        return false;
    }

    /** The parts of one message on their way, one at a time, from the first not yet accepted. */
    private final class Submission {
        private final Exchange exchange;
        private final AsyncCallback callback;
        private final long outboxId;
        private final List<SubmitSm> parts;
        private final int skipped;
        private final List<String> partIds = new ArrayList<>();

        Submission(Exchange exchange, AsyncCallback callback, long outboxId, List<SubmitSm> parts, int skipped) {
            this.exchange = exchange;
            this.callback = callback;
            this.outboxId = outboxId;
            this.parts = parts;
            this.skipped = skipped;
        }

        /** @return the index of the part to send next */
        private int current() {
            return skipped + partIds.size();
        }

        void next() {
            if (current() == parts.size()) {
                exchange.getMessage().setBody(binding.outcome(skipped + 1, partIds));
                exchange.getMessage().setHeader(SmscBinding.CONNECTION_HEADER, endpoint.getConnectionName());
                callback.done(false);
                return;
            }
            long wait = session.reserveSendSlot();
            if (wait > 0) {
                CompletableFuture.delayedExecutor(wait, TimeUnit.NANOSECONDS, continuation).execute(this::send);
            } else {
                send();
            }
        }

        private void send() {
            try {
                // The response completes on the network thread; continue on our own pool.
                session.send(parts.get(current())).whenCompleteAsync(this::answered, continuation);
            } catch (RuntimeException e) {
                fail(e);
            }
        }

        private void answered(PduResponse response, Throwable failure) {
            try {
                if (failure != null) {
                    fail(failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure);
                } else if (response.getCommandStatus() != 0 || !(response instanceof SubmitSmResp accepted)) {
                    SendException refused = binding.failure(response, current() + 1);
                    if (refused instanceof SmscThrottledException) {
                        session.throttled();
                    }
                    fail(refused);
                } else {
                    String partId = binding.partId(accepted);
                    partIds.add(partId);
                    // Before anything else: a crash from here on must not send this part again.
                    journal.accepted(outboxId, endpoint.getConnectionName(), current(), parts.size(), partId);
                    next();
                }
            } catch (RuntimeException e) {
                fail(e);
            }
        }

        private void fail(Throwable failure) {
            exchange.setException(withAcceptedParts(failure, binding.outcome(skipped + 1, partIds)));
            callback.done(false);
        }
    }

    /** Failures from the session know nothing of earlier parts; name the accepted ones. */
    static Throwable withAcceptedParts(Throwable failure, SubmitOutcome accepted) {
        if (accepted.isEmpty() || (failure instanceof SendException send && send.accepted().isPresent())) {
            return failure;
        }
        if (failure instanceof SmscThrottledException e) {
            return new SmscThrottledException(e.getMessage(), e.commandStatus(), accepted);
        }
        if (failure instanceof SmscUnavailableException e) {
            return new SmscUnavailableException(e.getMessage(), accepted, e.getCause());
        }
        if (failure instanceof SmscTimeoutException e) {
            return new SmscTimeoutException(e.getMessage(), accepted, e.getCause());
        }
        if (failure instanceof SmscRejectedException e) {
            return new SmscRejectedException(e.reason(), e.commandStatus(), accepted, e.getCause());
        }
        // Anything else (a bug, an unexpected failure): the parts were accepted all the same,
        // and must not be sent again.
        return new SmscUnavailableException("smsc connection sending failed: " + failure, accepted, failure);
    }
}

package community.porter.demo.smsc;

import com.cloudhopper.smpp.SmppBindType;
import com.cloudhopper.smpp.SmppConstants;
import com.cloudhopper.smpp.SmppServerSession;
import com.cloudhopper.smpp.pdu.DeliverSm;
import com.cloudhopper.smpp.pdu.PduRequest;
import com.cloudhopper.smpp.pdu.PduResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store-and-forward side of the simulator: holds the deliver_sm owed to the ESME until a
 * session that can receive them is bound, sends them in order, and offers one again when the
 * ESME refuses it for now, does not answer in time, or its session dies before answering, as a
 * real SMSC does. So Porter sees re-deliveries too, the case its duplicate detection is for.
 *
 * <p>Sending happens on one thread of its own, never on an SMPP I/O thread: waiting for a free
 * slot in the session window there would stop the very responses that free it.
 */
final class DeliverDispatcher {

    private static final Logger log = LoggerFactory.getLogger(DeliverDispatcher.class);

    /** ESME_RX_P_APPN and ESME_RX_R_APPN: the ESME says never offer this one again. */
    private static final int STATUS_PERMANENT_APP_ERROR = 0x65;
    private static final int STATUS_REJECTED_BY_APP = 0x66;

    private final PriorityBlockingQueue<PendingDeliver> queue =
            new PriorityBlockingQueue<>(16, Comparator.comparingLong(PendingDeliver::order));
    private final List<SmppServerSession> receivers = new CopyOnWriteArrayList<>();
    /** Sent and not yet answered, by the PDU object the answer will refer to. */
    private final Map<PduRequest, InFlight> inFlight = new IdentityHashMap<>();
    private final Duration redeliveryDelay;
    private final Duration windowWait;
    private volatile ScheduledExecutorService executor;

    private record InFlight(SmppServerSession session, PendingDeliver deliver) {}

    /**
     * @param redeliveryDelay how long before a refused or lost deliver_sm is offered again
     * @param windowWait      how long to wait for a free slot in a full session window
     */
    DeliverDispatcher(Duration redeliveryDelay, Duration windowWait) {
        this.redeliveryDelay = redeliveryDelay;
        this.windowWait = windowWait;
    }

    /** Starts sending on {@code sendingThread} (a single-threaded executor the caller owns). */
    void start(ScheduledExecutorService sendingThread) {
        this.executor = sendingThread;
        scheduleDrain();
    }

    /** Stops sending; what is queued stays queued for the next start. */
    void stop() {
        this.executor = null;
    }

    /** Queues deliver_sm in their order and sends them as soon as a receiver is bound. */
    void enqueue(Collection<PendingDeliver> delivers) {
        queue.addAll(delivers);
        scheduleDrain();
    }

    /** A session finished binding; transceivers and receivers get the queued deliver_sm. */
    void sessionBound(SmppServerSession session) {
        if (session.getBindType() != SmppBindType.TRANSMITTER) {
            receivers.add(session);
            scheduleDrain();
        }
    }

    /** A session asked to unbind: send it nothing more. */
    void sessionUnbinding(SmppServerSession session) {
        receivers.remove(session);
    }

    /** A session is gone: what it was sent and did not answer is offered again. */
    void sessionClosed(SmppServerSession session) {
        receivers.remove(session);
        List<PendingDeliver> unanswered = new ArrayList<>();
        synchronized (inFlight) {
            inFlight.values().removeIf(entry -> {
                boolean ofSession = entry.session() == session;
                if (ofSession) {
                    unanswered.add(entry.deliver());
                }
                return ofSession;
            });
        }
        if (!unanswered.isEmpty()) {
            log.info("Demo SMSC: session closed with {} unanswered deliver_sm; offering them again", unanswered.size());
            enqueue(unanswered);
        }
    }

    /** The ESME answered a deliver_sm. */
    void responseReceived(PduRequest request, PduResponse response) {
        PendingDeliver deliver = take(request);
        if (deliver == null) {
            return;
        }
        int status = response.getCommandStatus();
        if (status == SmppConstants.STATUS_OK) {
            log.debug("Demo SMSC: {} delivered", deliver);
        } else if (status == STATUS_PERMANENT_APP_ERROR || status == STATUS_REJECTED_BY_APP) {
            log.warn("Demo SMSC: ESME refused {} for good (status 0x{}); dropped", deliver, Integer.toHexString(status));
        } else {
            log.info("Demo SMSC: ESME refused {} for now (status 0x{}); offering it again in {}", deliver,
                    Integer.toHexString(status), redeliveryDelay);
            offerLater(deliver);
        }
    }

    /** The ESME did not answer a deliver_sm in time. */
    void requestExpired(PduRequest request) {
        PendingDeliver deliver = take(request);
        if (deliver != null) {
            log.info("Demo SMSC: no answer to {}; offering it again in {}", deliver, redeliveryDelay);
            offerLater(deliver);
        }
    }

    /** Whether a session that can receive deliver_sm is bound. */
    boolean hasReceiver() {
        return receivers.stream().anyMatch(SmppServerSession::isBound);
    }

    /** Deliver_sm queued or sent and not yet answered. */
    int pending() {
        synchronized (inFlight) {
            return queue.size() + inFlight.size();
        }
    }

    private void scheduleDrain() {
        ScheduledExecutorService current = executor;
        if (current != null) {
            try {
                current.execute(this::drain);
            } catch (RejectedExecutionException stopping) {
                // The simulator is stopping; the queue is kept for the next start.
            }
        }
    }

    private void drain() {
        while (!queue.isEmpty()) {
            SmppServerSession session = receivers.stream().filter(SmppServerSession::isBound).findFirst().orElse(null);
            if (session == null) {
                return; // the next bind drains again
            }
            PendingDeliver next = queue.poll();
            if (next == null || !send(session, next)) {
                return;
            }
        }
    }

    private boolean send(SmppServerSession session, PendingDeliver deliver) {
        DeliverSm pdu;
        try {
            pdu = deliver.toPdu();
        } catch (Exception e) {
            log.error("Demo SMSC: cannot build {}; dropped", deliver, e);
            return true;
        }
        // Registered before sending: the answer may come before sendRequestPdu returns.
        synchronized (inFlight) {
            inFlight.put(pdu, new InFlight(session, deliver));
        }
        try {
            session.sendRequestPdu(pdu, windowWait.toMillis(), false);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            requeueUnsent(pdu);
            return false;
        } catch (Exception e) {
            log.info("Demo SMSC: could not send {} ({}); offering it again in {}", deliver, e.toString(), redeliveryDelay);
            PendingDeliver unsent = take(pdu);
            if (unsent != null) {
                offerLater(unsent);
            }
            return false;
        }
    }

    private void requeueUnsent(PduRequest pdu) {
        PendingDeliver unsent = take(pdu);
        if (unsent != null) {
            queue.add(unsent);
        }
    }

    /** Removes and returns the deliver_sm sent as {@code request}; null when another path took it. */
    private PendingDeliver take(PduRequest request) {
        synchronized (inFlight) {
            InFlight entry = inFlight.remove(request);
            return entry == null ? null : entry.deliver();
        }
    }

    private void offerLater(PendingDeliver deliver) {
        ScheduledExecutorService current = executor;
        if (current == null) {
            queue.add(deliver);
            return;
        }
        try {
            current.schedule(() -> enqueue(List.of(deliver)), redeliveryDelay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopping) {
            queue.add(deliver);
        }
    }
}

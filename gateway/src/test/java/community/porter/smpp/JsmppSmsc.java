package community.porter.smpp;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToIntFunction;
import org.jsmpp.bean.BroadcastSm;
import org.jsmpp.bean.CancelBroadcastSm;
import org.jsmpp.bean.CancelSm;
import org.jsmpp.bean.DataCoding;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.InterfaceVersion;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.QueryBroadcastSm;
import org.jsmpp.bean.QuerySm;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.ReplaceSm;
import org.jsmpp.bean.SubmitMulti;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.BindRequest;
import org.jsmpp.session.BroadcastSmResult;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.QueryBroadcastSmResult;
import org.jsmpp.session.QuerySmResult;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SMPPServerSessionListener;
import org.jsmpp.session.ServerMessageReceiverListener;
import org.jsmpp.session.ServerResponseDeliveryListener;
import org.jsmpp.session.Session;
import org.jsmpp.session.SubmitMultiResult;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.session.connection.ServerConnection;
import org.jsmpp.session.connection.ServerConnectionFactory;
import org.jsmpp.session.connection.socket.ServerSocketConnection;
import org.jsmpp.util.MessageId;

/**
 * An SMSC for tests that is not Porter's own client code: jSMPP's server side, listening on
 * 127.0.0.1 on a free port. It accepts any bind, records every submit_sm and answers it with a
 * fresh hex message id (or the status a test chooses), and delivers MOs and receipts with
 * {@link #deliver}, reporting the deliver_sm_resp status the ESME answered.
 *
 * <pre>{@code
 * try (JsmppSmsc smsc = JsmppSmsc.start()) {
 *     // smsc:main?host=127.0.0.1&port=" + smsc.port() + "&systemId=porter&password=secret
 *     await().until(smsc::isBound);
 *     assertThat(smsc.deliverGsm("+8613800000001", "10086", "KM 1-1").get(5, SECONDS)).isZero();
 * }
 * }</pre>
 */
public final class JsmppSmsc implements AutoCloseable {

    /** jSMPP waits this long for a deliver_sm_resp; tests that hold a response stay well under it. */
    private static final long TRANSACTION_TIMEOUT_MILLIS = 20_000;

    private final ServerSocket socket;
    private final SMPPServerSessionListener listener;
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "jsmpp-smsc");
        thread.setDaemon(true);
        return thread;
    });
    private final List<SMPPServerSession> sessions = new CopyOnWriteArrayList<>();
    private final List<SubmitSm> submits = new CopyOnWriteArrayList<>();
    private final List<String> messageIds = new CopyOnWriteArrayList<>();
    private final AtomicInteger binds = new AtomicInteger();
    private final AtomicLong nextId = new AtomicLong(0x00A0_0000L);
    private volatile ToIntFunction<SubmitSm> submitStatus = submit -> 0;
    private volatile boolean open = true;

    private JsmppSmsc() throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        listener = new SMPPServerSessionListener(socket.getLocalPort(), new LoopbackOnly());
        listener.setMessageReceiverListener(new Receiver());
        threads.execute(this::acceptLoop);
    }

    /** Starts an SMSC on 127.0.0.1 and a free port. */
    public static JsmppSmsc start() throws IOException {
        return new JsmppSmsc();
    }

    /** @return the port to bind to */
    public int port() {
        return socket.getLocalPort();
    }

    /** @return how many binds were accepted since start (a re-bind after a drop counts again) */
    public int binds() {
        return binds.get();
    }

    /** @return whether an ESME is bound now */
    public boolean isBound() {
        return sessions.stream().anyMatch(s -> s.getSessionState().isBound());
    }

    /** @return every submit_sm received, in order, including refused ones */
    public List<SubmitSm> submits() {
        return List.copyOf(submits);
    }

    /** @return the message ids given to accepted submits, in order */
    public List<String> messageIds() {
        return List.copyOf(messageIds);
    }

    /** Answers submit_sm with the status the function returns (0 accepts with a new id). */
    public void answerSubmits(ToIntFunction<SubmitSm> status) {
        this.submitStatus = status;
    }

    /** Delivers a GSM 03.38 text (ASCII letters, digits and blanks map one to one), data_coding 0. */
    public CompletableFuture<Integer> deliverGsm(String from, String to, String text) {
        return deliver(from, to, DataCodings.ZERO, new ESMClass(), text.getBytes(StandardCharsets.US_ASCII));
    }

    /** Delivers a text as UCS-2 (UTF-16BE), data_coding 8. */
    public CompletableFuture<Integer> deliverUcs2(String from, String to, String text) {
        return deliver(from, to, DataCodings.newInstance((byte) 0x08), new ESMClass(), text.getBytes(StandardCharsets.UTF_16BE));
    }

    /**
     * Delivers a deliver_sm on the bound session from another thread.
     *
     * @param from addresses starting with {@code +} go out as TON international
     * @return completes with the command_status of the deliver_sm_resp (0 for ESME_ROK), or
     *         exceptionally when none came or the connection failed
     */
    public CompletableFuture<Integer> deliver(String from, String to, DataCoding dataCoding, ESMClass esmClass,
            byte[] shortMessage, OptionalParameter... tlvs) {
        SMPPServerSession session = boundSession();
        return CompletableFuture.supplyAsync(() -> {
            try {
                session.deliverShortMessage("", ton(from), NumberingPlanIndicator.ISDN, digits(from),
                        ton(to), NumberingPlanIndicator.ISDN, digits(to), esmClass, (byte) 0, (byte) 0,
                        new RegisteredDelivery(0), dataCoding, shortMessage, tlvs);
                return 0;
            } catch (NegativeResponseException e) {
                return e.getCommandStatus();
            } catch (Exception e) {
                throw new IllegalStateException("deliver_sm failed: " + e, e);
            }
        }, threads);
    }

    /** Closes every connection abruptly, as an SMSC restart or a network fault would. */
    public void dropConnections() {
        sessions.forEach(SMPPServerSession::close);
        sessions.clear();
    }

    /** Sends unbind on every session and closes it, as an SMSC going into maintenance does. */
    public void unbindAll() {
        sessions.forEach(SMPPServerSession::unbindAndClose);
        sessions.clear();
    }

    // ---- separate TRANSMITTER and RECEIVER binds ----------------------------------------------

    /** @return the state of every open bind, e.g. {@code BOUND_TX}, {@code BOUND_RX}, {@code BOUND_TRX} */
    public List<String> bindStates() {
        return sessions.stream().map(s -> s.getSessionState().name()).toList();
    }

    /**
     * Delivers a GSM text like {@link #deliverGsm}, but on a bind that may receive (RX or TRX),
     * for an ESME that binds TX and RX separately.
     */
    public CompletableFuture<Integer> deliverGsmToReceiver(String from, String to, String text) {
        SMPPServerSession receiver = null;
        for (SMPPServerSession session : sessions) {
            if (session.getSessionState().isReceivable()) {
                receiver = session;
            }
        }
        if (receiver == null) {
            throw new IllegalStateException("no ESME is bound as receiver");
        }
        SMPPServerSession chosen = receiver;
        return CompletableFuture.supplyAsync(() -> {
            try {
                chosen.deliverShortMessage("", ton(from), NumberingPlanIndicator.ISDN, digits(from), ton(to),
                        NumberingPlanIndicator.ISDN, digits(to), new ESMClass(), (byte) 0, (byte) 0, new RegisteredDelivery(0),
                        DataCodings.ZERO, text.getBytes(StandardCharsets.US_ASCII));
                return 0;
            } catch (NegativeResponseException e) {
                return e.getCommandStatus();
            } catch (Exception e) {
                throw new IllegalStateException("deliver_sm failed: " + e, e);
            }
        }, threads);
    }

    // ---- what became of submit_sm_resp, and drops right after one ------------------------------

    /**
     * What became of the response to one accepted submit_sm.
     *
     * @param messageId the id the SMSC gave it
     * @param bindId    the bind it came on (each re-bind is a new one)
     * @param written   whether the response was written to the socket; false when the connection
     *                  was closed first, so the ESME cannot have had it
     */
    public record SubmitResponse(String messageId, String bindId, boolean written) {
    }

    private final List<SubmitResponse> submitResponses = new CopyOnWriteArrayList<>();
    private final AtomicInteger dropsAfterResponse = new AtomicInteger();
    private final AtomicInteger dropsDone = new AtomicInteger();
    private volatile boolean recordingResponses;

    /**
     * Starts recording, for every accepted submit_sm from now on, whether its response went out
     * and on which bind ({@link #submitResponses()}); needed by {@link #dropAfterNextSubmitResponse()}.
     */
    public void recordSubmitResponses() {
        if (!recordingResponses) {
            recordingResponses = true;
            ResponseTracker tracker = new ResponseTracker();
            listener.setResponseDeliveryListener(tracker);
            sessions.forEach(s -> s.setResponseDeliveryListener(tracker));
        }
    }

    /** @return the recorded fate of every accepted submit's response, in the order they were written */
    public List<SubmitResponse> submitResponses() {
        return List.copyOf(submitResponses);
    }

    /**
     * Closes the connection abruptly right after the next submit_sm_resp is written: between a
     * response and the next request, where an ESME loses no response it was sent. (Requests that
     * the ESME had already sent, and responses the SMSC was still writing, are lost as in any
     * drop; {@link #submitResponses()} tells which responses went out.)
     */
    public void dropAfterNextSubmitResponse() {
        recordSubmitResponses();
        dropsAfterResponse.incrementAndGet();
    }

    /**
     * Makes binds from now on handle their PDUs one at a time, in arrival order, as many SMSCs do:
     * then the n-th accepted submit_sm is the one given the n-th of {@link #messageIds()}, and its
     * response is the n-th of {@link #submitResponses()}.
     */
    public void processPdusOneAtATime() {
        listener.setPduProcessorDegree(1);
    }

    /** @return how many drops asked for with {@link #dropAfterNextSubmitResponse()} were done */
    public int dropsAfterResponseDone() {
        return dropsDone.get();
    }

    private final class ResponseTracker implements ServerResponseDeliveryListener {
        @Override
        public void onSubmitSmRespSent(SubmitSmResult result, SMPPServerSession session) {
            submitResponses.add(new SubmitResponse(result.getMessageId(), session.getSessionId(), true));
            if (dropsAfterResponse.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                sessions.remove(session);
                session.close();
                dropsDone.incrementAndGet();
            }
        }

        @Override
        public void onSubmitSmRespError(SubmitSmResult result, Exception e, SMPPServerSession session) {
            submitResponses.add(new SubmitResponse(result.getMessageId(), session.getSessionId(), false));
        }

        @Override
        public void onSubmitMultiRespSent(SubmitMultiResult result, SMPPServerSession session) {
        }

        @Override
        public void onSubmitMultiRespError(SubmitMultiResult result, Exception e, SMPPServerSession session) {
        }
    }

    @Override
    public void close() {
        open = false;
        dropConnections();
        try {
            listener.close();
        } catch (IOException e) {
            // closing anyway
        }
        threads.shutdownNow();
    }

    private SMPPServerSession boundSession() {
        for (int i = sessions.size() - 1; i >= 0; i--) {
            SMPPServerSession session = sessions.get(i);
            if (session.getSessionState().isBound()) {
                return session;
            }
        }
        throw new IllegalStateException("no ESME is bound");
    }

    private void acceptLoop() {
        while (open) {
            try {
                SMPPServerSession session = listener.accept();
                threads.execute(() -> bind(session));
            } catch (IOException e) {
                if (open) {
                    throw new IllegalStateException("jsmpp smsc stopped accepting", e);
                }
            }
        }
    }

    private void bind(SMPPServerSession session) {
        try {
            BindRequest request = session.waitForBind(5_000);
            session.setTransactionTimer(TRANSACTION_TIMEOUT_MILLIS);
            request.accept("jsmpp-smsc", InterfaceVersion.IF_34);
            sessions.add(session);
            binds.incrementAndGet();
        } catch (Exception e) {
            session.close();
        }
    }

    private static TypeOfNumber ton(String address) {
        return address.startsWith("+") ? TypeOfNumber.INTERNATIONAL : TypeOfNumber.UNKNOWN;
    }

    private static String digits(String address) {
        return address.startsWith("+") ? address.substring(1) : address;
    }

    /** Hands jSMPP the socket already bound to 127.0.0.1, instead of one on every interface. */
    private final class LoopbackOnly implements ServerConnectionFactory {
        @Override
        public ServerConnection listen(int port) {
            return new ServerSocketConnection(socket);
        }

        @Override
        public ServerConnection listen(int port, int timeout) throws IOException {
            socket.setSoTimeout(timeout);
            return new ServerSocketConnection(socket);
        }

        @Override
        public ServerConnection listen(int port, int timeout, int backlog) throws IOException {
            return listen(port, timeout);
        }
    }

    private final class Receiver implements ServerMessageReceiverListener {
        @Override
        public SubmitSmResult onAcceptSubmitSm(SubmitSm submit, SMPPServerSession session) throws ProcessRequestException {
            submits.add(submit);
            int status = submitStatus.applyAsInt(submit);
            if (status != 0) {
                throw new ProcessRequestException("refused by test", status);
            }
            String id = Long.toHexString(nextId.getAndIncrement());
            messageIds.add(id);
            try {
                return new SubmitSmResult(new MessageId(id), new OptionalParameter[0]);
            } catch (Exception e) {
                throw new ProcessRequestException("bad message id", 0x08, e);
            }
        }

        @Override
        public SubmitMultiResult onAcceptSubmitMulti(SubmitMulti submitMulti, SMPPServerSession session) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public QuerySmResult onAcceptQuerySm(QuerySm querySm, SMPPServerSession session) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public void onAcceptReplaceSm(ReplaceSm replaceSm, SMPPServerSession session) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public void onAcceptCancelSm(CancelSm cancelSm, SMPPServerSession session) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public BroadcastSmResult onAcceptBroadcastSm(BroadcastSm broadcastSm, SMPPServerSession session) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public void onAcceptCancelBroadcastSm(CancelBroadcastSm cancel, SMPPServerSession session) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public QueryBroadcastSmResult onAcceptQueryBroadcastSm(QueryBroadcastSm query, SMPPServerSession session)
                throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public DataSmResult onAcceptDataSm(DataSm dataSm, Session session) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }
    }
}

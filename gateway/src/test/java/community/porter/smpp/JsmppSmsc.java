package community.porter.smpp;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
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
    private volatile BiConsumer<SubmitSm, String> beforeSubmitResponse = (submit, id) -> { };
    private volatile boolean open = true;
    private final List<SubmitSm> accepted = new CopyOnWriteArrayList<>();
    private final Set<SMPPServerSession> closing = ConcurrentHashMap.newKeySet();
    private final AtomicInteger acceptBeforeDrop = new AtomicInteger(-1);
    private volatile boolean refusingBinds;

    private JsmppSmsc() throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        listener = new SMPPServerSessionListener(socket.getLocalPort(), new LoopbackOnly());
        listener.setMessageReceiverListener(new Receiver());
        // One listener for every response-driven behaviour: jSMPP keeps only one.
        listener.setResponseDeliveryListener(new ResponseTracker());
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

    /**
     * Runs {@code action} with each accepted submit_sm and the message id it is about to be
     * answered with, before its submit_sm_resp is written. A test delivers a receipt here, and
     * waits for its deliver_sm_resp, to make the receipt overtake the response as some SMSCs do.
     * The action runs on one of jSMPP's three PDU threads: hold at most two responses at once.
     */
    public void beforeSubmitResponse(BiConsumer<SubmitSm, String> action) {
        this.beforeSubmitResponse = action;
    }

    /**
     * Delivers a delivery receipt for an accepted submit: from the submit's destination to its
     * source, esm_class 0x04 (SMSC delivery receipt), data_coding 0.
     *
     * @param text the receipt text (see {@link #receiptText}), or empty for a receipt in TLVs only
     * @param tlvs e.g. receipted_message_id (0x001E) and message_state (0x0427)
     * @return completes with the command_status of the deliver_sm_resp
     */
    public CompletableFuture<Integer> deliverReceipt(SubmitSm submit, String text, OptionalParameter... tlvs) {
        String handset = (submit.getDestAddrTon() == TypeOfNumber.INTERNATIONAL.value() ? "+" : "") + submit.getDestAddress();
        String esme = submit.getSourceAddr() == null ? "" : submit.getSourceAddr();
        return deliver(handset, esme, DataCodings.ZERO, new ESMClass(0x04),
                text.getBytes(StandardCharsets.US_ASCII), tlvs);
    }

    /**
     * The text form of a delivery receipt (SMPP 3.4 Appendix B), submitted and done a minute ago:
     * {@code id:<id> sub:001 dlvrd:<001|000> submit date:… done date:… stat:<stat> err:<err> text:}.
     */
    public static String receiptText(String id, String stat, String err) {
        String date = LocalDateTime.now(ZoneOffset.UTC).minusMinutes(1).format(DateTimeFormatter.ofPattern("yyMMddHHmm"));
        return "id:" + id + " sub:001 dlvrd:" + ("DELIVRD".equals(stat) ? "001" : "000") + " submit date:" + date
                + " done date:" + date + " stat:" + stat + " err:" + err + " text:";
    }

    /** @return the submit_sm accepted (answered with a message id), in order */
    public List<SubmitSm> acceptedSubmits() {
        return List.copyOf(accepted);
    }

    /**
     * Accepts {@code submits} more submit_sm, then, once the submit_sm_resp of the last of them
     * is written, closes that connection abruptly, as a network fault right after an answer
     * would. A submit arriving on that connection in between is refused with ESME_RSYSERR.
     */
    public void dropAfterAccepting(int submits) {
        acceptBeforeDrop.set(submits);
    }

    /**
     * While {@code refuse} is true, every bind is answered ESME_RBINDFAIL and the connection
     * closed: with {@link #dropConnections()}, an SMSC that is down for maintenance.
     */
    public void refuseBinds(boolean refuse) {
        this.refusingBinds = refuse;
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
        return deliverVia(boundSession(), from, to, dataCoding, esmClass, shortMessage, tlvs);
    }

    /**
     * What one deliver_sm carries besides its addresses.
     *
     * @param dataCoding   data_coding
     * @param esmClass     esm_class
     * @param shortMessage short_message, empty when the text travels in message_payload
     * @param tlvs         optional parameters
     */
    public record Content(DataCoding dataCoding, ESMClass esmClass, byte[] shortMessage, OptionalParameter... tlvs) {

        /** The same content with {@code more} TLVs (e.g. the SMSC's own message id). */
        public Content with(OptionalParameter... more) {
            OptionalParameter[] all = java.util.Arrays.copyOf(tlvs, tlvs.length + more.length);
            System.arraycopy(more, 0, all, tlvs.length, more.length);
            return new Content(dataCoding, esmClass, shortMessage, all);
        }
    }

    /** Code units of UCS-2 text in one part of a concatenated message: 140 octets less a 6-octet header. */
    public static final int UCS2_PART_UNITS = 67;

    /**
     * Splits a text into the UCS-2 parts a handset would send: at most {@value #UCS2_PART_UNITS}
     * UTF-16 code units each, a surrogate pair (an emoji) never cut in two.
     */
    public static List<String> ucs2Parts(String text) {
        List<String> parts = new java.util.ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = Math.min(start + UCS2_PART_UNITS, text.length());
            if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
            parts.add(text.substring(start, end));
            start = end;
        }
        return parts;
    }

    /** One UCS-2 part of a long MO with an 8-bit concatenation header (IEI 0x00), esm_class UDHI. */
    public static Content udhPart(int reference, int total, int sequence, String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_16BE);
        byte[] data = new byte[6 + body.length];
        data[0] = 0x05;
        data[1] = 0x00;
        data[2] = 0x03;
        data[3] = (byte) reference;
        data[4] = (byte) total;
        data[5] = (byte) sequence;
        System.arraycopy(body, 0, data, 6, body.length);
        return new Content(DataCodings.newInstance((byte) 0x08), new ESMClass(0x40), data);
    }

    /** One UCS-2 part of a long MO tied to the others by the sar_* TLVs, no header. */
    public static Content sarPart(int reference, int total, int sequence, String text) {
        return new Content(DataCodings.newInstance((byte) 0x08), new ESMClass(), text.getBytes(StandardCharsets.UTF_16BE),
                new OptionalParameter.Short((short) 0x020C, (short) reference),
                new OptionalParameter.Byte((short) 0x020E, (byte) total),
                new OptionalParameter.Byte((short) 0x020F, (byte) sequence));
    }

    /** A whole UCS-2 text in the message_payload TLV, short_message empty. */
    public static Content payload(String text) {
        return new Content(DataCodings.newInstance((byte) 0x08), new ESMClass(), new byte[0],
                new OptionalParameter.OctetString((short) 0x0424, text.getBytes(StandardCharsets.UTF_16BE)));
    }

    /** Delivers {@code content} on the most recently bound session; see {@link #deliver(String, String, DataCoding, ESMClass, byte[], OptionalParameter...)}. */
    public CompletableFuture<Integer> deliver(String from, String to, Content content) {
        return deliver(from, to, content.dataCoding(), content.esmClass(), content.shortMessage(), content.tlvs());
    }

    /**
     * Delivers {@code content} on one of several binds, as an SMSC spreading an account's
     * traffic over them does.
     *
     * @param bind which bound session, 0 for the one bound first
     */
    public CompletableFuture<Integer> deliverOn(int bind, String from, String to, Content content) {
        List<SMPPServerSession> bound = sessions.stream().filter(s -> s.getSessionState().isBound()).toList();
        if (bind >= bound.size()) {
            throw new IllegalStateException("only " + bound.size() + " ESME sessions are bound");
        }
        return deliverVia(bound.get(bind), from, to, content.dataCoding(), content.esmClass(), content.shortMessage(),
                content.tlvs());
    }

    /** @return how many sessions are bound now */
    public int boundSessions() {
        return (int) sessions.stream().filter(s -> s.getSessionState().isBound()).count();
    }

    /** The text of a submit_sm that carries it in message_payload, read as UCS-2; null without one. */
    public static String payloadText(SubmitSm submit) {
        OptionalParameter payload = submit.getOptionalParameter(OptionalParameter.Tag.MESSAGE_PAYLOAD);
        return payload instanceof OptionalParameter.OctetString octets
                ? new String(octets.getValue(), StandardCharsets.UTF_16BE) : null;
    }

    private CompletableFuture<Integer> deliverVia(SMPPServerSession session, String from, String to, DataCoding dataCoding,
            ESMClass esmClass, byte[] shortMessage, OptionalParameter... tlvs) {
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
        recordingResponses = true;
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

    /**
     * Records responses ({@link #recordSubmitResponses()}), drops after the next one
     * ({@link #dropAfterNextSubmitResponse()}) and closes a connection marked by
     * {@link #dropAfterAccepting} once its last answer is out.
     */
    private final class ResponseTracker implements ServerResponseDeliveryListener {
        @Override
        public void onSubmitSmRespSent(SubmitSmResult result, SMPPServerSession session) {
            // A connection marked closing stays marked, so whatever still arrives on it is refused until it is closed.
            if (closing.contains(session) && sessions.remove(session)) {
                threads.execute(session::close);
            }
            if (!recordingResponses) {
                return;
            }
            submitResponses.add(new SubmitResponse(result.getMessageId(), session.getSessionId(), true));
            if (dropsAfterResponse.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                sessions.remove(session);
                session.close();
                dropsDone.incrementAndGet();
            }
        }

        @Override
        public void onSubmitSmRespError(SubmitSmResult result, Exception e, SMPPServerSession session) {
            if (recordingResponses) {
                submitResponses.add(new SubmitResponse(result.getMessageId(), session.getSessionId(), false));
            }
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
            if (refusingBinds) {
                request.reject(0x0D);
                session.close();
                return;
            }
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
            if (closing.contains(session)) {
                throw new ProcessRequestException("connection closing", 0x08);
            }
            int status = submitStatus.applyAsInt(submit);
            if (status != 0) {
                throw new ProcessRequestException("refused by test", status);
            }
            String id = Long.toHexString(nextId.getAndIncrement());
            messageIds.add(id);
            accepted.add(submit);
            if (acceptBeforeDrop.get() > 0 && acceptBeforeDrop.decrementAndGet() == 0) {
                closing.add(session);
            }
            beforeSubmitResponse.accept(submit, id);
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

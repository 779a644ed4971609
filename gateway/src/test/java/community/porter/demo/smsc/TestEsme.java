package community.porter.demo.smsc;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DataCodings;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.SMPPSession;

/**
 * An ESME that is not Porter's code: jSMPP's client, bound over real TCP to the simulator. It
 * keeps every deliver_sm it accepts and can refuse the next ones to show re-delivery.
 */
final class TestEsme implements AutoCloseable {

    /** ESME_RX_T_APPN: "temporary application error, try again later". */
    static final int TEMPORARY_APP_ERROR = 0x64;

    private final ProbingSession session = new ProbingSession();
    private final List<DeliverSm> accepted = new CopyOnWriteArrayList<>();
    private final AtomicInteger refuseNext = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();

    private TestEsme() {
        session.setMessageReceiverListener(new Listener());
    }

    /** Binds a transceiver to the simulator on 127.0.0.1. */
    static TestEsme bind(int port, String systemId, String password) throws IOException {
        return bind(port, systemId, password, BindType.BIND_TRX);
    }

    static TestEsme bind(int port, String systemId, String password, BindType type) throws IOException {
        return bind(port, systemId, password, type, 5_000);
    }

    static TestEsme bind(int port, String systemId, String password, BindType type, long timeoutMillis)
            throws IOException {
        TestEsme esme = new TestEsme();
        esme.session.connectAndBind("127.0.0.1", port, new BindParameter(type, systemId, password, "",
                TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, null), timeoutMillis);
        return esme;
    }

    /** Every deliver_sm accepted so far, receipts included, in arrival order. */
    List<DeliverSm> accepted() {
        return List.copyOf(accepted);
    }

    /** The accepted deliver_sm that are messages from phones, not receipts. */
    List<DeliverSm> messages() {
        return accepted.stream().filter(d -> !d.isSmscDeliveryReceipt()).toList();
    }

    /** The accepted delivery receipts. */
    List<DeliverSm> receipts() {
        return accepted.stream().filter(DeliverSm::isSmscDeliveryReceipt).toList();
    }

    /** The next {@code count} deliver_sm are answered ESME_RX_T_APPN. */
    void refuseNext(int count) {
        refuseNext.set(count);
    }

    int refusedCount() {
        return refused.get();
    }

    /** Submits one short message from Porter's service number and returns the SMSC's id for it. */
    String submit(TypeOfNumber destinationTon, String destination, byte esmClass, byte dataCoding,
            byte registeredDelivery, byte[] shortMessage, OptionalParameter... tlvs) throws Exception {
        return session.submitShortMessage("", TypeOfNumber.UNKNOWN, NumberingPlanIndicator.ISDN, "10690000",
                destinationTon, NumberingPlanIndicator.ISDN, destination, new ESMClass(esmClass), (byte) 0, (byte) 1,
                null, null, new RegisteredDelivery(registeredDelivery), (byte) 0, DataCodings.newInstance(dataCoding),
                (byte) 0, shortMessage, tlvs).getMessageId();
    }

    /** Sends enquire_link and waits for its answer; throws when none comes. */
    void enquireLink() throws Exception {
        session.probe();
    }

    /** Sends unbind and waits for unbind_resp; throws when none comes. */
    void unbind() throws IOException {
        session.unbind();
    }

    boolean isBound() {
        return session.getSessionState().isBound();
    }

    @Override
    public void close() {
        session.unbindAndClose();
    }

    private final class Listener implements MessageReceiverListener {

        @Override
        public void onAcceptDeliverSm(DeliverSm deliverSm) throws ProcessRequestException {
            if (refuseNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                refused.incrementAndGet();
                throw new ProcessRequestException("busy, try later", TEMPORARY_APP_ERROR);
            }
            accepted.add(deliverSm);
        }

        @Override
        public void onAcceptAlertNotification(AlertNotification alertNotification) {
        }

        @Override
        public DataSmResult onAcceptDataSm(DataSm dataSm, org.jsmpp.session.Session source) {
            throw new UnsupportedOperationException("data_sm not expected");
        }
    }

    /** jSMPP keeps its enquire_link to itself; a subclass may send one when told. */
    private static final class ProbingSession extends SMPPSession {
        void probe() throws Exception {
            sendEnquireLink();
        }
    }
}

package community.porter.demo.smsc;

import com.cloudhopper.smpp.SmppConstants;
import com.cloudhopper.smpp.SmppServerConfiguration;
import com.cloudhopper.smpp.SmppServerHandler;
import com.cloudhopper.smpp.SmppServerSession;
import com.cloudhopper.smpp.SmppSessionConfiguration;
import com.cloudhopper.smpp.impl.DefaultSmppServer;
import com.cloudhopper.smpp.pdu.BaseBind;
import com.cloudhopper.smpp.pdu.BaseBindResp;
import com.cloudhopper.smpp.type.SmppChannelException;
import com.cloudhopper.smpp.type.SmppProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's SMSC: an SMPP 3.4 server on the loopback interface that Porter binds to like to
 * any SMSC, with simulated phones behind it. A phone's message goes to the bound ESME as
 * deliver_sm (stored until an ESME that can receive is bound); what the ESME submits is shown
 * on the destination phone, and answered with a delivery receipt when asked.
 *
 * <p>Plain Java with {@link #start()}, {@link #stop()} and {@link #isRunning()}, so the
 * application can wrap it in a Spring {@code SmartLifecycle} that starts it before Porter's
 * SMPP connector. Conversations survive a stop; so do messages not yet delivered.
 */
public final class DemoSmsc {

    private static final Logger log = LoggerFactory.getLogger(DemoSmsc.class);
    private static final String LOOPBACK = "127.0.0.1";
    private static final int FREE_PORT_ATTEMPTS = 5;

    private final DemoSmscSettings settings;
    private final ConversationStore conversations;
    private final DeliverSmFactory delivers;
    private final DeliverDispatcher dispatcher;
    private final SubmitProcessor submits;
    private final AtomicInteger concatReference = new AtomicInteger();
    private final AtomicLong deliverOrder = new AtomicLong();

    private DefaultSmppServer server;
    private ExecutorService ioThreads;
    private ScheduledExecutorService monitorThread;
    private ScheduledExecutorService dispatchThread;
    private volatile int boundPort = -1;

    /** A simulator on the system clock and time zone. */
    public DemoSmsc(DemoSmscSettings settings) {
        this(settings, Clock.systemDefaultZone());
    }

    /**
     * @param settings how it listens and behaves
     * @param clock    time of messages, receipts and part timeouts; its zone is the SMSC's
     *                 local time in receipts
     */
    public DemoSmsc(DemoSmscSettings settings, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.conversations = new ConversationStore(clock, settings.conversationLimit());
        this.delivers = new DeliverSmFactory(settings.maxParts(), settings.serviceNumber(), clock.getZone(),
                deliverOrder::incrementAndGet);
        this.dispatcher = new DeliverDispatcher(settings.redeliveryDelay(), settings.requestTimeout());
        this.submits = new SubmitProcessor(settings, clock, conversations, delivers, dispatcher::enqueue);
    }

    /**
     * Starts listening. With port 0 a free port is chosen; {@link #port()} tells which.
     *
     * @throws IllegalStateException when the port cannot be bound
     */
    public synchronized void start() {
        if (server != null) {
            return;
        }
        dispatchThread = Executors.newSingleThreadScheduledExecutor(daemonThreads("demo-smsc-dispatch"));
        try {
            server = listen();
        } catch (RuntimeException e) {
            dispatchThread.shutdownNow();
            throw e;
        }
        dispatcher.start(dispatchThread);
        submits.start(dispatchThread);
        log.info("Demo SMSC listening on {}:{} (system id '{}', service number {})", LOOPBACK, boundPort,
                settings.systemId(), settings.serviceNumber());
    }

    /** Closes every session and stops listening; undelivered messages wait for the next start. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        submits.stop();
        dispatcher.stop();
        server.destroy();
        ioThreads.shutdownNow();
        monitorThread.shutdownNow();
        dispatchThread.shutdownNow();
        server = null;
        boundPort = -1;
        log.info("Demo SMSC stopped");
    }

    /** Whether it is listening. */
    public synchronized boolean isRunning() {
        return server != null;
    }

    /**
     * The port it listens on, on {@code 127.0.0.1}.
     *
     * @throws IllegalStateException when it is not running
     */
    public int port() {
        int port = boundPort;
        if (port < 0) {
            throw new IllegalStateException("demo SMSC is not running");
        }
        return port;
    }

    /** The settings it was made with. */
    public DemoSmscSettings settings() {
        return settings;
    }

    /** The simulated phones' conversations; add a listener here to hear of every message. */
    public ConversationStore conversations() {
        return conversations;
    }

    /**
     * A phone sends a message to the service number. It is recorded in the phone's
     * conversation at once and reaches the ESME as deliver_sm, in parts when long; with no
     * ESME bound to receive, it waits for one, as a real SMSC stores messages.
     *
     * @param fromPhone the phone, E.164 ({@code +8613800000001})
     * @param text      what the phone sends
     * @throws IllegalArgumentException when the phone is not a number or the text is too long
     */
    public void deliver(String fromPhone, String text) {
        Objects.requireNonNull(text, "text");
        String digits = PhoneNumbers.digitsOf(fromPhone);
        // Split before recording: a text too long to send must not appear as sent.
        List<PendingDeliver> parts = delivers.mobileOriginated(digits, text, concatReference.incrementAndGet() & 0xFF);
        conversations.record("+" + digits, true, text);
        dispatcher.enqueue(parts);
    }

    /** Whether an ESME is bound that can receive deliver_sm (transceiver or receiver). */
    public boolean hasReceiver() {
        return dispatcher.hasReceiver();
    }

    /** Deliver_sm (message parts and receipts) waiting for an ESME or for its answer. */
    public int pendingDeliveries() {
        return dispatcher.pending();
    }

    private DefaultSmppServer listen() {
        if (settings.port() != 0) {
            return listenOn(settings.port());
        }
        // Cloudhopper does not tell which port an ephemeral bind got, so a free port is found
        // first; should another process take it in between, another one is tried.
        for (int attempt = 1;; attempt++) {
            try {
                return listenOn(freeLoopbackPort());
            } catch (IllegalStateException e) {
                if (attempt == FREE_PORT_ATTEMPTS) {
                    throw e;
                }
                log.debug("Demo SMSC: port taken meanwhile, trying another", e);
            }
        }
    }

    private DefaultSmppServer listenOn(int port) {
        SmppServerConfiguration configuration = new SmppServerConfiguration();
        configuration.setName("demo-smsc");
        configuration.setHost(LOOPBACK);
        configuration.setPort(port);
        configuration.setSystemId("PorterDemoSMSC");
        configuration.setMaxConnectionSize(8);
        configuration.setNonBlockingSocketsEnabled(true);
        configuration.setJmxEnabled(false);
        configuration.setDefaultWindowSize(10);
        configuration.setDefaultRequestExpiryTimeout(settings.requestTimeout().toMillis());
        configuration.setDefaultWindowMonitorInterval(Math.max(100, settings.requestTimeout().toMillis() / 4));
        configuration.setDefaultWindowWaitTimeout(settings.requestTimeout().toMillis());

        ioThreads = Executors.newCachedThreadPool(daemonThreads("demo-smsc-io"));
        monitorThread = Executors.newSingleThreadScheduledExecutor(daemonThreads("demo-smsc-monitor"));
        DefaultSmppServer candidate = new DefaultSmppServer(configuration, new BindHandler(), ioThreads, monitorThread);
        try {
            candidate.start();
        } catch (SmppChannelException e) {
            candidate.destroy();
            ioThreads.shutdownNow();
            monitorThread.shutdownNow();
            throw new IllegalStateException("demo SMSC cannot listen on " + LOOPBACK + ":" + port + ": " + e.getMessage(), e);
        }
        boundPort = port;
        return candidate;
    }

    private static int freeLoopbackPort() {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on " + LOOPBACK, e);
        }
    }

    private static ThreadFactory daemonThreads(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Admits ESMEs with the configured credentials and gives each session its handler. */
    private final class BindHandler implements SmppServerHandler {

        @Override
        public void sessionBindRequested(Long sessionId, SmppSessionConfiguration configuration, BaseBind bind)
                throws SmppProcessingException {
            // The same answer for a wrong system id as for a wrong password: which system ids
            // exist is none of a stranger's business.
            if (!same(settings.systemId(), bind.getSystemId()) || !same(settings.password(), bind.getPassword())) {
                log.warn("Demo SMSC: refused bind of '{}' from session {}: wrong credentials", bind.getSystemId(),
                        sessionId);
                throw new SmppProcessingException(SmppConstants.STATUS_INVPASWD);
            }
            configuration.setName("demo-smsc." + bind.getSystemId() + "." + sessionId);
            // Cloudhopper logs every PDU at INFO; a demo left running would fill the log. Each
            // PDU is logged when this class is at DEBUG.
            configuration.getLoggingOptions().setLogPdu(log.isDebugEnabled());
        }

        @Override
        public void sessionCreated(Long sessionId, SmppServerSession session, BaseBindResp preparedBindResponse) {
            log.info("Demo SMSC: ESME bound as {} (session {})", session.getBindType(), sessionId);
            // serverReady sends the bind_resp; deliver_sm waiting for this ESME follow it.
            session.serverReady(new SmscSessionHandler(session, submits, dispatcher));
            dispatcher.sessionBound(session);
        }

        @Override
        public void sessionDestroyed(Long sessionId, SmppServerSession session) {
            log.info("Demo SMSC: session {} closed", sessionId);
            dispatcher.sessionClosed(session);
            session.destroy();
        }

        private static boolean same(String expected, String given) {
            return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                    given.getBytes(StandardCharsets.UTF_8));
        }
    }
}

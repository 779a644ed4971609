package community.porter.smpp;

import com.cloudhopper.smpp.pdu.BaseSm;
import com.cloudhopper.smpp.pdu.PduResponse;
import community.porter.sms.AckListener;
import community.porter.sms.PendingPartStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.spi.ThreadPoolProfile;
import org.apache.camel.support.DefaultConsumer;
import org.apache.camel.util.concurrent.ThreadPoolRejectedPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns what the SMSC delivers into exchanges: one {@code InboundSms} per message (long ones
 * reassembled first) or one {@code DeliveryReceipt} per receipt.
 *
 * <p>The durability contract (SPEC §5): a message's deliver_sm_resp is written only after its
 * exchange completed successfully, i.e. after the route stored it; when the exchange fails the
 * answer is ESME_RX_T_APPN, so the SMSC delivers it again. A part of a long message is answered
 * once it is kept in the {@link SmscConfiguration#getPendingPartStore() pending part store}; the
 * part that completes its message, once the whole message is stored. Parts and exchanges are
 * handled on a small worker pool (exchanges through Camel's asynchronous routing), so the
 * network thread never waits for the database and the SMSC's whole window can be in flight at
 * once.
 */
public class SmscConsumer extends DefaultConsumer implements SmscSessionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(SmscConsumer.class);
    private static final int ESME_ROK = 0;

    private final SmscEndpoint endpoint;
    private final SmscSessionHandler logging = new LoggingSmscSessionHandler();
    private SmscBinding binding;
    private SmscPartAssembler assembler;
    private SmscSession session;
    private ExecutorService workers;
    private ScheduledExecutorService sweeper;

    public SmscConsumer(SmscEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.endpoint = endpoint;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        SmscConfiguration config = endpoint.getConfiguration();
        if (config.getBindType() == SmscConfiguration.BindType.TRANSMITTER) {
            throw new IllegalStateException("smsc connection '" + endpoint.getConnectionName()
                    + "' binds as TRANSMITTER and cannot receive; consume from its RECEIVER connection");
        }
        binding = endpoint.binding();
        PendingPartStore parts = config.getPendingPartStore();
        if (parts == null) {
            LOG.info("smsc connection '{}': parts of long MOs wait in memory; a restart loses those of unfinished messages",
                    endpoint.getConnectionName());
            parts = endpoint.getComponent().memoryPartStore();
        }
        assembler = new SmscPartAssembler(parts, endpoint.getComponent().partClaims(), Clock.systemUTC(),
                config.getConcatTimeout());
        workers = startWorkers(config.getWindowSize());
        sweeper = getEndpoint().getCamelContext().getExecutorServiceManager()
                .newSingleThreadScheduledExecutor(this, "SmscConcatSweep[" + endpoint.getConnectionName() + "]");
        long every = Math.max(100, Math.min(config.getConcatTimeout().toMillis() / 4, Duration.ofSeconds(5).toMillis()));
        sweeper.scheduleWithFixedDelay(this::emitExpired, every, every, TimeUnit.MILLISECONDS);

        session = endpoint.acquireSession();
        if (!session.attach(this)) {
            endpoint.releaseSession(session);
            session = null;
            throw new IllegalStateException("smsc connection '" + endpoint.getConnectionName() + "' already has a consumer");
        }
        session.start();
    }

    @Override
    protected void doStop() throws Exception {
        if (session != null) {
            // From here on deliver_sm is answered ESME_RX_T_APPN: nobody would store it.
            session.detach(this);
        }
        if (sweeper != null) {
            getEndpoint().getCamelContext().getExecutorServiceManager().shutdownNow(sweeper);
        }
        if (workers != null) {
            // Let in-flight exchanges finish, so their responses still go out on the open session.
            getEndpoint().getCamelContext().getExecutorServiceManager().shutdownGraceful(workers);
        }
        if (session != null) {
            endpoint.releaseSession(session);
            session = null;
        }
        super.doStop();
    }

    /** One worker per window slot; beyond that the SMSC is asked to come back later. */
    private ExecutorService startWorkers(int windowSize) {
        ThreadPoolProfile profile = new ThreadPoolProfile("SmscConsumer");
        profile.setPoolSize(windowSize);
        profile.setMaxPoolSize(windowSize);
        profile.setMaxQueueSize(windowSize * 2);
        profile.setRejectedPolicy(ThreadPoolRejectedPolicy.Abort);
        return getEndpoint().getCamelContext().getExecutorServiceManager()
                .newThreadPool(this, "SmscConsumer[" + endpoint.getConnectionName() + "]", profile);
    }

    // ---- on the network I/O thread: decide, hand off, return at once ----------------------

    @Override
    public PduResponse requestReceived(BaseSm<?> request, Reply reply) {
        SmscBinding.Inbound inbound = binding.read(request, Instant.now());
        if (inbound instanceof SmscBinding.Receipt receipt) {
            session.countReceipt();
            Exchange exchange = createExchange(false);
            binding.toExchange(exchange, receipt);
            return dispatch(exchange, request, reply);
        }
        session.countReceived();
        if (inbound instanceof SmscBinding.Single single) {
            logMalformed(single.malformed(), single.sms().sender());
            Exchange exchange = createExchange(false);
            binding.toExchange(exchange, single.sms(), single.malformed());
            return dispatch(exchange, request, reply);
        }
        SmscBinding.Part part = (SmscBinding.Part) inbound;
        // Keeping the part needs the store, maybe a database: on a worker, like an exchange.
        return submit(request, () -> receivePart(part, request, reply), () -> { });
    }

    @Override
    public void stateChanged(String connection, SmscConnectionState.State state, String detail) {
        logging.stateChanged(connection, state, detail);
    }

    private PduResponse dispatch(Exchange exchange, BaseSm<?> request, Reply reply) {
        return submit(request, () -> process(exchange, request, reply, null), () -> releaseExchange(exchange, false));
    }

    /** Hands a task to the workers; beyond their queue the SMSC is asked to deliver again later. */
    private PduResponse submit(BaseSm<?> request, Runnable task, Runnable onRejected) {
        try {
            workers.execute(task);
            return null;
        } catch (RejectedExecutionException e) {
            LOG.warn("smsc connection '{}': more deliver_sm in flight than the window allows; answered ESME_RX_T_APPN",
                    endpoint.getConnectionName());
            onRejected.run();
            return SmscBinding.response(request, SmscStatus.TEMPORARY_APP_ERROR);
        }
    }

    // ---- on a worker: keep parts, route, then answer ---------------------------------------

    private void receivePart(SmscBinding.Part part, BaseSm<?> request, Reply reply) {
        Optional<SmscPartAssembler.Whole> whole;
        try {
            whole = assembler.add(part);
        } catch (RuntimeException e) {
            LOG.error("smsc connection '{}': part {} of a long message from {} could not be kept; answered ESME_RX_T_APPN",
                    endpoint.getConnectionName(), part.concat().sequence(), part.sms().sender(), e);
            reply.send(SmscBinding.response(request, SmscStatus.TEMPORARY_APP_ERROR));
            return;
        }
        if (whole.isEmpty()) {
            // Kept (committed) in the store: now it may be acknowledged.
            reply.send(SmscBinding.response(request, ESME_ROK));
            return;
        }
        Exchange exchange = wholeExchange(whole.get());
        process(exchange, request, reply, whole.get());
    }

    private Exchange wholeExchange(SmscPartAssembler.Whole whole) {
        logMalformed(whole.malformed(), whole.sms().sender());
        Exchange exchange = createExchange(false);
        binding.toExchange(exchange, whole.sms(), whole.malformed());
        exchange.getIn().setHeader(PendingPartStore.PART_IDS_HEADER, whole.partIds());
        return exchange;
    }

    private void process(Exchange exchange, BaseSm<?> request, Reply reply, SmscPartAssembler.Whole whole) {
        try {
            getAsyncProcessor().process(exchange, doneSync -> answer(exchange, request, reply, whole));
        } catch (RuntimeException e) {
            exchange.setException(e);
            answer(exchange, request, reply, whole);
        }
    }

    private void answer(Exchange exchange, BaseSm<?> request, Reply reply, SmscPartAssembler.Whole whole) {
        try {
            boolean stored = exchange.getException() == null && !exchange.isRollbackOnly();
            if (whole != null) {
                finish(whole, stored, exchange);
            }
            if (!stored) {
                getExceptionHandler().handleException("smsc connection '" + endpoint.getConnectionName()
                        + "': exchange failed; answered ESME_RX_T_APPN so the SMSC delivers again", exchange, exchange.getException());
            }
            boolean written = reply.send(SmscBinding.response(request, stored ? ESME_ROK : SmscStatus.TEMPORARY_APP_ERROR));
            if (stored) {
                tellAckListener(exchange, written);
            }
        } finally {
            releaseExchange(exchange, false);
        }
    }

    private void tellAckListener(Exchange exchange, boolean written) {
        AckListener listener = endpoint.getConfiguration().getAckListener();
        Long inboxId = exchange.getMessage().getHeader(AckListener.INBOX_ID_HEADER, Long.class);
        if (listener == null || inboxId == null) {
            return;
        }
        try {
            if (written) {
                listener.acknowledged(endpoint.getConnectionName(), inboxId);
            } else {
                listener.acknowledgementLost(endpoint.getConnectionName(), inboxId);
            }
        } catch (RuntimeException e) {
            LOG.warn("smsc connection '{}': ack listener failed for inbox id {}", endpoint.getConnectionName(), inboxId, e);
        }
    }

    /** Before answering: a part delivered again must find the message unclaimed, or its parts taken. */
    private void finish(SmscPartAssembler.Whole whole, boolean stored, Exchange exchange) {
        try {
            assembler.finish(whole, stored, exchange.getMessage().getHeader(PendingPartStore.PART_IDS_HEADER) != null);
        } catch (RuntimeException e) {
            LOG.error("smsc connection '{}': long MO from {} was stored but its parts could not be marked taken",
                    endpoint.getConnectionName(), whole.sms().sender(), e);
        }
    }

    /**
     * Long MOs whose time ran out: passed on with what came, marked incomplete when parts are
     * missing. Every part was answered already, so nothing is written to the SMSC; should the
     * message not be stored, its parts keep waiting and the next sweep offers it again.
     */
    private void emitExpired() {
        try {
            assembler.expire().forEach(this::emitGivenUp);
        } catch (RuntimeException e) {
            LOG.error("smsc connection '{}': sweeping long MOs whose time ran out failed", endpoint.getConnectionName(), e);
        }
    }

    private void emitGivenUp(SmscPartAssembler.Whole whole) {
        Exchange exchange = wholeExchange(whole);
        try {
            getAsyncProcessor().process(exchange, doneSync -> givenUpDone(exchange, whole));
        } catch (RuntimeException e) {
            exchange.setException(e);
            givenUpDone(exchange, whole);
        }
    }

    private void givenUpDone(Exchange exchange, SmscPartAssembler.Whole whole) {
        try {
            boolean stored = exchange.getException() == null && !exchange.isRollbackOnly();
            finish(whole, stored, exchange);
            if (stored) {
                // Each part was acknowledged as it came: so is the message.
                tellAckListener(exchange, true);
            } else {
                getExceptionHandler().handleException("smsc connection '" + endpoint.getConnectionName()
                        + "': long MO given up on could not be stored; its parts keep waiting", exchange, exchange.getException());
            }
        } finally {
            releaseExchange(exchange, false);
        }
    }

    private void logMalformed(String malformed, String sender) {
        if (malformed != null) {
            LOG.warn("smsc connection '{}': malformed message from {} passed on as far as readable: {}",
                    endpoint.getConnectionName(), sender, malformed);
        }
    }
}

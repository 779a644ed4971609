package community.porter.smpp;

import com.cloudhopper.smpp.SmppBindType;
import com.cloudhopper.smpp.SmppSession;
import com.cloudhopper.smpp.SmppSessionConfiguration;
import com.cloudhopper.smpp.pdu.EnquireLink;
import com.cloudhopper.smpp.pdu.GenericNack;
import com.cloudhopper.smpp.pdu.PduRequest;
import com.cloudhopper.smpp.pdu.PduResponse;
import com.cloudhopper.smpp.pdu.SubmitSm;
import com.cloudhopper.smpp.pdu.SubmitSmResp;
import com.cloudhopper.smpp.type.RecoverablePduException;
import com.cloudhopper.smpp.type.SmppBindException;
import com.cloudhopper.smpp.type.SmppChannelException;
import com.cloudhopper.smpp.type.SmppTimeoutException;
import com.cloudhopper.smpp.type.UnrecoverablePduException;
import community.porter.smpp.SmscConnectionState.State;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one owner of the SMPP session of one named SMSC connection, shared by the consumer and
 * the producers of that name (the component counts its users). It binds, keeps the link alive
 * with enquire_link, notices loss (closed channel, unanswered enquire_link, unbind from the
 * SMSC, unrecoverable PDU) and re-binds with exponential back-off, all on its own lifecycle
 * thread, so no Camel or network thread ever waits for a bind.
 *
 * <p>Each bind gets its own {@link SmscLink}; events of a link that has since been replaced are
 * ignored, and responses to requests of a lost link are never written on a newer one (their
 * sequence numbers mean nothing there).
 */
public final class SmscSession {

    private static final Logger LOG = LoggerFactory.getLogger(SmscSession.class);
    private static final SmscSessionHandler NO_CONSUMER = new LoggingSmscSessionHandler();

    private final String name;
    private final SmscConfiguration config;
    private final ScheduledExecutorService lifecycle;
    private final PorterSmppClient client;
    private final AtomicReference<SmscSessionHandler> handler = new AtomicReference<>(NO_CONSUMER);
    private final SmscMetrics metrics;
    private final LongAdder errors = new LongAdder();
    private final long sendIntervalNanos;
    private long nextSendAt;

    private volatile SmscLink link;
    private volatile State state = State.DISCONNECTED;
    private volatile Instant boundSince;
    private volatile String lastError;
    private volatile long throttledUntil = System.nanoTime();
    private volatile Instant downSince = Instant.now();

    // Touched only on the lifecycle thread.
    private boolean running;
    private boolean everBound;
    private Duration nextDelay;
    private ScheduledFuture<?> keepAlive;
    private ScheduledFuture<?> pendingBind;

    SmscSession(String name, SmscConfiguration config) {
        this(name, config, null);
    }

    SmscSession(String name, SmscConfiguration config, MeterRegistry registry) {
        this.name = name;
        this.config = config;
        this.nextDelay = config.getReconnectInitialDelay();
        this.sendIntervalNanos = config.getThroughput() > 0 ? TimeUnit.SECONDS.toNanos(1) / config.getThroughput() : 0;
        this.nextSendAt = System.nanoTime();
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, daemon("smsc-" + name + "-lifecycle"));
        executor.setRemoveOnCancelPolicy(true);
        this.lifecycle = executor;
        this.client = new PorterSmppClient(name);
        this.metrics = new SmscMetrics(name, registry, this::isBound, this::windowInUse, config.getWindowSize());
    }

    /** @return the connection name */
    public String name() {
        return name;
    }

    /** @return a snapshot of the connection for health checks */
    public SmscConnectionState snapshot() {
        State now = state;
        return new SmscConnectionState(name, now, config.getBindType(), config.getHost() + ":" + config.getPort(),
                boundSince, now == State.BOUND ? null : downSince, lastError, windowInUse(), config.getWindowSize(),
                metrics.submits(), metrics.messages(), metrics.receipts(), metrics.reconnects(), errors.sum(),
                metrics.submitErrors());
    }

    private int windowInUse() {
        SmscLink current = link;
        return current == null ? 0 : current.windowInUse();
    }

    /** @return whether the connection is bound now */
    public boolean isBound() {
        SmscLink current = link;
        return current != null && current.isBound();
    }

    /** The SMSC asked for fewer messages (ESME_RTHROTTLED, ESME_RMSGQFUL); remembered for throttlePause. */
    void throttled() {
        throttledUntil = System.nanoTime() + config.getThrottlePause().toNanos();
    }

    /** @return whether the SMSC asked for fewer messages within the last throttlePause */
    public boolean isThrottled() {
        // nanoTime may be negative: compare by difference, never by value.
        return throttledUntil - System.nanoTime() > 0;
    }

    SmscConfiguration configuration() {
        return config;
    }

    /** Begins binding; returns at once. */
    void start() {
        lifecycle.execute(() -> {
            if (!running) {
                running = true;
                bind();
            }
        });
    }

    /** Unbinds politely, stops re-binding and releases threads; waits a bounded time. */
    void stop() {
        try {
            lifecycle.submit(this::close).get(
                    config.getBindTimeout().plus(config.getResponseTimeout()).plusSeconds(5).toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("smsc connection '{}' did not close cleanly: {}", name, e.toString());
        } finally {
            lifecycle.shutdownNow();
            client.destroy();
            metrics.close();
        }
    }

    /**
     * Attaches the consumer that answers deliver_sm.
     *
     * @return false when another consumer is attached already
     */
    boolean attach(SmscSessionHandler consumer) {
        return handler.compareAndSet(NO_CONSUMER, consumer);
    }

    /** Detaches the consumer; deliver_sm is then answered ESME_RX_T_APPN. */
    void detach(SmscSessionHandler consumer) {
        handler.compareAndSet(consumer, NO_CONSUMER);
    }

    SmscSessionHandler handler() {
        return handler.get();
    }

    void countReceived() {
        metrics.messageReceived();
    }

    void countReceipt() {
        metrics.receiptReceived();
    }

    void countError() {
        errors.increment();
    }

    /**
     * How long the next submit must wait to stay within the agreed throughput; reserves its slot.
     *
     * @return nanoseconds to wait, 0 when it may go now
     */
    synchronized long reserveSendSlot() {
        if (sendIntervalNanos == 0) {
            return 0;
        }
        long now = System.nanoTime();
        // nanoTime may be negative: compare by difference, never by value.
        long slot = nextSendAt - now > 0 ? nextSendAt : now;
        nextSendAt = slot + sendIntervalNanos;
        return slot - now;
    }

    /**
     * Sends a request and completes with its response, which may carry an error status. Fails
     * with {@link SmscUnavailableException} when not bound (nothing sent),
     * {@link SmscThrottledException} when the window stayed full (nothing sent),
     * {@link SmscRejectedException} when the PDU cannot be encoded, and
     * {@link SmscTimeoutException} when no response came in time or the connection dropped
     * first (outcome unknown). Blocks the caller only while waiting for a window slot and the
     * socket write; the response arrives on the network thread, so callers continue with an
     * executor of their own.
     */
    CompletableFuture<PduResponse> send(PduRequest<?> request) {
        SmscLink current = link;
        if (current == null || !current.isBound()) {
            return CompletableFuture.failedFuture(new SmscUnavailableException(
                    "smsc connection '" + name + "' is " + state + (lastError == null ? "" : " (" + lastError + ")"), null));
        }
        if (config.getBindType() == SmscConfiguration.BindType.RECEIVER) {
            return CompletableFuture.failedFuture(new SmscUnavailableException(
                    "smsc connection '" + name + "' is bound as RECEIVER and cannot send", null));
        }
        CompletableFuture<PduResponse> answer = new CompletableFuture<>();
        request.setReferenceObject(answer);
        try {
            current.session().sendRequestPdu(request, config.getWindowWaitTimeout().toMillis(), false);
        } catch (SmppTimeoutException e) {
            answer.completeExceptionally(new SmscThrottledException("smsc connection '" + name + "': window of "
                    + config.getWindowSize() + " stayed full for " + config.getWindowWaitTimeout(), 0));
            return answer;
        } catch (SmppChannelException e) {
            answer.completeExceptionally(new SmscUnavailableException("smsc connection '" + name + "' lost while sending", e));
            return answer;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answer.completeExceptionally(new SmscUnavailableException("interrupted while sending", e));
            return answer;
        } catch (RecoverablePduException | UnrecoverablePduException e) {
            answer.completeExceptionally(new SmscRejectedException("PDU_NOT_ENCODABLE", -1, e));
            return answer;
        }
        boolean isSubmit = request instanceof SubmitSm;
        return answer.orTimeout(config.getResponseTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((response, failure) -> count(isSubmit, response, failure))
                .exceptionallyCompose(failure -> {
                    Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
                    if (cause instanceof TimeoutException) {
                        current.forget(request);
                        return CompletableFuture.failedFuture(new SmscTimeoutException("smsc connection '" + name
                                + "': no " + request.getName() + "_resp within " + config.getResponseTimeout(), null));
                    }
                    return CompletableFuture.failedFuture(cause);
                });
    }

    private void count(boolean isSubmit, PduResponse response, Throwable failure) {
        boolean accepted = failure == null && response instanceof SubmitSmResp && response.getCommandStatus() == 0;
        if (failure != null || response.getCommandStatus() != 0) {
            errors.increment();
        }
        if (!isSubmit) {
            return;
        }
        if (accepted) {
            metrics.submitAccepted();
        } else if (failure != null) {
            metrics.submitFailed(SmscMetrics.OUTCOME_UNKNOWN);
        } else {
            // A generic_nack answers for a submit that the SMSC could not even read.
            metrics.submitFailed(response instanceof GenericNack && response.getCommandStatus() == 0
                    ? "GENERIC_NACK" : SmscStatus.name(response.getCommandStatus()));
        }
    }

    // ---- lifecycle thread ------------------------------------------------------------------

    private void bind() {
        pendingBind = null;
        if (!running || link != null) {
            return;
        }
        changeState(State.BINDING, config.getHost() + ":" + config.getPort());
        SmscLink candidate = new SmscLink(this, lifecycle);
        try {
            SmppSession session = client.bind(sessionConfiguration(), candidate);
            candidate.bound(session);
            link = candidate;
            boundSince = Instant.now();
            downSince = null;
            if (everBound) {
                metrics.reconnected();
            }
            everBound = true;
            nextDelay = config.getReconnectInitialDelay();
            changeState(State.BOUND, null);
            long interval = config.getEnquireLinkInterval().toMillis();
            keepAlive = lifecycle.scheduleWithFixedDelay(this::keepAlive, interval, interval, TimeUnit.MILLISECONDS);
        } catch (SmppBindException e) {
            bindFailed(candidate, "bind refused: " + SmscStatus.name(e.getBindResponse().getCommandStatus()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            bindFailed(candidate, "bind interrupted");
        } catch (Exception e) {
            bindFailed(candidate, "bind failed: " + e.getMessage());
        }
    }

    private void bindFailed(SmscLink candidate, String why) {
        candidate.bindFailed(why);
        errors.increment();
        markDown();
        lastError = why;
        changeState(State.DISCONNECTED, why);
        scheduleBind();
    }

    private void scheduleBind() {
        if (!running || pendingBind != null) {
            return;
        }
        Duration delay = nextDelay;
        Duration doubled = delay.multipliedBy(2);
        nextDelay = doubled.compareTo(config.getReconnectMaxDelay()) > 0 ? config.getReconnectMaxDelay() : doubled;
        LOG.info("smsc connection '{}': binding again in {} ms", name, delay.toMillis());
        pendingBind = lifecycle.schedule(this::bind, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void keepAlive() {
        SmscLink current = link;
        if (current == null) {
            return;
        }
        try {
            current.session().enquireLink(new EnquireLink(), config.getResponseTimeout().toMillis());
        } catch (RecoverablePduException e) {
            // The SMSC answered, if oddly (e.g. generic_nack): it is alive.
            LOG.debug("smsc connection '{}': odd enquire_link answer: {}", name, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            lost(current, "enquire_link unanswered: " + e.getMessage());
        }
    }

    /** The link is gone (or must go): close it, fail what waits on it, re-bind. Lifecycle thread only. */
    void lost(SmscLink gone, String why) {
        if (gone != link) {
            return;
        }
        link = null;
        boundSince = null;
        if (keepAlive != null) {
            keepAlive.cancel(false);
        }
        gone.close(why);
        errors.increment();
        markDown();
        lastError = why;
        changeState(State.DISCONNECTED, why);
        scheduleBind();
    }

    /** Keeps the moment the connection was first found down, through failed re-binds. */
    private void markDown() {
        if (downSince == null) {
            downSince = Instant.now();
        }
    }

    private void close() {
        running = false;
        if (pendingBind != null) {
            pendingBind.cancel(false);
        }
        if (keepAlive != null) {
            keepAlive.cancel(false);
        }
        SmscLink current = link;
        if (current != null) {
            changeState(State.UNBINDING, "stopping");
            link = null;
            boundSince = null;
            markDown();
            current.unbind(config.getResponseTimeout().toMillis());
        }
        changeState(State.DISCONNECTED, "stopped");
    }

    private void changeState(State next, String detail) {
        state = next;
        try {
            handler.get().stateChanged(name, next, detail);
        } catch (RuntimeException e) {
            LOG.warn("smsc connection '{}': state listener failed", name, e);
        }
    }

    private SmppSessionConfiguration sessionConfiguration() {
        SmppSessionConfiguration c = new SmppSessionConfiguration();
        c.setName("smsc-" + name);
        c.setType(SmppBindType.valueOf(config.getBindType().name()));
        c.setHost(config.getHost());
        c.setPort(config.getPort());
        c.setConnectTimeout(config.getBindTimeout().toMillis());
        c.setBindTimeout(config.getBindTimeout().toMillis());
        c.setSystemId(config.getSystemId());
        c.setPassword(config.getPassword());
        c.setSystemType(config.getSystemType());
        c.setWindowSize(config.getWindowSize());
        c.setWindowWaitTimeout(config.getWindowWaitTimeout().toMillis());
        // Cloudhopper logs every PDU at INFO by default; Porter logs what matters itself.
        c.getLoggingOptions().setLogPdu(false);
        c.getLoggingOptions().setLogBytes(false);
        c.setCountersEnabled(false);
        return c;
    }

    static java.util.concurrent.ThreadFactory daemon(String threadName) {
        return runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        };
    }
}

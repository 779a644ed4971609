package community.porter.modem.at;

import community.porter.modem.serial.SerialLink;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The AT dialogue with one modem over one {@link SerialLink}, which it owns: one command at a
 * time, each with a deadline, unsolicited result codes routed aside to an
 * {@link AtSessionListener}.
 *
 * <p>A reader thread splits the modem's bytes into lines ({@link AtLineSplitter}) and sorts them
 * ({@link ResponseRouter}); a dispatch thread calls the listener, so a listener may itself run
 * commands. {@link #execute(AtCommand)} is safe from any thread: callers take turns, and a
 * command never starts on the wire before the one before it has ended.
 *
 * <p>After a command times out, the modem's late answer could be mistaken for the next
 * command's. So the session is then "out of step", and before the next command it sends a
 * plain {@code AT}, waits for any final result to it ({@link AtSessionSettings#resyncTimeout()})
 * and then for the line to stay quiet for {@link AtSessionSettings#finalGrace()}: should the
 * late answer's OK have been taken for the AT's, the AT's own OK comes in that time and is
 * dropped. Only then does the command go out. A modem that stays silent makes that next
 * command fail quickly, unsent.
 */
public final class AtSession implements AutoCloseable {

    /** Ends a payload typed after the prompt (27.005 §3.5.1). */
    static final char CTRL_Z = 0x1A;
    /** Aborts a payload: the modem leaves text entry without sending (27.005 §3.5.1). */
    static final char ESC = 0x1B;

    private static final Logger LOG = LoggerFactory.getLogger(AtSession.class);

    private final SerialLink link;
    private final AtSessionSettings settings;
    private final AtSessionListener listener;
    private final ResponseRouter router;
    private final AtLineSplitter splitter;
    private final ReentrantLock turn = new ReentrantLock(true);
    private final ExecutorService dispatcher;
    private final Thread reader;
    private volatile boolean closed;
    private volatile IOException failure;
    /** Guarded by {@link #turn}. */
    private boolean outOfStep;

    private AtSession(SerialLink link, AtSessionSettings settings, AtSessionListener listener) {
        this.link = link;
        this.settings = settings;
        this.listener = listener;
        this.router = new ResponseRouter(link.description(), settings.urcs(), this::dispatch);
        this.splitter = new AtLineSplitter(router);
        this.dispatcher = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "at-urc " + link.description());
            thread.setDaemon(true);
            return thread;
        });
        this.reader = new Thread(this::readLoop, "at-reader " + link.description());
        reader.setDaemon(true);
    }

    /**
     * Opens the link and starts reading. Sends nothing: initialising the modem is
     * {@link ModemCommands}' job.
     *
     * @param link     the port, not yet open; the session owns it from now on
     * @param settings deadlines and codes
     * @param listener where unsolicited codes and the loss of the link go
     * @return the running session
     * @throws AtLinkException when the link cannot be opened
     */
    public static AtSession open(SerialLink link, AtSessionSettings settings, AtSessionListener listener)
            throws AtLinkException {
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(listener, "listener");
        try {
            link.open();
        } catch (IOException e) {
            throw new AtLinkException("open", "cannot open " + link.description() + ": " + e.getMessage(), e);
        }
        AtSession session = new AtSession(link, settings, listener);
        session.reader.start();
        LOG.debug("{}: session open", link.description());
        return session;
    }

    /**
     * Runs one command and returns its answer once the final result came. Waits first for a
     * command running on another thread (at most {@link AtSessionSettings#turnTimeout()}).
     *
     * <p>A command with a payload is written, the {@code >} prompt awaited
     * ({@link AtSessionSettings#promptTimeout()}; on timeout ESC is sent so the modem is not
     * left in text entry), then the payload is sent with Ctrl-Z and the result awaited.
     *
     * @param command the command
     * @return the information lines and final result
     * @throws AtCommandException when the modem answered with an error; the session is fine
     * @throws AtTimeoutException when no answer came in time; see its stage
     * @throws AtLinkException    when the link failed or the session is closed
     */
    public AtResponse execute(AtCommand command) throws AtException {
        Objects.requireNonNull(command, "command");
        if (Thread.currentThread() == reader) {
            throw new IllegalStateException("a command cannot be run on the session's reader thread");
        }
        checkUsable(command);
        acquireTurn(command);
        try {
            checkUsable(command);
            if (outOfStep) {
                resync(command);
            }
            return run(command);
        } finally {
            turn.unlock();
        }
    }

    /**
     * @return whether the link is open and the session not closed
     */
    public boolean isOpen() {
        return !closed && failure == null;
    }

    /**
     * @return the link's description, for logs
     */
    public String description() {
        return link.description();
    }

    /**
     * Closes the link and stops the threads; a running command fails with
     * {@link AtLinkException}. Idempotent.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        link.close();
        router.linkLost(new IOException("the session was closed"));
        dispatcher.shutdown();
        if (Thread.currentThread() != reader) {
            try {
                reader.join(settings.readPoll().toMillis() * 2 + 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        LOG.debug("{}: session closed", link.description());
    }

    private AtResponse run(AtCommand command) throws AtException {
        PendingCommand pending = new PendingCommand(command);
        router.begin(pending);
        try {
            LOG.debug("{} -> {}", link.description(), command.logText());
            write(command.text() + "\r", command);
            AtTimeoutException.Stage stage = AtTimeoutException.Stage.NO_RESULT;
            if (command.payload().isPresent()) {
                if (!awaitPrompt(pending)) {
                    return response(pending, pending.done().join());
                }
                write(command.payload().get() + CTRL_Z, command);
                stage = AtTimeoutException.Stage.PAYLOAD_SENT;
            }
            return response(pending, awaitFinal(pending, stage));
        } finally {
            router.end(pending);
        }
    }

    /**
     * @return true when the prompt came; false when a final result came instead
     */
    private boolean awaitPrompt(PendingCommand pending) throws AtException {
        AtCommand command = pending.command();
        long deadline = System.nanoTime() + settings.promptTimeout().toNanos();
        try {
            waitUntil(CompletableFuture.anyOf(pending.prompt(), pending.done()), deadline);
            return !pending.done().isDone();
        } catch (TimeoutException | InterruptedException e) {
            router.end(pending);
            outOfStep = true;
            // Leave text entry, should the prompt come late, so the modem does not take the
            // next command for the PDU.
            writeQuietly(String.valueOf(ESC));
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new AtTimeoutException(command.logText(), AtTimeoutException.Stage.NO_PROMPT,
                    "no '>' prompt for " + command.logText() + " within " + settings.promptTimeout()
                            + "; sent ESC to abort it");
        } catch (ExecutionException e) {
            throw linkLost(command, e.getCause());
        }
    }

    /**
     * @return the final result, or {@code null} when the command's rule completed it without
     */
    private FinalResult awaitFinal(PendingCommand pending, AtTimeoutException.Stage stage) throws AtException {
        AtCommand command = pending.command();
        long deadline = System.nanoTime() + settings.timeoutFor(command).toNanos();
        try {
            if (command.finalOptional()) {
                waitUntil(CompletableFuture.anyOf(pending.done(), pending.informed()), deadline);
                if (!pending.done().isDone()) {
                    awaitOptionalFinal(pending, deadline);
                }
            }
            waitUntil(pending.done(), deadline);
            return pending.done().get();
        } catch (TimeoutException | InterruptedException e) {
            router.end(pending);
            outOfStep = true;
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new AtTimeoutException(command.logText(), stage, "no final result for " + command.logText()
                    + " within " + settings.timeoutFor(command)
                    + (stage == AtTimeoutException.Stage.PAYLOAD_SENT ? "; the modem may have sent it" : ""));
        } catch (ExecutionException e) {
            throw linkLost(command, e.getCause());
        }
    }

    private void awaitOptionalFinal(PendingCommand pending, long deadline)
            throws InterruptedException, ExecutionException {
        long graceEnd = Math.min(deadline, System.nanoTime() + settings.finalGrace().toNanos());
        try {
            waitUntil(pending.done(), graceEnd);
        } catch (TimeoutException noFinal) {
            router.end(pending);
            if (pending.done().complete(null)) {
                LOG.debug("{}: {} completed on its information response without a final result",
                        link.description(), pending.command().logText());
            }
        }
    }

    private AtResponse response(PendingCommand pending, FinalResult result) throws AtCommandException {
        List<String> lines = pending.lines();
        AtCommand command = pending.command();
        if (result == null) {
            return new AtResponse(lines, Optional.empty());
        }
        if (result.kind() != FinalResult.Kind.OK) {
            LOG.debug("{}: {} failed: {}", link.description(), command.logText(), result.line());
            throw AtCommandException.of(command.logText(), result, lines);
        }
        if (command.payload().isPresent() && !pending.prompt().isDone()) {
            throw new AtCommandException(command.logText(), result.line() + " (with no prompt for the payload)", lines);
        }
        return new AtResponse(lines, Optional.of(result.line()));
    }

    /** Brings the modem back in step after a timeout: any final result to a plain AT will do. */
    private void resync(AtCommand command) throws AtException {
        AtCommand probe = AtCommand.of("AT");
        PendingCommand pending = new PendingCommand(probe);
        router.begin(pending);
        try {
            LOG.debug("{}: sending AT to get back in step after a timeout", link.description());
            write("AT\r", probe);
            waitUntil(pending.done(), System.nanoTime() + settings.resyncTimeout().toNanos());
            pending.done().get();
            // Lines before that final result are most likely the late answer; hand them on
            // rather than lose them (a late +CMGS: says a message did go out).
            pending.lines().forEach(line -> dispatch(new Urc(Optional.empty(), line, Optional.empty())));
            awaitQuiet();
            outOfStep = false;
        } catch (TimeoutException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            // A modem stuck in text entry (a prompt that came after its ESC) takes AT as PDU
            // text; ESC gets it out for the next try.
            writeQuietly(String.valueOf(ESC));
            throw new AtTimeoutException(command.logText(), AtTimeoutException.Stage.NOT_SENT,
                    "the modem has not answered since a command timed out (no answer to AT within "
                            + settings.resyncTimeout() + "); " + command.logText() + " was not sent");
        } catch (ExecutionException e) {
            throw linkLost(command, e.getCause());
        } finally {
            router.end(pending);
        }
    }

    /** Waits until no line came for the grace period, at most the resync timeout. */
    private void awaitQuiet() {
        long quiet = settings.finalGrace().toNanos();
        long end = System.nanoTime() + settings.resyncTimeout().toNanos();
        long since = System.nanoTime() - router.lastLineNanos();
        while (since < quiet && System.nanoTime() < end && !Thread.currentThread().isInterrupted()) {
            LockSupport.parkNanos(quiet - since);
            since = System.nanoTime() - router.lastLineNanos();
        }
    }

    private void acquireTurn(AtCommand command) throws AtTimeoutException {
        boolean acquired;
        try {
            acquired = turn.tryLock(settings.turnTimeout().toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw new AtTimeoutException(command.logText(), AtTimeoutException.Stage.NOT_SENT,
                    "another command held " + link.description() + " for longer than " + settings.turnTimeout()
                            + "; " + command.logText() + " was not sent");
        }
    }

    private static void waitUntil(CompletableFuture<?> future, long deadlineNanos)
            throws TimeoutException, InterruptedException, ExecutionException {
        long remaining = deadlineNanos - System.nanoTime();
        if (remaining <= 0 && !future.isDone()) {
            throw new TimeoutException();
        }
        future.get(Math.max(0, remaining), TimeUnit.NANOSECONDS);
    }

    private void write(String text, AtCommand command) throws AtLinkException {
        try {
            link.write(text.getBytes(StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            fail(e);
            throw linkLost(command, e);
        }
    }

    private void writeQuietly(String text) {
        try {
            link.write(text.getBytes(StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            fail(e);
        }
    }

    private void checkUsable(AtCommand command) throws AtLinkException {
        if (closed) {
            throw new AtLinkException(command.logText(), "the session on " + link.description() + " is closed", null);
        }
        IOException failed = failure;
        if (failed != null) {
            throw linkLost(command, failed);
        }
    }

    private AtLinkException linkLost(AtCommand command, Throwable cause) {
        String why = closed ? "the session was closed" : "the port failed: " + cause.getMessage();
        return new AtLinkException(command.logText(), command.logText() + " on " + link.description() + ": " + why,
                cause);
    }

    private void readLoop() {
        byte[] buffer = new byte[1024];
        while (!closed) {
            int count;
            try {
                count = link.read(buffer, settings.readPoll());
            } catch (IOException e) {
                if (!closed) {
                    fail(e);
                }
                return;
            }
            try {
                splitter.feed(buffer, 0, count);
            } catch (RuntimeException e) {
                // Never let one bad line stop the reader: the session would go deaf.
                LOG.warn("{}: could not handle bytes from the modem; going on", link.description(), e);
            }
        }
    }

    private synchronized void fail(IOException cause) {
        if (failure != null || closed) {
            return;
        }
        failure = cause;
        LOG.warn("{}: link failed: {}", link.description(), cause.getMessage());
        router.linkLost(cause);
        link.close();
        submit(() -> listener.linkLost(this, cause));
        dispatcher.shutdown();
    }

    private void dispatch(Urc urc) {
        submit(() -> listener.unsolicited(this, urc));
    }

    private void submit(Runnable call) {
        try {
            dispatcher.execute(() -> {
                try {
                    call.run();
                } catch (RuntimeException e) {
                    LOG.warn("{}: the session listener failed", link.description(), e);
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.debug("{}: session closing, dropped a notification", link.description());
        }
    }
}

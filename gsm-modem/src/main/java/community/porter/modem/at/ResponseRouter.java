package community.porter.modem.at;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sorts the modem's lines, on the reader thread: the running command's echo (dropped), its
 * information lines and its final result, and everything else as unsolicited result codes.
 *
 * <p>In order: the data line of a two-line code that came just before; the command's echo; a
 * final result; a line with the command's own information prefix (so {@code +CREG:} answers
 * AT+CREG? while it runs and is unsolicited otherwise); a code from the table; any other line,
 * which is the command's while one runs and an unrecognised code while none does. A final
 * result while no command runs (the late answer of a command that timed out, or the OK after
 * a command that completed on its information response) is dropped.
 */
final class ResponseRouter implements AtLineSplitter.Sink {

    private static final Logger LOG = LoggerFactory.getLogger(AtSession.class);

    private final String description;
    private final UrcTable urcs;
    private final Consumer<Urc> urcSink;
    private final AtomicReference<PendingCommand> current = new AtomicReference<>();
    private volatile long lastLineNanos = System.nanoTime();
    private UrcPattern headerPattern;
    private String headerLine;

    ResponseRouter(String description, UrcTable urcs, Consumer<Urc> urcSink) {
        this.description = description;
        this.urcs = urcs;
        this.urcSink = urcSink;
    }

    /** The command about to be written; its lines are routed to it from now on. */
    void begin(PendingCommand pending) {
        current.set(pending);
    }

    /** The command is over (answered, timed out or given up); later lines are not its. */
    void end(PendingCommand pending) {
        current.compareAndSet(pending, null);
    }

    /** The link failed: the running command fails with it. */
    void linkLost(IOException cause) {
        PendingCommand pending = current.getAndSet(null);
        if (pending != null) {
            pending.done().completeExceptionally(cause);
        }
    }

    /** @return {@link System#nanoTime()} when the last line or prompt came */
    long lastLineNanos() {
        return lastLineNanos;
    }

    @Override
    public void line(String line) {
        lastLineNanos = System.nanoTime();
        LOG.trace("{} <- {}", description, line);
        if (headerLine != null && completeTwoLineCode(line)) {
            return;
        }
        PendingCommand pending = current.get();
        if (pending != null) {
            if (pending.command().isEcho(line)) {
                return;
            }
            FinalResult result = FinalResult.parse(line);
            if (result != null) {
                end(pending);
                pending.done().complete(result);
                return;
            }
            if (pending.command().isInformation(line)) {
                pending.add(line);
                return;
            }
        }
        Optional<UrcPattern> pattern = urcs.match(line);
        if (pattern.isPresent()) {
            if (pattern.get().twoLines()) {
                headerPattern = pattern.get();
                headerLine = line;
            } else {
                urcSink.accept(new Urc(Optional.of(pattern.get().name()), line, Optional.empty()));
            }
        } else if (pending != null) {
            pending.add(line);
        } else if (FinalResult.parse(line) != null) {
            LOG.debug("{}: dropped final result '{}' that answers no running command", description, line);
        } else {
            urcSink.accept(new Urc(Optional.empty(), line, Optional.empty()));
        }
    }

    @Override
    public void prompt() {
        lastLineNanos = System.nanoTime();
        PendingCommand pending = current.get();
        if (pending != null && pending.command().payload().isPresent()) {
            pending.prompt().complete(null);
        } else {
            LOG.debug("{}: ignored a '>' prompt nobody waits for", description);
        }
    }

    /**
     * @return true when {@code line} was the data line of the code before; false when it is not
     *         data, so the code goes out without it and the line is routed as any other
     */
    private boolean completeTwoLineCode(String line) {
        String header = headerLine;
        UrcPattern pattern = headerPattern;
        headerLine = null;
        headerPattern = null;
        boolean data = isHex(line);
        if (!data) {
            LOG.warn("{}: '{}' was not followed by its PDU line but by '{}'", description, header, line);
        }
        urcSink.accept(new Urc(Optional.of(pattern.name()), header, data ? Optional.of(line) : Optional.empty()));
        return data;
    }

    private static boolean isHex(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'F' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }
}

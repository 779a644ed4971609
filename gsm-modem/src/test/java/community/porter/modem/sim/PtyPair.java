package community.porter.modem.sim;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two pseudo-terminals joined back to back by {@code socat}: what one side writes the other
 * reads, as if a serial cable ran between them. The simulated modem opens {@link #modemSide()},
 * the code under test opens {@link #hostSide()} like any serial device.
 *
 * <p>The host side can carry a stable name ({@code socat}'s {@code link=} option): a symlink to
 * the {@code /dev/pts/N} device, removed again when the pair closes. Closing the pair and opening
 * another under a different name is how a test makes a modem re-enumerate under a new device
 * path, as a USB modem does after a reset.
 */
public final class PtyPair implements AutoCloseable {

    /** socat logs one {@code PTY is /dev/pts/N} notice per pty address, in address order. */
    private static final Pattern PTY_NOTICE = Pattern.compile("PTY is (\\S+)");
    private static final String READY_NOTICE = "starting data transfer loop";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(10);
    /** Characters socat's address syntax gives a meaning to; a link path must not hold them. */
    private static final Pattern SOCAT_SPECIAL = Pattern.compile("[,:!\"'\\\\\\s{}\\[\\]()]");

    private final Process socat;
    private final Path modemSide;
    private final Path hostDevice;
    private final Optional<Path> hostLink;

    private PtyPair(Process socat, Path modemSide, Path hostDevice, Optional<Path> hostLink) {
        this.socat = socat;
        this.modemSide = modemSide;
        this.hostDevice = hostDevice;
        this.hostLink = hostLink;
    }

    /**
     * Opens a pair whose host side is only known by its {@code /dev/pts/N} path.
     *
     * @return the pair, ready for both sides to open
     * @throws IllegalStateException when socat cannot be started or does not report its ptys
     */
    public static PtyPair open() {
        return start(Optional.empty());
    }

    /**
     * Opens a pair whose host side is also reachable through a symlink.
     *
     * @param hostLink where to put the symlink; its directory must exist, and nothing but a
     *                 stale symlink may be there already
     * @return the pair, ready for both sides to open
     * @throws IllegalArgumentException when the path holds characters socat's address syntax
     *                                  reserves, or a file that is not a symlink is in the way
     * @throws IllegalStateException    when socat cannot be started or does not report its ptys
     */
    public static PtyPair open(Path hostLink) {
        Objects.requireNonNull(hostLink, "hostLink");
        Path absolute = hostLink.toAbsolutePath();
        if (SOCAT_SPECIAL.matcher(absolute.toString()).find()) {
            throw new IllegalArgumentException("socat cannot link a pty at '" + absolute
                    + "': the path holds a character its address syntax reserves");
        }
        try {
            // A link left by a socat that was killed would make the new one fail to start.
            if (Files.isSymbolicLink(absolute)) {
                Files.delete(absolute);
            } else if (Files.exists(absolute)) {
                throw new IllegalArgumentException(absolute + " exists and is not a symlink");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return start(Optional.of(absolute));
    }

    private static PtyPair start(Optional<Path> hostLink) {
        List<String> command = List.of("socat", "-d", "-d", "pty,raw,echo=0",
                "pty,raw,echo=0" + hostLink.map(link -> ",link=" + link).orElse(""));
        Process process;
        try {
            process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start socat; is it installed?", e);
        }
        CompletableFuture<List<Path>> ready = new CompletableFuture<>();
        List<String> log = new ArrayList<>();
        Thread drain = new Thread(() -> readLog(process, ready, log), "socat-log");
        drain.setDaemon(true);
        drain.start();
        try {
            List<Path> ptys = ready.get(START_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            return new PtyPair(process, ptys.get(0), ptys.get(1), hostLink);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IllegalStateException("interrupted while socat started", e);
        } catch (ExecutionException | TimeoutException e) {
            process.destroyForcibly();
            synchronized (log) {
                throw new IllegalStateException("socat did not open its ptys: " + log, e);
            }
        }
    }

    /** Reads socat's log to the end, so it never blocks on a full pipe, and reports the ptys. */
    private static void readLog(Process process, CompletableFuture<List<Path>> ready, List<String> log) {
        List<Path> ptys = new ArrayList<>(2);
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!ready.isDone()) {
                    synchronized (log) {
                        log.add(line);
                    }
                    Matcher pty = PTY_NOTICE.matcher(line);
                    if (pty.find()) {
                        ptys.add(Path.of(pty.group(1)));
                    } else if (line.contains(READY_NOTICE) && ptys.size() == 2) {
                        ready.complete(List.copyOf(ptys));
                    }
                }
            }
        } catch (IOException e) {
            ready.completeExceptionally(e);
        }
        ready.completeExceptionally(new IllegalStateException("socat exited"));
    }

    /** @return the pty the simulated modem opens */
    public Path modemSide() {
        return modemSide;
    }

    /** @return the path the host opens: the symlink when there is one, else the pty device */
    public Path hostSide() {
        return hostLink.orElse(hostDevice);
    }

    /** @return the host side's {@code /dev/pts/N} device, whatever the link */
    public Path hostDevice() {
        return hostDevice;
    }

    /** @return the host side's symlink, if the pair was opened with one */
    public Optional<Path> hostLink() {
        return hostLink;
    }

    /** @return whether socat still joins the two sides */
    public boolean isOpen() {
        return socat.isAlive();
    }

    /**
     * Stops socat. Both ptys go away, so whoever still has a side open reads an end of file or
     * an I/O error, as when a USB modem is pulled; the symlink goes too.
     */
    @Override
    public void close() {
        socat.destroy();
        try {
            if (!socat.waitFor(5, TimeUnit.SECONDS)) {
                socat.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            socat.destroyForcibly();
        }
        hostLink.ifPresent(link -> {
            try {
                if (Files.isSymbolicLink(link)) {
                    Files.delete(link);
                }
            } catch (IOException e) {
                // socat removes its own link on SIGTERM; this is only for one killed harder.
            }
        });
    }

    @Override
    public String toString() {
        return "PtyPair[modem=" + modemSide + ", host=" + hostSide() + "]";
    }
}

package community.porter.modem.sim;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The host's end of a simulated modem for tests of the simulator itself: plain streams on the
 * pty, a thread collecting everything the modem says, and waits with a deadline for a final
 * result code, a prompt or any line.
 */
public final class AtTerminal implements AutoCloseable {

    /** Final result codes of 27.007 verbose responses. */
    private static final Pattern FINAL = Pattern.compile("OK|ERROR|\\+CME ERROR: .*|\\+CMS ERROR: .*");
    private static final Duration DEADLINE = Duration.ofSeconds(5);

    private final InputStream in;
    private final OutputStream out;
    private final StringBuilder received = new StringBuilder();
    private boolean ended;

    private AtTerminal(Path device) {
        try {
            in = new FileInputStream(device.toFile());
            out = new FileOutputStream(device.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + device, e);
        }
        Thread reader = new Thread(this::read, "at-terminal " + device);
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * @param device the host side of a simulated modem
     * @return a terminal reading from it
     */
    public static AtTerminal open(Path device) {
        return new AtTerminal(device);
    }

    private void read() {
        byte[] buffer = new byte[1024];
        try {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                synchronized (this) {
                    received.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
                    notifyAll();
                }
            }
        } catch (IOException e) {
            // EIO: the pty went away
        }
        synchronized (this) {
            ended = true;
            notifyAll();
        }
    }

    /** @return where the next bytes from the modem will start, for the waits below */
    public synchronized int mark() {
        return received.length();
    }

    /** @param text written as it is, in ISO-8859-1 */
    public void write(String text) {
        write(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** @param bytes written as they are */
    public void write(byte[] bytes) {
        try {
            out.write(bytes);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Sends a command line and waits for its final result code.
     *
     * @param command without CR, e.g. {@code AT+CSQ}
     * @return the lines from the modem after it was sent, echo included, the final code last
     */
    public List<String> command(String command) {
        int from = mark();
        write(command + "\r");
        return awaitFinal(from);
    }

    /**
     * @param from a {@link #mark()}
     * @return the lines since the mark up to and including the first final result code
     * @throws AssertionError when none comes in time
     */
    public List<String> awaitFinal(int from) {
        return await(from, lines -> lines.stream().anyMatch(line -> FINAL.matcher(line).matches()), lines -> {
            List<String> upToFinal = new ArrayList<>();
            for (String line : lines) {
                upToFinal.add(line);
                if (FINAL.matcher(line).matches()) {
                    break;
                }
            }
            return upToFinal;
        });
    }

    /**
     * @param from      a {@link #mark()}
     * @param condition what a line must be
     * @return the first line since the mark that meets it
     * @throws AssertionError when none comes in time
     */
    public String awaitLine(int from, Predicate<String> condition) {
        return await(from, lines -> lines.stream().anyMatch(condition),
                lines -> lines.stream().filter(condition).findFirst().orElseThrow());
    }

    /**
     * @param from   a {@link #mark()}
     * @param prompt the prompt, e.g. {@code "> "}
     * @throws AssertionError when it does not come in time
     */
    public void awaitPrompt(int from, String prompt) {
        await(from, lines -> raw(from).contains("\r\n" + prompt), lines -> null);
    }

    /**
     * @param from a {@link #mark()}
     * @return the complete lines since the mark, empty ones left out
     */
    public synchronized List<String> lines(int from) {
        String text = received.substring(Math.min(from, received.length()));
        int end = Math.max(text.lastIndexOf('\r'), text.lastIndexOf('\n'));
        List<String> lines = new ArrayList<>();
        if (end < 0) {
            return lines;
        }
        for (String line : text.substring(0, end).split("[\r\n]+")) {
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }
        return lines;
    }

    /**
     * @param from a {@link #mark()}
     * @return everything since the mark, as it came
     */
    public synchronized String raw(int from) {
        return received.substring(Math.min(from, received.length()));
    }

    /** @return whether the modem side went away */
    public synchronized boolean ended() {
        return ended;
    }

    private synchronized <T> T await(int from, Predicate<List<String>> done, Function<List<String>, T> result) {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (!done.test(lines(from))) {
            long left = deadline - System.nanoTime();
            if (left <= 0 || ended) {
                throw new AssertionError("the modem did not answer as expected in time; it said: "
                        + raw(from).replace("\r", "\\r").replace("\n", "\\n"));
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
        return result.apply(lines(from));
    }

    /** Closes the streams; the reading thread ends when the pty does. */
    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            // closing anyway
        }
        try {
            in.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}

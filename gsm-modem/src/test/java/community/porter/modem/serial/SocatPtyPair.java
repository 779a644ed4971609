package community.porter.modem.serial;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two connected pseudo-terminals made by {@code socat -d -d pty,raw,echo=0 pty,raw,echo=0}: what
 * is written to one is read from the other, as over a null-modem cable. socat names the two
 * devices on its standard error ({@code ... N PTY is /dev/pts/3}).
 */
public final class SocatPtyPair implements AutoCloseable {

    private static final Pattern PTY = Pattern.compile("PTY is (\\S+)");

    private final Process socat;
    private final String first;
    private final String second;

    private SocatPtyPair(Process socat, String first, String second) {
        this.socat = socat;
        this.first = first;
        this.second = second;
    }

    /**
     * Starts socat, or skips the test when it is not installed.
     *
     * @return the running pair
     * @throws Exception when socat starts but does not name two devices within 10 s
     */
    public static SocatPtyPair start() throws Exception {
        assumeTrue(onPath("socat"), "socat is not on the PATH; the pseudo-terminal test needs it");
        Process socat = new ProcessBuilder("socat", "-d", "-d", "pty,raw,echo=0", "pty,raw,echo=0").start();
        socat.getInputStream().close();
        CompletableFuture<List<String>> devices = new CompletableFuture<>();
        Thread stderr = new Thread(() -> readDevices(socat, devices), "socat-stderr");
        stderr.setDaemon(true);
        stderr.start();
        try {
            List<String> paths = devices.get(10, TimeUnit.SECONDS);
            return new SocatPtyPair(socat, paths.get(0), paths.get(1));
        } catch (Exception e) {
            socat.destroyForcibly();
            throw e;
        }
    }

    /** @return the device the session opens */
    public String first() {
        return first;
    }

    /** @return the device the test's modem stand-in opens */
    public String second() {
        return second;
    }

    @Override
    public void close() throws InterruptedException {
        socat.destroy();
        if (!socat.waitFor(5, TimeUnit.SECONDS)) {
            socat.destroyForcibly();
        }
    }

    // Keeps reading after the two names so socat never blocks on a full pipe.
    private static void readDevices(Process socat, CompletableFuture<List<String>> devices) {
        List<String> paths = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(socat.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                Matcher matcher = PTY.matcher(line);
                if (matcher.find() && paths.size() < 2) {
                    paths.add(matcher.group(1));
                    if (paths.size() == 2) {
                        devices.complete(List.copyOf(paths));
                    }
                }
            }
            devices.completeExceptionally(new IOException("socat ended before naming two devices: " + paths));
        } catch (IOException e) {
            devices.completeExceptionally(e);
        }
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (new File(dir, program).canExecute()) {
                return true;
            }
        }
        return false;
    }
}

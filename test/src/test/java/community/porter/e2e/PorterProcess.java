package community.porter.e2e;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged Porter ({@code gateway/target/porter.jar}) run as a separate JVM, the way an
 * operator runs it: its own working directory (so its {@code ./data} is its own), its own HTTP
 * and broker ports, its output in a log file the test can read.
 */
public final class PorterProcess implements AutoCloseable {

    /** The API key every test instance is started with. */
    public static final String API_KEY = "e2e-test-key";

    private static final Duration START_DEADLINE = Duration.ofSeconds(90);

    private final Path workDir;
    private final List<String> jvmOptions;
    private final List<String> arguments;
    private final int httpPort;
    private final int brokerPort;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;
    private int starts;
    private Duration startToUp;

    private PorterProcess(Path workDir, List<String> jvmOptions, List<String> arguments, int httpPort,
            int brokerPort) {
        this.workDir = workDir;
        this.jvmOptions = jvmOptions;
        this.arguments = arguments;
        this.httpPort = httpPort;
        this.brokerPort = brokerPort;
    }

    /**
     * JVM options of every test start but the newcomer's: the tests are about what Porter does,
     * not how fast it runs, and start-up is what they spend most of their time on; half of its CPU
     * is the optimising compiler, which these leave out.
     */
    static final List<String> QUICK_START = List.of("-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
            "-Xshare:auto");

    /** Starts Porter with {@code arguments} (plus free ports and the test API key) and waits until it is UP. */
    public static PorterProcess start(Path workDir, String... arguments) {
        return startWithJvmOptions(workDir, List.of(), arguments);
    }

    /**
     * Starts Porter like {@link #start(Path, String...)}, with {@code jvmOptions} added to the JVM's
     * command line (e.g. options that shorten start-up for a test that restarts it many times).
     */
    public static PorterProcess startWithJvmOptions(Path workDir, List<String> jvmOptions, String... arguments) {
        List<String> all = new ArrayList<>(List.of(arguments));
        all.add("--porter.api.keys=" + API_KEY);
        List<String> options = new ArrayList<>(QUICK_START);
        options.addAll(jvmOptions);
        return startWithFreePorts(workDir, options, all);
    }

    /**
     * Starts Porter with {@code arguments} and nothing else but free ports, as a newcomer runs it
     * (no JVM options, no test API key: use the one the application prints), and waits until it is UP.
     */
    public static PorterProcess startAsNewcomer(Path workDir, String... arguments) {
        return startWithFreePorts(workDir, List.of(), new ArrayList<>(List.of(arguments)));
    }

    private static PorterProcess startWithFreePorts(Path workDir, List<String> jvmOptions, List<String> arguments) {
        int httpPort = freePort();
        arguments.add("--server.port=" + httpPort);
        int brokerPort = freePort();
        arguments.add("--porter.broker.listen=tcp://127.0.0.1:" + brokerPort);
        PorterProcess porter = new PorterProcess(workDir, jvmOptions, arguments, httpPort, brokerPort);
        porter.startAndAwaitHealth();
        return porter;
    }

    /** The jar under test, built by the reactor before this module's tests run. */
    public static Path jar() {
        Path jar = Path.of(System.getProperty("porter.jar", "../gateway/target/porter.jar")).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No packaged Porter at " + jar + "; run the build from the top folder");
        }
        return jar;
    }

    /** Starts the process (again) with the same arguments and data, and waits until it is UP. */
    public void startAndAwaitHealth() {
        long startedAt;
        try {
            Files.createDirectories(workDir);
            List<String> command = new ArrayList<>(List.of(javaBinary()));
            command.addAll(jvmOptions);
            command.addAll(List.of("-jar", jar().toString()));
            command.addAll(arguments);
            starts++;
            startToUp = null;
            startedAt = System.nanoTime();
            process = new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        await("Porter health UP (log: " + log() + ")").atMost(START_DEADLINE).pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("Porter exited with " + process.exitValue() + "; see " + log());
                    }
                    return health().contains("\"status\":\"UP\"");
                });
        startToUp = Duration.ofNanos(System.nanoTime() - startedAt);
    }

    /** How long the last start took: from launching the JVM to health UP (to within one 200 ms poll). */
    public Duration startToUp() {
        return startToUp;
    }

    /** Kills the process at once, as a crash or {@code kill -9} would. */
    public void kill() {
        process.destroyForcibly();
        await().atMost(Duration.ofSeconds(20)).until(() -> !process.isAlive());
    }

    /**
     * How the last process ended: 137 (128 + 9) after {@link #kill()}, since the process is the
     * JVM itself (no shell in between) and a forcible destroy sends it SIGKILL.
     */
    public int exitValue() {
        return process.exitValue();
    }

    /** The health document, or an empty string while the application does not answer. */
    public String health() {
        try {
            return get("/actuator/health").body();
        } catch (IOException e) {
            return "";
        }
    }

    /** A GET with the test API key. */
    public HttpResponse<String> get(String path) throws IOException {
        return get(path, API_KEY);
    }

    /** A GET with {@code apiKey} in the {@code X-API-Key} header. */
    public HttpResponse<String> get(String path, String apiKey) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("X-API-Key", apiKey).timeout(Duration.ofSeconds(10)).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + httpPort;
    }

    /** The port of the embedded broker's TCP acceptor (CORE, AMQP, STOMP) on 127.0.0.1. */
    public int brokerPort() {
        return brokerPort;
    }

    public Path log() {
        return workDir.resolve("porter.log");
    }

    /** Everything the process printed so far. */
    public String output() {
        try {
            return Files.exists(log()) ? Files.readString(log(), StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first group of {@code pattern} in the output, once it appears. */
    public Optional<String> find(Pattern pattern) {
        Matcher matcher = pattern.matcher(output());
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    public int starts() {
        return starts;
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }

    /** A port free right now on the loopback interface. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}

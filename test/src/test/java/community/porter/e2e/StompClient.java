package community.porter.e2e;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.awaitility.Awaitility;

/**
 * Another application on Porter's broker, as little of it as the tests need: STOMP 1.2 over a
 * plain socket, no client library. One connection sends to queues and holds several
 * subscriptions at once (topics or queues, optionally with a selector), and keeps every MESSAGE
 * frame with its headers, so a test can read an event's properties and a dead letter's reason.
 */
final class StompClient implements AutoCloseable {

    /** One STOMP frame as read from the wire. */
    record Frame(String command, Map<String, String> headers, String body) {

        /** A header of the frame (a message property, for a MESSAGE), or null. */
        String header(String name) {
            return headers.get(name);
        }
    }

    private static final Duration DEADLINE = Duration.ofSeconds(20);

    private final Socket socket;
    private final OutputStream out;
    private final List<Frame> frames = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong();

    private StompClient(Socket socket) throws IOException {
        this.socket = socket;
        this.out = socket.getOutputStream();
        InputStream in = socket.getInputStream();
        Thread reader = new Thread(() -> readFrames(in), "stomp-client");
        reader.setDaemon(true);
        reader.start();
    }

    /** Connects to the broker on 127.0.0.1:{@code port}. */
    static StompClient connect(int port) throws IOException {
        StompClient client = new StompClient(new Socket("127.0.0.1", port));
        client.send("CONNECT", Map.of("accept-version", "1.2", "host", "127.0.0.1", "heart-beat", "0,0"), "");
        client.awaitFrame("CONNECTED", null);
        return client;
    }

    /**
     * Subscribes to the multicast address {@code topic}, receiving what {@code selector} (a JMS
     * selector on message properties; null for all) matches; returns the subscription id once the
     * broker confirmed it, so nothing published afterwards is missed.
     */
    String subscribeTopic(String topic, String selector) throws IOException {
        return subscribe(topic, "MULTICAST", selector);
    }

    /** Consumes from the anycast queue {@code queue}; returns the subscription id. */
    String subscribeQueue(String queue) throws IOException {
        return subscribe(queue, "ANYCAST", null);
    }

    private String subscribe(String destination, String routing, String selector) throws IOException {
        String id = "sub-" + ids.incrementAndGet();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("id", id);
        headers.put("destination", destination);
        // Artemis: how to attach to the address (as a topic subscriber or to its anycast queue).
        headers.put("subscription-type", routing);
        headers.put("ack", "auto");
        if (selector != null) {
            headers.put("selector", selector);
        }
        headers.put("receipt", id);
        send("SUBSCRIBE", headers, "");
        awaitFrame("RECEIPT", id);
        return id;
    }

    /**
     * Sends {@code body} as a text message (no {@code content-length}: Artemis then makes it a
     * text message) to the anycast queue {@code queue}; returns once the broker has it.
     */
    void sendToQueue(String queue, String body) throws IOException {
        String receipt = "sent-" + ids.incrementAndGet();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("destination", queue);
        headers.put("destination-type", "ANYCAST");
        headers.put("content-type", "application/json;charset=utf-8");
        headers.put("receipt", receipt);
        send("SEND", headers, body);
        awaitFrame("RECEIPT", receipt);
    }

    /** The MESSAGE frames of subscription {@code id} so far, in order. */
    List<Frame> messages(String id) {
        return frames.stream().filter(f -> f.command().equals("MESSAGE") && id.equals(f.header("subscription")))
                .toList();
    }

    private void awaitFrame(String command, String receiptId) {
        Awaitility.await("STOMP " + command + (receiptId == null ? "" : " " + receiptId)).atMost(DEADLINE).until(() -> {
            Frame error = frames.stream().filter(f -> f.command().equals("ERROR")).findFirst().orElse(null);
            if (error != null) {
                throw new IllegalStateException("STOMP error: " + error.headers() + " " + error.body());
            }
            return frames.stream().anyMatch(f -> f.command().equals(command)
                    && (receiptId == null || receiptId.equals(f.header("receipt-id"))));
        });
    }

    private synchronized void send(String command, Map<String, String> headers, String body) throws IOException {
        StringBuilder frame = new StringBuilder(command).append('\n');
        headers.forEach((name, value) -> frame.append(name).append(':').append(value).append('\n'));
        frame.append('\n').append(body);
        out.write(frame.toString().getBytes(StandardCharsets.UTF_8));
        out.write(0);
        out.flush();
    }

    private void readFrames(InputStream in) {
        try {
            ByteArrayOutputStream frame = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) != -1) {
                if (b != 0) {
                    frame.write(b);
                    continue;
                }
                String text = frame.toString(StandardCharsets.UTF_8).replaceFirst("^[\\r\\n]+", "");
                frame.reset();
                if (!text.isEmpty()) {
                    frames.add(parse(text));
                }
            }
        } catch (SocketException closed) {
            // close() ends the reader this way.
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Frame parse(String text) {
        int headerEnd = text.indexOf("\n\n");
        String head = headerEnd < 0 ? text : text.substring(0, headerEnd);
        String body = headerEnd < 0 ? "" : text.substring(headerEnd + 2);
        String[] lines = head.split("\r?\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                // STOMP 1.2: the first of a repeated header counts; values escape ':' and '\'.
                headers.putIfAbsent(lines[i].substring(0, colon), unescape(lines[i].substring(colon + 1)));
            }
        }
        return new Frame(lines[0], headers, body);
    }

    private static String unescape(String value) {
        return value.replace("\\c", ":").replace("\\n", "\n").replace("\\r", "\r").replace("\\\\", "\\");
    }

    @Override
    public void close() throws IOException {
        try {
            send("DISCONNECT", Map.of(), "");
        } catch (IOException ignored) {
            // The broker may have gone first; closing the socket is what matters.
        }
        socket.close();
    }
}

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
 * Listens to a broker topic from outside Porter the way another application would: STOMP 1.2
 * over a plain socket, no client library, so the test relies on nothing of Porter's own
 * messaging code. Only what the tests need: connect, subscribe (optionally with a selector),
 * collect the MESSAGE bodies, and send a text message to an anycast queue.
 */
final class StompTopicSubscriber implements AutoCloseable {

    /** One STOMP frame as read from the wire. */
    record Frame(String command, Map<String, String> headers, String body) {
    }

    private static final Duration DEADLINE = Duration.ofSeconds(20);

    private final Socket socket;
    private final OutputStream out;
    private final List<Frame> frames = new CopyOnWriteArrayList<>();
    private final Thread reader;
    private final AtomicLong receipts = new AtomicLong();

    private StompTopicSubscriber(Socket socket) throws IOException {
        this.socket = socket;
        this.out = socket.getOutputStream();
        InputStream in = socket.getInputStream();
        this.reader = new Thread(() -> readFrames(in), "stomp-subscriber");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Connects to {@code port} on 127.0.0.1 and subscribes to the multicast address
     * {@code topic}; returns once the broker has confirmed the subscription (so nothing
     * published afterwards can be missed).
     */
    static StompTopicSubscriber subscribe(int port, String topic) throws IOException {
        return subscribe(port, topic, null);
    }

    /**
     * As {@link #subscribe(int, String)}, receiving only the messages {@code selector} (a JMS
     * message selector on the message properties, e.g. {@code controllerId = 'ctl-1-1'}) matches;
     * {@code null} for all.
     */
    static StompTopicSubscriber subscribe(int port, String topic, String selector) throws IOException {
        StompTopicSubscriber subscriber = new StompTopicSubscriber(new Socket("127.0.0.1", port));
        subscriber.send("CONNECT", Map.of("accept-version", "1.2", "host", "127.0.0.1", "heart-beat", "0,0"));
        subscriber.awaitFrame("CONNECTED");
        Map<String, String> subscribe = new LinkedHashMap<>();
        subscribe.put("id", "sub-0");
        subscribe.put("destination", topic);
        // Artemis: subscribe to the address as a topic, not as an anycast queue of that name.
        subscribe.put("subscription-type", "MULTICAST");
        subscribe.put("ack", "auto");
        if (selector != null) {
            subscribe.put("selector", selector);
        }
        subscribe.put("receipt", "subscribed");
        subscriber.send("SUBSCRIBE", subscribe);
        subscriber.awaitFrame("RECEIPT");
        return subscriber;
    }

    /**
     * Sends {@code body} as a text message (no {@code content-length}: Artemis then makes it a
     * text message) to the anycast queue {@code queue}; returns once the broker has it.
     */
    void sendToQueue(String queue, String body) throws IOException {
        String receipt = "sent-" + receipts.incrementAndGet();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("destination", queue);
        // Artemis: deliver to the anycast queue of that name, not to topic subscribers.
        headers.put("destination-type", "ANYCAST");
        headers.put("content-type", "application/json;charset=utf-8");
        headers.put("receipt", receipt);
        send("SEND", headers, body);
        awaitFrame("RECEIPT", receipt);
    }

    /** The bodies of the MESSAGE frames received so far, in order. */
    List<String> messages() {
        return frames.stream().filter(f -> f.command().equals("MESSAGE")).map(Frame::body).toList();
    }

    private void awaitFrame(String command) {
        awaitFrame(command, null);
    }

    /** Waits for a {@code command} frame; a RECEIPT with {@code receiptId} when that is not null. */
    private void awaitFrame(String command, String receiptId) {
        Awaitility.await("STOMP " + command + (receiptId == null ? "" : " " + receiptId)).atMost(DEADLINE).until(() -> {
            Frame error = frames.stream().filter(f -> f.command().equals("ERROR")).findFirst().orElse(null);
            if (error != null) {
                throw new IllegalStateException("STOMP error: " + error.headers() + " " + error.body());
            }
            return frames.stream().anyMatch(f -> f.command().equals(command)
                    && (receiptId == null || receiptId.equals(f.headers().get("receipt-id"))));
        });
    }

    private void send(String command, Map<String, String> headers) throws IOException {
        send(command, headers, "");
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
                // STOMP 1.2: the first occurrence of a repeated header is the one that counts.
                headers.putIfAbsent(lines[i].substring(0, colon), lines[i].substring(colon + 1));
            }
        }
        return new Frame(lines[0], headers, body);
    }

    @Override
    public void close() throws IOException {
        try {
            send("DISCONNECT", Map.of());
        } catch (IOException ignored) {
            // The broker may have gone first; closing the socket is what matters.
        }
        socket.close();
    }
}

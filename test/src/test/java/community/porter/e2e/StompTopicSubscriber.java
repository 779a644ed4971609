package community.porter.e2e;

import java.io.IOException;
import java.util.List;

/**
 * One topic subscription of a {@link StompClient} on a connection of its own: what a door
 * controller or a listening application holds. Only what the tests need: subscribe (optionally
 * with a selector), collect the MESSAGE bodies, and send a text message to an anycast queue.
 */
final class StompTopicSubscriber implements AutoCloseable {

    private final StompClient client;
    private final String subscription;

    private StompTopicSubscriber(StompClient client, String subscription) {
        this.client = client;
        this.subscription = subscription;
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
        StompClient client = StompClient.connect(port);
        try {
            return new StompTopicSubscriber(client, client.subscribeTopic(topic, selector));
        } catch (IOException | RuntimeException e) {
            client.close();
            throw e;
        }
    }

    /** Sends {@code body} as a text message to the anycast queue {@code queue}; returns once the broker has it. */
    void sendToQueue(String queue, String body) throws IOException {
        client.sendToQueue(queue, body);
    }

    /** The bodies of the MESSAGE frames received so far, in order. */
    List<String> messages() {
        return client.messages(subscription).stream().map(StompClient.Frame::body).toList();
    }

    @Override
    public void close() throws IOException {
        client.close();
    }
}

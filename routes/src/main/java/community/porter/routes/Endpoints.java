package community.porter.routes;

/** The in-memory hand-over points between Porter's routes. */
final class Endpoints {

    /** Stored inbound message ids waiting for their command to run. */
    static final String COMMANDS = "seda:porter-commands";
    /**
     * Where outbox ids are handed over to be sent: each is put in the queue of its {@link Lane}
     * there, so send to it with a plain {@code to}.
     */
    static final String OUTBOUND = "direct:porter-outbound";
    /** Door command ids stored and committed, waiting to be published to the controllers. */
    static final String DOOR_COMMANDS = "seda:porter-door-commands";

    private Endpoints() {
    }

    /** The consuming side of a hand-over queue, with its threads and capacity. */
    static String consumer(String queue, int threads, int size) {
        return queue + "?concurrentConsumers=" + threads + "&size=" + size;
    }

    /** The producing side: blocks when the queue is full rather than dropping work. */
    static String producer(String queue, int size) {
        return queue + "?size=" + size + "&blockWhenFull=true&waitForTaskToComplete=Never";
    }
}

package community.porter.routes;

/** The in-memory hand-over points between Porter's routes. */
final class Endpoints {

    /** Stored inbound message ids waiting for their command to run. */
    static final String COMMANDS = "seda:porter-commands";
    /** Outbox ids waiting to be handed to a transport. */
    static final String OUTBOUND = "seda:porter-outbound";
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

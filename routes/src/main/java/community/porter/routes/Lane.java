package community.porter.routes;

import community.porter.access.notice.Broadcasts;
import community.porter.command.pipeline.Reply;
import java.util.Locale;

/**
 * The outbound queues, one per class of priority, each with its own senders: a backlog in one
 * lane never holds up another, so a door or lost-card answer waits at most for what is already
 * in flight on its connection, however many broadcasts are queued.
 */
public enum Lane {
    /** Priorities below {@link Reply#NORMAL}: door answers, lost cards, approvals, alarms. */
    URGENT,
    /** Ordinary replies and notices, up to just below {@link Broadcasts#PRIORITY}. */
    NORMAL,
    /** Broadcasts and anything else of priority {@link Broadcasts#PRIORITY} or more. */
    BULK;

    /** @return the lane of an outbox priority (lower is sooner) */
    public static Lane of(int priority) {
        if (priority < Reply.NORMAL) {
            return URGENT;
        }
        return priority < Broadcasts.PRIORITY ? NORMAL : BULK;
    }

    /** @return the in-memory queue of this lane */
    String queue() {
        return "seda:porter-outbound-" + name().toLowerCase(Locale.ROOT);
    }

    /** @return the id of the route sending from this lane */
    String routeId() {
        return "outbound:" + name().toLowerCase(Locale.ROOT);
    }
}

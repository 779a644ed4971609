package community.porter.sms;

/**
 * Implemented by an outbound transport's endpoint that can say at once, without I/O, whether it
 * could take a message now. The outbound route asks before each try, so it skips a connection
 * that is down or throttled instead of waiting on it, and tries the next one its routing rule
 * lists. An endpoint that does not implement it counts as {@link State#READY}.
 */
public interface TransportReadiness {

    /** What the transport can do right now. */
    enum State {
        /** Can take a message. */
        READY,
        /** Up, but the peer asked for fewer messages a moment ago; used only when nothing is READY. */
        THROTTLED,
        /** Not connected (not bound, no modem registered); not tried. */
        DOWN
    }

    /** @return the transport's state now; must not block */
    State readiness();
}

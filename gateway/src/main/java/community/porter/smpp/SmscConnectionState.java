package community.porter.smpp;

import java.time.Instant;

/**
 * A read-only snapshot of one SMSC connection, for health indicators and the console.
 *
 * @param name        the connection name ({@code smsc:<name>})
 * @param state       where the connection is in its life
 * @param boundSince  when the current bind succeeded, or {@code null} when not bound
 * @param lastError   the last thing that went wrong (bind refused, connection lost, ...), or
 *                    {@code null} when nothing has
 * @param windowInUse requests sent and not yet answered on the current bind
 * @param submitted   submit_sm accepted by the SMSC since start
 * @param received    deliver_sm received that were messages (not receipts) since start
 * @param receipts    delivery receipts received since start
 * @param errors      failed binds, lost connections, refused or unanswered submits since start
 */
public record SmscConnectionState(
        String name,
        State state,
        Instant boundSince,
        String lastError,
        int windowInUse,
        long submitted,
        long received,
        long receipts,
        long errors) {

    /** The life of a connection. */
    public enum State {
        /** Not connected; a re-bind may be scheduled. */
        DISCONNECTED,
        /** Connecting and waiting for bind_resp. */
        BINDING,
        /** Bound: messages flow. */
        BOUND,
        /** Closing on purpose (Porter stops or the endpoint goes away). */
        UNBINDING
    }

    /** @return whether messages can flow now */
    public boolean isBound() {
        return state == State.BOUND;
    }
}

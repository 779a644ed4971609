package community.porter.smpp;

import java.time.Instant;
import java.util.Map;

/**
 * A read-only snapshot of one SMSC connection, for health indicators and the console.
 *
 * @param name         the connection name ({@code smsc:<name>})
 * @param state        where the connection is in its life
 * @param bindType     how it binds
 * @param address      the SMSC's {@code host:port}
 * @param boundSince   when the current bind succeeded, or {@code null} when not bound
 * @param downSince    since when the connection has not been bound (from start, or from the loss
 *                     of the last bind, through every failed re-bind), or {@code null} while bound
 * @param lastError    the last thing that went wrong (bind refused, connection lost, ...), or
 *                     {@code null} when nothing has
 * @param windowInUse  requests sent and not yet answered on the current bind
 * @param windowSize   requests that may be outstanding at once
 * @param submitted    submit_sm (message parts) accepted by the SMSC since start
 * @param received     deliver_sm received that were messages (not receipts) since start
 * @param receipts     delivery receipts received since start
 * @param reconnects   binds after the first one since start
 * @param errors       failed binds, lost connections, refused or unanswered submits since start
 * @param submitErrors refused or unanswered submits since start by command_status name
 *                     ({@code OUTCOME_UNKNOWN} for those left without a response)
 */
public record SmscConnectionState(
        String name,
        State state,
        SmscConfiguration.BindType bindType,
        String address,
        Instant boundSince,
        Instant downSince,
        String lastError,
        int windowInUse,
        int windowSize,
        long submitted,
        long received,
        long receipts,
        long reconnects,
        long errors,
        Map<String, Long> submitErrors) {

    public SmscConnectionState {
        submitErrors = submitErrors == null ? Map.of() : Map.copyOf(submitErrors);
    }

    /** The basics only, for callers that know nothing of the bind, the window or the meters. */
    public SmscConnectionState(String name, State state, Instant boundSince, String lastError, int windowInUse,
            long submitted, long received, long receipts, long errors) {
        this(name, state, SmscConfiguration.BindType.TRANSCEIVER, null, boundSince, state == State.BOUND ? null : Instant.now(),
                lastError, windowInUse, 0, submitted, received, receipts, 0, errors, Map.of());
    }

    /** A connection that no endpoint uses (yet): never bound, nothing counted. */
    static SmscConnectionState unused(String name, SmscConfiguration config) {
        return new SmscConnectionState(name, State.DISCONNECTED, config.getBindType(), config.getHost() + ":" + config.getPort(),
                null, null, null, 0, config.getWindowSize(), 0, 0, 0, 0, 0, Map.of());
    }

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

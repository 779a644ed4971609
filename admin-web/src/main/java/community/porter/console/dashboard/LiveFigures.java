package community.porter.console.dashboard;

import community.porter.access.door.Door;
import community.porter.access.message.OutboxMessage;
import java.time.Instant;
import java.util.List;

/**
 * Everything the dashboard shows at one moment.
 *
 * @param at when the figures were read
 * @param queued messages waiting to be sent (all phones: the gateway's load)
 * @param sending messages handed to a transport, not yet answered
 * @param waitingBroadcasts broadcasts in scope not finished yet
 * @param failures the latest failed or expired messages in scope, newest first
 */
record LiveFigures(Instant at, List<TransportHealth.Connector> connectors, List<TransportHealth.Modem> modems,
        long queued, long sending, long waitingBroadcasts, Throughput throughput, List<OutboxMessage> failures,
        long offlineDoorCount, List<Door> offlineDoors, long pendingVisitorRequests) {
}

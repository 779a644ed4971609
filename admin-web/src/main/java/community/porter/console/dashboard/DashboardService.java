package community.porter.console.dashboard;

import community.porter.access.message.MessageFigures;
import community.porter.access.message.MessageScope;
import community.porter.access.message.OutboxMessage;
import community.porter.console.security.ConsoleActor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the dashboard's figures for a console user. Connections and queues are the gateway's and
 * the same for everybody; message counts, failures, doors and visitors are the user's scope.
 * Figures only, no personal data beyond the failed messages' numbers, so reading them is not
 * audited (it runs every few seconds).
 */
@Service
class DashboardService {

    /** Minutes of the throughput chart. */
    static final int MINUTES = 60;
    /** Failed messages listed. */
    static final int FAILURES = 10;
    /** Offline doors listed by name. */
    static final int DOORS = 10;

    private final TransportHealth transports;
    private final MessageFigures messages;
    private final AccessFigures access;
    private final Clock clock;

    DashboardService(TransportHealth transports, MessageFigures messages, AccessFigures access,
            ObjectProvider<Clock> clock) {
        this.transports = transports;
        this.messages = messages;
        this.access = access;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Transactional(readOnly = true)
    public LiveFigures live(ConsoleActor actor) {
        Instant now = clock.instant();
        Instant start = now.minus(Duration.ofMinutes(MINUTES));
        MessageScope scope = MessageScope.ofNode(actor.nodePath());
        Map<OutboxMessage.State, Long> queue = messages.queueDepths();
        String path = actor.nodePath();
        return new LiveFigures(now, transports.connectors(), transports.modems(),
                queue.get(OutboxMessage.State.QUEUED), queue.get(OutboxMessage.State.SENDING),
                access.waitingBroadcasts(path),
                new Throughput(messages.receivedPerMinute(scope, start, MINUTES),
                        messages.sentPerMinute(scope, start, MINUTES)),
                messages.recentFailures(scope, FAILURES), access.offlineDoorCount(path),
                access.offlineDoors(path, DOORS), access.pendingVisitorRequests(path, now));
    }
}

package community.porter.routes;

import static community.porter.routes.RouteTestSupport.DEADLINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import community.porter.access.message.Outbox;
import community.porter.access.message.OutboxMessage;
import community.porter.sms.OutboundSms;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each message waits in the lane of its priority, and each lane has its own senders (one each in
 * these tests): door, lost-card and approval answers overtake a backlog of broadcasts.
 */
class OutboundLanesTest extends RoutesTest {

    private static final String RESIDENT = "+8613800000001";
    private static final int BACKLOG = 5;

    @Autowired Outbox outbox;

    @Test
    void anUrgentReplyIsSentNextWhateverBroadcastBacklogIsQueued() {
        firstTransport.hold();
        List<Long> broadcasts = new ArrayList<>();
        for (int i = 0; i < BACKLOG; i++) {
            broadcasts.add(enqueue(OutboxMessage.Kind.BROADCAST, 9));
        }
        broadcasts.forEach(this::send);
        await("the first broadcast in flight").atMost(DEADLINE).until(() -> firstTransport.handed().size() == 1);

        long doorAnswer = enqueue(OutboxMessage.Kind.REPLY, 0);
        send(doorAnswer);
        await("the door answer handed over").atMost(DEADLINE).until(() -> firstTransport.handed().size() == 2);
        firstTransport.release();

        await().atMost(DEADLINE).until(() -> broadcasts.stream()
                .allMatch(id -> outboxMessage(id).getState() == OutboxMessage.State.SENT));
        List<Long> order = firstTransport.handed().stream().map(OutboundSms::id).toList();
        assertThat(order).as("the broadcast in flight, then the door answer, then the other broadcasts")
                .containsExactly(broadcasts.get(0), doorAnswer, broadcasts.get(1), broadcasts.get(2), broadcasts.get(3),
                        broadcasts.get(4));
    }

    @Test
    void eachMessageGoesToTheLaneOfItsPriority() {
        long urgent = enqueue(OutboxMessage.Kind.NOTICE, 0);
        long normal = enqueue(OutboxMessage.Kind.REPLY, 5);
        long bulk = enqueue(OutboxMessage.Kind.BROADCAST, 9);
        NotifyBuilder urgentLane = new NotifyBuilder(camel).fromRoute(Lane.URGENT.routeId()).whenExactBodiesReceived(urgent).create();
        NotifyBuilder normalLane = new NotifyBuilder(camel).fromRoute(Lane.NORMAL.routeId()).whenExactBodiesReceived(normal).create();
        NotifyBuilder bulkLane = new NotifyBuilder(camel).fromRoute(Lane.BULK.routeId()).whenExactBodiesReceived(bulk).create();

        send(bulk);
        send(normal);
        send(urgent);

        assertThat(urgentLane.matches(DEADLINE.toMillis(), TimeUnit.MILLISECONDS)).as("urgent lane").isTrue();
        assertThat(normalLane.matches(DEADLINE.toMillis(), TimeUnit.MILLISECONDS)).as("normal lane").isTrue();
        assertThat(bulkLane.matches(DEADLINE.toMillis(), TimeUnit.MILLISECONDS)).as("bulk lane").isTrue();
    }

    private long enqueue(OutboxMessage.Kind kind, int priority) {
        return outbox.enqueue(kind, priority, RESIDENT, kind + " " + priority, null).getId();
    }

    private void send(long id) {
        template.sendBody(Endpoints.OUTBOUND, id);
    }
}

package community.porter.routes;

import static community.porter.routes.RouteTestSupport.DEADLINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import community.porter.access.message.Outbox;
import community.porter.access.message.OutboxMessage;
import community.porter.sms.OutboundSms;
import community.porter.sms.SendException;
import community.porter.sms.TransportReadiness;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Routing rules choose the transports of each message: {@code +86139…} through out2 then out1,
 * broadcasts through out2 only, everything else through out1 then out2 (no rule). A transport
 * that is down is skipped without being tried; a throttled one is tried only after the others.
 */
@SpringBootTest(properties = {
        "camel.main.route-filter-exclude-pattern=recovery",
        "porter.routing.rules[0].destination-prefixes=+86139",
        "porter.routing.rules[0].transports=out2,out1",
        "porter.routing.rules[1].kinds=BROADCAST",
        "porter.routing.rules[1].transports=fake:out2"})
class OutboundRoutingTest extends RoutesTest {

    private static final String RESIDENT = "+8613800000001";
    private static final String STAFF = "+8613900000001";

    @Autowired Outbox outbox;

    @Test
    void aDestinationPrefixRuleSendsThroughItsFirstTransport() {
        long id = enqueue(OutboxMessage.Kind.REPLY, 5, STAFF);

        send(id);

        assertThat(awaitState(id, OutboxMessage.State.SENT).getConnector()).isEqualTo("out2");
        assertThat(firstTransport.handed()).isEmpty();
    }

    @Test
    void aMessageNoRuleMatchesGoesThroughTheTransportsInConfiguredOrder() {
        long id = enqueue(OutboxMessage.Kind.REPLY, 5, RESIDENT);

        send(id);

        assertThat(awaitState(id, OutboxMessage.State.SENT).getConnector()).isEqualTo("out1");
        assertThat(secondTransport.handed()).isEmpty();
    }

    @Test
    void aTransportThatIsDownIsSkippedWithoutBeingTried() {
        secondTransport.reports(TransportReadiness.State.DOWN);
        long id = enqueue(OutboxMessage.Kind.REPLY, 0, STAFF);

        send(id);

        assertThat(awaitState(id, OutboxMessage.State.SENT).getConnector()).isEqualTo("out1");
        assertThat(secondTransport.handed()).isEmpty();
    }

    @Test
    void aThrottledTransportIsTriedOnlyAfterTheReadyOnes() {
        firstTransport.reports(TransportReadiness.State.THROTTLED);
        long viaSecond = enqueue(OutboxMessage.Kind.REPLY, 5, RESIDENT);

        send(viaSecond);

        assertThat(awaitState(viaSecond, OutboxMessage.State.SENT).getConnector()).isEqualTo("out2");
        assertThat(firstTransport.handed()).isEmpty();

        secondTransport.reports(TransportReadiness.State.DOWN);
        long viaThrottled = enqueue(OutboxMessage.Kind.REPLY, 5, RESIDENT);

        send(viaThrottled);

        assertThat(awaitState(viaThrottled, OutboxMessage.State.SENT).getConnector())
                .as("throttled, but the only one up").isEqualTo("out1");
    }

    @Test
    void aRuleListingOneTransportNeverFallsBackToAnother() {
        secondTransport.fails(() -> new SendException.RetryLater("throttled", null));
        long id = enqueue(OutboxMessage.Kind.BROADCAST, 9, RESIDENT);

        send(id);

        await().atMost(DEADLINE).until(() -> secondTransport.handed().size() == 3
                && outboxMessage(id).getState() == OutboxMessage.State.QUEUED);
        assertThat(firstTransport.handed()).isEmpty();
    }

    @Test
    void whenEveryTransportIsDownNoneIsTriedAndTheMessageWaits() {
        firstTransport.reports(TransportReadiness.State.DOWN);
        secondTransport.reports(TransportReadiness.State.DOWN);
        long id = enqueue(OutboxMessage.Kind.REPLY, 5, RESIDENT);

        send(id);

        await().atMost(DEADLINE).until(() -> outboxMessage(id).getAttempts() == 0
                && outboxMessage(id).getState() == OutboxMessage.State.QUEUED);
        RouteTestSupport.awaitQuiet(camel);
        assertThat(firstTransport.handed()).isEmpty();
        assertThat(secondTransport.handed()).isEmpty();
        assertThat(outbox.claim(id)).map(OutboundSms::id).contains(id);
    }

    private long enqueue(OutboxMessage.Kind kind, int priority, String to) {
        return outbox.enqueue(kind, priority, to, "Water off tomorrow 9-12.", null).getId();
    }

    private void send(long id) {
        template.sendBody(Endpoints.OUTBOUND, id);
    }

    private OutboxMessage awaitState(long id, OutboxMessage.State state) {
        return await().atMost(DEADLINE).until(() -> outboxMessage(id), m -> m.getState() == state);
    }
}

package community.porter.routes;

import static community.porter.routes.RouteTestSupport.DEADLINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import community.porter.access.message.Outbox;
import community.porter.access.message.OutboxMessage;
import community.porter.access.message.OutboxPart;
import community.porter.access.message.OutboxPartRepository;
import community.porter.sms.OutboundSms;
import community.porter.sms.SendException;
import community.porter.sms.SubmitOutcome;
import community.porter.sms.TransportReadiness;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A long message that fails part-way: the parts already accepted are recorded and never sent
 * again; the rest goes through the same transport only, even when another one could take it at
 * once. Test settings: 2 retries 10 ms apart (application.properties).
 */
class OutboundResumeTest extends RoutesTest {

    private static final String RESIDENT = "+8613800000001";

    @Autowired Outbox outbox;
    @Autowired OutboxPartRepository parts;

    @Test
    void aMessageThrottledAfterItsFirstPartSendsOnlyTheRestThroughTheSameTransport() {
        firstTransport.failsOnceAtPart(3, 2, accepted -> new SendException.RetryLater("throttled", null, accepted));
        long id = enqueue();

        send(id);

        OutboxMessage sent = awaitState(id, OutboxMessage.State.SENT);
        assertThat(sent.getConnector()).isEqualTo("out1");
        assertThat(sent.getParts()).isEqualTo(3);
        assertThat(firstTransport.handed()).as("the first try, then the rest")
                .extracting(OutboundSms::acceptedParts, OutboundSms::pinnedTo)
                .containsExactly(tuple(0, null), tuple(1, "out1"));
        assertThat(secondTransport.handed()).as("not offered elsewhere though the second could take it").isEmpty();
        assertThat(parts.findByMessageIdOrderByPartNo(id)).extracting(OutboxPart::getPartNo, OutboxPart::getTransportId)
                .containsExactly(tuple(1, "out1-" + id + "-1"), tuple(2, "out1-" + id + "-2"), tuple(3, "out1-" + id + "-3"));
    }

    @Test
    void aPartWhoseAnswerNeverCameIsSentAgainButNotThePartsBeforeIt() {
        firstTransport.failsOnceAtPart(3, 3, accepted -> new SendException.OutcomeUnknown("no submit_sm_resp", null, accepted));
        long id = enqueue();

        send(id);

        awaitState(id, OutboxMessage.State.SENT);
        assertThat(firstTransport.handed()).extracting(OutboundSms::acceptedParts).containsExactly(0, 2);
        assertThat(secondTransport.handed()).isEmpty();
        assertThat(parts.findByMessageIdOrderByPartNo(id)).extracting(OutboxPart::getPartNo).containsExactly(1, 2, 3);
    }

    @Test
    void aPartlySentMessageWaitsForItsTransportRatherThanGoingWholeElsewhere() {
        firstTransport.failsOnceAtPart(3, 2, accepted -> {
            firstTransport.reports(TransportReadiness.State.DOWN); // the connection is lost right after part 1
            return new SendException.RetryLater("connection lost", null, accepted);
        });
        long id = enqueue();

        send(id);

        await().atMost(DEADLINE).until(() -> outboxMessage(id).getState() == OutboxMessage.State.QUEUED);
        RouteTestSupport.awaitQuiet(camel);
        assertThat(firstTransport.handed()).as("a transport that is down is not tried").hasSize(1);
        assertThat(secondTransport.handed()).as("never sent whole elsewhere").isEmpty();
        assertThat(parts.findByMessageIdOrderByPartNo(id)).extracting(OutboxPart::getPartNo).containsExactly(1);

        firstTransport.reports(TransportReadiness.State.READY);
        send(id); // as the recovery sweep does

        assertThat(awaitState(id, OutboxMessage.State.SENT).getParts()).isEqualTo(3);
        assertThat(firstTransport.handed()).extracting(OutboundSms::acceptedParts).containsExactly(0, 1);
        assertThat(secondTransport.handed()).isEmpty();
        assertThat(parts.findByMessageIdOrderByPartNo(id)).extracting(OutboxPart::getPartNo, OutboxPart::getConnector)
                .containsExactly(tuple(1, "out1"), tuple(2, "out1"), tuple(3, "out1"));
    }

    @Test
    void aMessageRefusedForGoodAfterSomePartsFailsAndKeepsThePartsItGot() {
        firstTransport.failsOnceAtPart(3, 2, accepted -> new SendException.Rejected("ESME_RINVDSTADR", null, accepted));
        long id = enqueue();

        send(id);

        assertThat(awaitState(id, OutboxMessage.State.FAILED).getFailureReason()).isEqualTo("ESME_RINVDSTADR");
        assertThat(parts.findByMessageIdOrderByPartNo(id)).extracting(OutboxPart::getPartNo).containsExactly(1);
        assertThat(secondTransport.handed()).isEmpty();
    }

    @Test
    void aMessagePinnedToAConnectionThatIsNoLongerConfiguredFailsRatherThanGoingWholeElsewhere() {
        long id = enqueue();
        outbox.claim(id).orElseThrow();
        outbox.recordAccepted(id, new SubmitOutcome("retired", List.of("r-1")));
        outbox.recordNotSent(id); // as left by a Porter whose configuration had a connection "retired"

        send(id);

        assertThat(awaitState(id, OutboxMessage.State.FAILED).getFailureReason()).isEqualTo("PINNED_CONNECTOR_GONE");
        assertThat(firstTransport.handed()).isEmpty();
        assertThat(secondTransport.handed()).isEmpty();
    }

    private long enqueue() {
        return outbox.enqueue(OutboxMessage.Kind.REPLY, 5, RESIDENT, "a reply in three parts", null).getId();
    }

    private void send(long id) {
        template.sendBody(Endpoints.OUTBOUND, id);
    }

    private OutboxMessage awaitState(long id, OutboxMessage.State state) {
        return await().atMost(DEADLINE).until(() -> outboxMessage(id), m -> m.getState() == state);
    }
}

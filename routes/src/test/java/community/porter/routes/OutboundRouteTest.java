package community.porter.routes;

import static community.porter.routes.RouteTestSupport.DEADLINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import community.porter.access.message.Outbox;
import community.porter.access.message.OutboxMessage;
import community.porter.access.message.OutboxPart;
import community.porter.access.message.OutboxPartRepository;
import community.porter.sms.OutboundSms;
import community.porter.sms.SendException;
import java.util.concurrent.TimeUnit;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * From the outbox to a transport: a message is claimed by one sender, offered to the transports
 * in order of preference, retried with back-off while none can take it, and what became of it is
 * recorded. Test settings: 2 retries 10 ms apart (application.properties).
 */
class OutboundRouteTest extends RoutesTest {

    private static final String RESIDENT = "+8613800000001";
    private static final int TRIES = 3;

    @Autowired Outbox outbox;
    @Autowired OutboxPartRepository parts;

    @Test
    void aQueuedReplyIsSentThroughTheFirstTransportAndEndsSentWithItsPartIds() {
        firstTransport.accepts(3);
        long id = enqueue("a reply in three parts");

        send(id);

        OutboxMessage sent = awaitState(id, OutboxMessage.State.SENT);
        assertThat(sent.getConnector()).isEqualTo("out1");
        assertThat(sent.getParts()).isEqualTo(3);
        assertThat(parts.findByMessageIdOrderByPartNo(id)).extracting(OutboxPart::getTransportId)
                .containsExactly("out1-" + id + "-1", "out1-" + id + "-2", "out1-" + id + "-3");
        assertThat(firstTransport.handed()).singleElement().satisfies(sms -> {
            assertThat(sms.id()).isEqualTo(id);
            assertThat(sms.to()).isEqualTo(RESIDENT);
            assertThat(sms.text()).isEqualTo("a reply in three parts");
        });
        assertThat(secondTransport.handed()).isEmpty();
    }

    @Test
    void whenTheFirstTransportCannotTakeAMessageNowTheSecondSendsIt() {
        firstTransport.fails(() -> new SendException.RetryLater("throttled", null));
        long id = enqueue("Door 1-1 is open.");

        send(id);

        assertThat(awaitState(id, OutboxMessage.State.SENT).getConnector()).isEqualTo("out2");
        assertThat(firstTransport.handed()).hasSize(1);
        assertThat(secondTransport.handed()).extracting(OutboundSms::id).containsExactly(id);
    }

    @Test
    void whenTheFirstTransportGivesNoAnswerInTimeTheSecondSendsIt() {
        firstTransport.fails(() -> new SendException.OutcomeUnknown("no submit_sm_resp", null));
        long id = enqueue("Door 1-1 is open.");

        send(id);

        assertThat(awaitState(id, OutboxMessage.State.SENT).getConnector()).isEqualTo("out2");
    }

    @Test
    void whenNoTransportCanTakeAMessageItIsRetriedThenLeftQueuedForTheSweep() {
        firstTransport.fails(() -> new SendException.RetryLater("throttled", null));
        secondTransport.fails(() -> new SendException.RetryLater("down", null));
        long id = enqueue("Door 1-1 is open.");

        send(id);

        await().atMost(DEADLINE).until(() -> secondTransport.handed().size() == TRIES
                && outboxMessage(id).getState() == OutboxMessage.State.QUEUED);
        assertThat(firstTransport.handed()).as("the first try and two retries").hasSize(TRIES);
        RouteTestSupport.awaitQuiet(camel);
        assertThat(outbox.claim(id)).as("claimable again").isPresent();
    }

    @Test
    void aTransportThatRecoversDuringTheRetriesSendsTheMessage() {
        firstTransport.fails(() -> new SendException.RetryLater("throttled", null));
        secondTransport.fails(() -> {
            secondTransport.accepts(1); // back up for the next try
            return new SendException.RetryLater("binding", null);
        });
        long id = enqueue("Door 1-1 is open.");

        send(id);

        assertThat(awaitState(id, OutboxMessage.State.SENT).getConnector()).isEqualTo("out2");
        assertThat(secondTransport.handed()).hasSize(2);
    }

    @Test
    void aMessageRefusedForGoodFailsWithTheReasonAndIsNotOfferedElsewhere() {
        firstTransport.fails(() -> new SendException.Rejected("ESME_RINVDSTADR", null));
        long id = enqueue("to a barred number");

        send(id);

        assertThat(awaitState(id, OutboxMessage.State.FAILED).getFailureReason()).isEqualTo("ESME_RINVDSTADR");
        assertThat(firstTransport.handed()).hasSize(1);
        assertThat(secondTransport.handed()).isEmpty();
    }

    @Test
    void aMessagePastItsValidityExpiresAndIsNotOfferedElsewhere() {
        firstTransport.fails(() -> new SendException.Expired("valid until 08:00"));
        long id = enqueue("Your visitor request expired.");

        send(id);

        awaitState(id, OutboxMessage.State.EXPIRED);
        assertThat(secondTransport.handed()).isEmpty();
    }

    @Test
    void aMessageQueuedTwiceIsSentOnce() {
        long id = enqueue("Door 1-1 is open.");
        NotifyBuilder bothTaken = new NotifyBuilder(camel).fromRoute(Lane.NORMAL.routeId()).whenDone(2).create();

        send(id);
        send(id);

        assertThat(bothTaken.matches(DEADLINE.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
        assertThat(outboxMessage(id).getState()).isEqualTo(OutboxMessage.State.SENT);
        assertThat(firstTransport.handed()).hasSize(1);
        assertThat(parts.findByMessageIdOrderByPartNo(id)).hasSize(1);
    }

    @Test
    void aMessageAlreadySentIsNotSentAgainWhenQueuedAgain() {
        long id = enqueue("Door 1-1 is open.");
        send(id);
        awaitState(id, OutboxMessage.State.SENT);
        NotifyBuilder taken = new NotifyBuilder(camel).fromRoute(Lane.NORMAL.routeId()).whenDone(1).create();

        send(id);

        assertThat(taken.matches(DEADLINE.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
        assertThat(firstTransport.handed()).hasSize(1);
    }

    private long enqueue(String text) {
        return outbox.enqueue(OutboxMessage.Kind.REPLY, 5, RESIDENT, text, null).getId();
    }

    private void send(long id) {
        template.sendBody(Endpoints.OUTBOUND, id);
    }

    private OutboxMessage awaitState(long id, OutboxMessage.State state) {
        return await().atMost(DEADLINE).until(() -> outboxMessage(id), m -> m.getState() == state);
    }
}

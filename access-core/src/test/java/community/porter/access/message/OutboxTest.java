package community.porter.access.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import community.porter.sms.OutboundSms;
import community.porter.sms.SubmitOutcome;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The outbox: a message is stored before any transport sees it, claimed by exactly one sender,
 * and what the transports did with it is recorded part by part. What receipts do to it:
 * {@link DeliveryReceiptsContractTest}.
 */
@SpringBootTest
class OutboxTest {

    private static final String RESIDENT = "+8613800000001";

    @Autowired Outbox outbox;
    @Autowired OutboxRepository messages;
    @Autowired OutboxPartRepository parts;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void emptyTheTables() {
        MessageTables.clear(jdbc);
    }

    @Test
    void anEnqueuedMessageWaitsInTheQueue() {
        long id = enqueue("Commands: KM, CX");

        assertThat(message(id)).satisfies(m -> {
            assertThat(m.getState()).isEqualTo(OutboxMessage.State.QUEUED);
            assertThat(m.getKind()).isEqualTo(OutboxMessage.Kind.REPLY);
            assertThat(m.getRecipient()).isEqualTo(RESIDENT);
            assertThat(m.getText()).isEqualTo("Commands: KM, CX");
            assertThat(m.getCreatedAt()).isNotNull();
        });
    }

    @Test
    void aQueuedMessageIsClaimedOnceAndHandedOverWithAReceiptRequested() {
        long id = enqueue("Door 1-1 is open.");

        Optional<OutboundSms> first = outbox.claim(id);
        Optional<OutboundSms> second = outbox.claim(id);

        assertThat(first).get().satisfies(sms -> {
            assertThat(sms.id()).isEqualTo(id);
            assertThat(sms.to()).isEqualTo(RESIDENT);
            assertThat(sms.text()).isEqualTo("Door 1-1 is open.");
            assertThat(sms.receipt()).isTrue();
        });
        assertThat(second).as("a second claim of the same message").isEmpty();
        assertThat(message(id).getState()).isEqualTo(OutboxMessage.State.SENDING);
    }

    @Test
    void ofManySendersClaimingOneMessageAtOnceExactlyOneGetsIt() throws InterruptedException {
        long id = enqueue("Door 1-1 is open.");

        List<Optional<OutboundSms>> claims = Concurrently.run(8, () -> outbox.claim(id));

        assertThat(claims).filteredOn(Optional::isPresent).hasSize(1);
    }

    @Test
    void aMessageNoTransportTookWaitsAgainAndCanBeClaimedAgain() {
        long id = enqueue("Door 1-1 is open.");
        outbox.claim(id);

        outbox.recordNotSent(id);

        assertThat(message(id).getState()).isEqualTo(OutboxMessage.State.QUEUED);
        assertThat(outbox.claim(id)).isPresent();
    }

    @Test
    void notSentNeverTakesASentMessageBackToTheQueue() {
        long id = sent("main", "p1");

        outbox.recordNotSent(id);

        assertThat(message(id).getState()).isEqualTo(OutboxMessage.State.SENT);
        assertThat(outbox.claim(id)).isEmpty();
    }

    @Test
    void aSentMessageKeepsTheTransportIdOfEachPartInOrder() {
        long id = enqueue("a long reply");
        outbox.claim(id);

        outbox.recordSent(id, new SubmitOutcome("main", List.of("a1", "a2", "a3")));

        assertThat(message(id)).satisfies(m -> {
            assertThat(m.getState()).isEqualTo(OutboxMessage.State.SENT);
            assertThat(m.getConnector()).isEqualTo("main");
            assertThat(m.getParts()).isEqualTo(3);
            assertThat(m.getSentAt()).isNotNull();
        });
        assertThat(parts.findByMessageIdOrderByPartNo(id))
                .extracting(OutboxPart::getPartNo, OutboxPart::getTransportId, OutboxPart::getState)
                .containsExactly(
                        tuple(1, "a1", OutboxPart.State.SENT),
                        tuple(2, "a2", OutboxPart.State.SENT),
                        tuple(3, "a3", OutboxPart.State.SENT));
    }

    @Test
    void aRejectedMessageFailsWithItsReasonAndAnExpiredOneExpires() {
        long rejected = enqueue("to a barred number");
        long late = enqueue("too late");
        outbox.claim(rejected);
        outbox.claim(late);

        outbox.recordFailed(rejected, "ESME_RINVDSTADR");
        outbox.recordExpired(late);

        assertThat(message(rejected).getState()).isEqualTo(OutboxMessage.State.FAILED);
        assertThat(message(rejected).getFailureReason()).isEqualTo("ESME_RINVDSTADR");
        assertThat(message(late).getState()).isEqualTo(OutboxMessage.State.EXPIRED);
    }

    private long enqueue(String text) {
        return outbox.enqueue(OutboxMessage.Kind.REPLY, 5, RESIDENT, text, null).getId();
    }

    private long sent(String connector, String... partIds) {
        long id = enqueue("sent through " + connector);
        outbox.claim(id);
        outbox.recordSent(id, new SubmitOutcome(connector, List.of(partIds)));
        return id;
    }

    private OutboxMessage message(long id) {
        return messages.findById(id).orElseThrow();
    }
}

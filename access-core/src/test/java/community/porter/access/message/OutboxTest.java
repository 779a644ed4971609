package community.porter.access.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import community.porter.sms.DeliveryReceipt;
import community.porter.sms.OutboundSms;
import community.porter.sms.SubmitOutcome;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The outbox: a message is stored before any transport sees it, claimed by exactly one sender,
 * and what the transports and the network did with it is recorded part by part.
 */
@SpringBootTest
class OutboxTest {

    private static final String RESIDENT = "+8613800000001";
    private static final Instant DONE = Instant.parse("2026-11-23T08:00:05Z");

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

    @Test
    void aMessageIsDeliveredOnlyWhenEveryPartIs() {
        long id = sent("main", "d1", "d2");

        assertThat(outbox.recordReceipt(receipt("main", "d1", DeliveryReceipt.State.DELIVERED))).isTrue();
        assertThat(message(id).getState()).as("after the first of two parts").isEqualTo(OutboxMessage.State.SENT);

        outbox.recordReceipt(receipt("main", "d2", DeliveryReceipt.State.DELIVERED));
        assertThat(message(id).getState()).isEqualTo(OutboxMessage.State.DELIVERED);
        assertThat(message(id).getDeliveredAt()).isEqualTo(DONE);
        assertThat(parts.findByMessageIdOrderByPartNo(id)).extracting(OutboxPart::getState)
                .containsOnly(OutboxPart.State.DELIVERED);
    }

    @Test
    void aMessageFailsAsSoonAsOnePartFailsAndStaysFailed() {
        long id = sent("main", "f1", "f2");

        outbox.recordReceipt(new DeliveryReceipt("main", "f1", DeliveryReceipt.State.FAILED, "0x0B", DONE));
        assertThat(message(id).getState()).isEqualTo(OutboxMessage.State.FAILED);
        assertThat(message(id).getFailureReason()).contains("FAILED").contains("0x0B");

        outbox.recordReceipt(receipt("main", "f2", DeliveryReceipt.State.DELIVERED));
        assertThat(message(id).getState()).as("a later good part").isEqualTo(OutboxMessage.State.FAILED);
    }

    @Test
    void aPartThatExpiredInTheNetworkFailsTheMessage() {
        long id = sent("main", "e1", "e2");

        outbox.recordReceipt(receipt("main", "e2", DeliveryReceipt.State.EXPIRED));

        assertThat(message(id).getState()).isEqualTo(OutboxMessage.State.FAILED);
    }

    @Test
    void anUnknownFinalStateLeavesTheMessageSent() {
        long id = sent("main", "u1");

        outbox.recordReceipt(receipt("main", "u1", DeliveryReceipt.State.UNKNOWN));

        assertThat(message(id).getState()).isEqualTo(OutboxMessage.State.SENT);
        assertThat(parts.findByMessageIdOrderByPartNo(id)).extracting(OutboxPart::getState)
                .containsExactly(OutboxPart.State.UNKNOWN);
    }

    @Test
    void aReceiptMatchesAPartOnlyOnTheConnectionThatAcceptedIt() {
        long id = sent("main", "x1");

        assertThat(outbox.recordReceipt(receipt("backup", "x1", DeliveryReceipt.State.DELIVERED))).isFalse();
        assertThat(outbox.recordReceipt(receipt("main", "nobody", DeliveryReceipt.State.DELIVERED))).isFalse();
        assertThat(message(id).getState()).isEqualTo(OutboxMessage.State.SENT);
    }

    @Test
    void whenAnSmscReusesAMessageIdTheReceiptGoesToTheNewestPart() {
        long older = sent("main", "r1");
        long newer = sent("main", "r1");

        outbox.recordReceipt(receipt("main", "r1", DeliveryReceipt.State.DELIVERED));

        assertThat(message(newer).getState()).isEqualTo(OutboxMessage.State.DELIVERED);
        assertThat(message(older).getState()).isEqualTo(OutboxMessage.State.SENT);
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

    private static DeliveryReceipt receipt(String connector, String partId, DeliveryReceipt.State state) {
        return new DeliveryReceipt(connector, partId, state, null, DONE);
    }
}

package community.porter.access.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import community.porter.sms.DeliveryReceipt;
import community.porter.sms.SubmitOutcome;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What delivery receipts do to sent messages, on every supported database: each part takes the
 * receipt's final state, the parts roll up to their message, and a receipt that comes before its
 * part is recorded is kept durably and applied when the part is, or purged after
 * {@code porter.receipts.keep-unmatched}. Nothing here runs in a test transaction: every call
 * commits, as it must before a transport acknowledges the receipt.
 */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
abstract class DeliveryReceiptsContractTest {

    private static final String RESIDENT = "+8613800000001";
    private static final Instant DONE = Instant.parse("2026-11-23T08:00:05Z");
    private static final DeliveryReceipt.State DELIVERED = DeliveryReceipt.State.DELIVERED;

    @Autowired DeliveryReceipts receipts;
    @Autowired EarlyReceipts earlyReceipts;
    @Autowired Outbox outbox;
    @Autowired OutboxRepository messages;
    @Autowired OutboxPartRepository parts;
    @Autowired ReceiptProperties properties;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void emptyTheTables() {
        jdbc.update("delete from early_receipt");
        MessageTables.clear(jdbc);
    }

    // ---- roll-up ---------------------------------------------------------------------------

    @Test
    void aMessageIsDeliveredOnlyWhenEveryPartIs() {
        long id = sent("main", "d1", "d2");

        assertThat(receipts.record(receipt("d1", DELIVERED, "DELIVRD"))).isEqualTo(DeliveryReceipts.Result.APPLIED);
        assertThat(message(id).getState()).as("after the first of two parts").isEqualTo(OutboxMessage.State.SENT);

        receipts.record(new DeliveryReceipt("main", "d2", DELIVERED, null, DONE.plusSeconds(3), "DELIVRD"));
        assertThat(message(id).getState()).isEqualTo(OutboxMessage.State.DELIVERED);
        assertThat(message(id).getDeliveredAt()).as("when the last part arrived").isEqualTo(DONE.plusSeconds(3));
        assertThat(parts.findByMessageIdOrderByPartNo(id)).extracting(OutboxPart::getState, OutboxPart::getReceiptStatus)
                .containsOnly(tuple(OutboxPart.State.DELIVERED, "DELIVRD"));
    }

    @Test
    void aMessageFailsAsSoonAsOnePartFailsWithTheNetworksWordAsReasonAndStaysFailed() {
        long id = sent("main", "f1", "f2");
        int attempts = message(id).getAttempts();

        receipts.record(new DeliveryReceipt("main", "f2", DeliveryReceipt.State.FAILED, "027", DONE, "UNDELIV"));

        assertThat(message(id)).satisfies(m -> {
            assertThat(m.getState()).isEqualTo(OutboxMessage.State.FAILED);
            assertThat(m.getFailureReason()).isEqualTo("part 2: UNDELIV, error 027");
            assertThat(m.getAttempts()).as("a receipt is no sending attempt").isEqualTo(attempts);
        });
        receipts.record(receipt("f1", DELIVERED, "DELIVRD"));
        assertThat(message(id).getState()).as("after a later good part").isEqualTo(OutboxMessage.State.FAILED);
        assertThat(parts.findByMessageIdOrderByPartNo(id)).extracting(OutboxPart::getState)
                .containsExactly(OutboxPart.State.DELIVERED, OutboxPart.State.FAILED);
    }

    @Test
    void aPartWhoseValidityRanOutInTheNetworkExpiresTheMessage() {
        long id = sent("main", "e1", "e2");

        receipts.record(receipt("e2", DeliveryReceipt.State.EXPIRED, "EXPIRED"));

        assertThat(message(id).getState()).isEqualTo(OutboxMessage.State.EXPIRED);
        assertThat(message(id).getFailureReason()).isEqualTo("part 2: EXPIRED");
    }

    @Test
    void aFailedPartOutweighsAnExpiredOne() {
        long id = sent("main", "x1", "x2");

        receipts.record(receipt("x1", DeliveryReceipt.State.EXPIRED, "EXPIRED"));
        receipts.record(receipt("x2", DeliveryReceipt.State.FAILED, "REJECTD"));

        assertThat(message(id).getState()).isEqualTo(OutboxMessage.State.FAILED);
        assertThat(message(id).getFailureReason()).isEqualTo("part 2: REJECTD");
    }

    @Test
    void anIntermediateReceiptNotesHowFarThePartGotAndDecidesNothing() {
        long id = sent("main", "i1");

        receipts.record(receipt("i1", DeliveryReceipt.State.UNKNOWN, "ENROUTE"));

        assertThat(message(id).getState()).isEqualTo(OutboxMessage.State.SENT);
        assertThat(parts.findByMessageIdOrderByPartNo(id)).extracting(OutboxPart::getState, OutboxPart::getReceiptStatus)
                .containsExactly(tuple(OutboxPart.State.SENT, "ENROUTE"));

        receipts.record(receipt("i1", DELIVERED, "DELIVRD"));
        assertThat(message(id).getState()).isEqualTo(OutboxMessage.State.DELIVERED);
    }

    @Test
    void aSettledPartKeepsItsStateWhenALaterOrRepeatedReceiptSaysOtherwise() {
        long id = sent("main", "s1");
        receipts.record(receipt("s1", DELIVERED, "DELIVRD"));

        receipts.record(receipt("s1", DeliveryReceipt.State.UNKNOWN, "ENROUTE"));
        receipts.record(receipt("s1", DeliveryReceipt.State.FAILED, "UNDELIV"));

        assertThat(message(id).getState()).isEqualTo(OutboxMessage.State.DELIVERED);
        assertThat(parts.findByMessageIdOrderByPartNo(id)).extracting(OutboxPart::getReceiptStatus)
                .containsExactly("DELIVRD");
    }

    @Test
    void whenAnSmscReusesAMessageIdTheReceiptGoesToTheNewestPart() {
        long older = sent("main", "r1");
        long newer = sent("main", "r1");

        receipts.record(receipt("r1", DELIVERED, "DELIVRD"));

        assertThat(message(newer).getState()).isEqualTo(OutboxMessage.State.DELIVERED);
        assertThat(message(older).getState()).isEqualTo(OutboxMessage.State.SENT);
    }

    // ---- receipts before their part ----------------------------------------------------------

    @Test
    void aReceiptBeforeItsPartIsStoredAndAppliedWhenThePartIsRecorded() {
        long id = claimed();

        assertThat(receipts.record(receipt("early-1", DELIVERED, "DELIVRD"))).isEqualTo(DeliveryReceipts.Result.KEPT);
        assertThat(jdbc.queryForList("select transport_id from early_receipt", String.class))
                .as("committed before the transport acknowledges it").containsExactly("early-1");

        outbox.recordSent(id, new SubmitOutcome("main", List.of("early-1")));

        assertThat(message(id).getState()).isEqualTo(OutboxMessage.State.DELIVERED);
        assertThat(message(id).getDeliveredAt()).isEqualTo(DONE);
        assertThat(keptReceipts()).as("applied receipts are not kept").isZero();
    }

    @Test
    void anEarlyFailureOfOnePartFailsTheMessageWhenItsPartsAreRecorded() {
        long id = claimed();
        receipts.record(receipt("p2", DeliveryReceipt.State.FAILED, "UNDELIV"));

        outbox.recordSent(id, new SubmitOutcome("main", List.of("p1", "p2")));

        assertThat(message(id).getState()).isEqualTo(OutboxMessage.State.FAILED);
        assertThat(message(id).getFailureReason()).isEqualTo("part 2: UNDELIV");
    }

    @Test
    void earlyReceiptsForEveryPartDeliverTheMessageOnceAllPartsAreRecorded() {
        long id = claimed();
        receipts.record(receipt("q1", DELIVERED, "DELIVRD"));
        receipts.record(receipt("q2", DELIVERED, "DELIVRD"));

        outbox.recordSent(id, new SubmitOutcome("main", List.of("q1", "q2")));

        assertThat(message(id).getState()).isEqualTo(OutboxMessage.State.DELIVERED);
        assertThat(keptReceipts()).isZero();
    }

    @Test
    void aKeptReceiptOnlyMatchesAPartOnItsOwnConnection() {
        long id = claimed();
        receipts.record(new DeliveryReceipt("backup", "c1", DELIVERED, null, DONE, "DELIVRD"));

        outbox.recordSent(id, new SubmitOutcome("main", List.of("c1")));

        assertThat(message(id).getState()).isEqualTo(OutboxMessage.State.SENT);
        assertThat(keptReceipts()).isEqualTo(1);
    }

    @Test
    void theSweepAppliesAKeptReceiptWhosePartWasRecordedWithoutSeeingIt() {
        long id = sent("main", "late-1");
        // As if kept in the instant the part was recorded, each transaction blind to the other.
        jdbc.update("insert into early_receipt (connector, transport_id, state, status, done_at, received_at)"
                + " values ('main', 'late-1', 'DELIVERED', 'DELIVRD', ?, ?)", Timestamp.from(DONE),
                Timestamp.from(Instant.now()));

        earlyReceipts.sweep(Instant.now());

        assertThat(message(id).getState()).isEqualTo(OutboxMessage.State.DELIVERED);
        assertThat(keptReceipts()).isZero();
    }

    @Test
    void aReceiptThatFindsNoPartIsPurgedAndLoggedAfterTheKeepingPeriod(CapturedOutput output) {
        receipts.record(receipt("never-sent", DeliveryReceipt.State.FAILED, "UNDELIV"));
        Instant kept = Instant.now();

        earlyReceipts.sweep(kept.plus(properties.keepUnmatched()).minus(Duration.ofMinutes(1)));
        assertThat(keptReceipts()).as("within the keeping period").isEqualTo(1);

        earlyReceipts.sweep(kept.plus(properties.keepUnmatched()).plus(Duration.ofMinutes(1)));
        assertThat(keptReceipts()).as("after it").isZero();
        assertThat(output).contains("Purged 1 delivery receipts that matched no sent part within PT72H");
    }

    @Test
    void aReceiptThatCouldNeverMatchIsNotKept() {
        assertThat(receipts.record(new DeliveryReceipt("main", null, DELIVERED, null, DONE, "DELIVRD")))
                .isEqualTo(DeliveryReceipts.Result.IGNORED);
        assertThat(receipts.record(receipt("x".repeat(65), DELIVERED, "DELIVRD")))
                .isEqualTo(DeliveryReceipts.Result.IGNORED);
        assertThat(receipts.record(receipt("not-yet", DeliveryReceipt.State.UNKNOWN, "ENROUTE")))
                .as("an intermediate state has nothing to apply").isEqualTo(DeliveryReceipts.Result.IGNORED);
        assertThat(keptReceipts()).isZero();
    }

    @Test
    void aReceiptAndTheRecordOfItsPartAtTheSameInstantNeverMissEachOther() throws InterruptedException {
        for (int round = 0; round < 40; round++) {
            long id = claimed();
            String partId = "race-" + round;
            AtomicInteger turn = new AtomicInteger();
            Concurrently.run(2, () -> {
                if (turn.getAndIncrement() == 0) {
                    return receipts.record(receipt(partId, DELIVERED, "DELIVRD"));
                }
                outbox.recordSent(id, new SubmitOutcome("main", List.of(partId)));
                return null;
            });
            if (!sweepNeededForRaces()) {
                assertThat(message(id).getState()).as("round %d without the sweep", round)
                        .isEqualTo(OutboxMessage.State.DELIVERED);
            }
            earlyReceipts.sweep(Instant.now());
            assertThat(message(id).getState()).as("round %d", round).isEqualTo(OutboxMessage.State.DELIVERED);
        }
        assertThat(keptReceipts()).isZero();
    }

    /** Whether the database can let a receipt and its part miss each other, leaving it to the sweep. */
    abstract boolean sweepNeededForRaces();

    private long claimed() {
        long id = outbox.enqueue(OutboxMessage.Kind.REPLY, 5, RESIDENT, "Door 1-1 is open.", null).getId();
        outbox.claim(id);
        return id;
    }

    private long sent(String connector, String... partIds) {
        long id = claimed();
        outbox.recordSent(id, new SubmitOutcome(connector, List.of(partIds)));
        return id;
    }

    private OutboxMessage message(long id) {
        return messages.findById(id).orElseThrow();
    }

    private int keptReceipts() {
        return jdbc.queryForObject("select count(*) from early_receipt", Integer.class);
    }

    private static DeliveryReceipt receipt(String partId, DeliveryReceipt.State state, String status) {
        return new DeliveryReceipt("main", partId, state, null, DONE, status);
    }
}

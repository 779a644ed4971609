package community.porter.access.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import community.porter.sms.OutboundSms;
import community.porter.sms.SubmitOutcome;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a restart makes of the acceptance journal a killed process left: parts accepted but not
 * yet recorded are recorded, so nothing accepted is sent a second time.
 */
@SpringBootTest
class AcceptedPartsReplayTest {

    private static final String RESIDENT = "+8613800000001";

    @Autowired Outbox outbox;
    @Autowired OutboxRepository messages;
    @Autowired InboxRepository inboxMessages;
    @Autowired OutboxPartRepository parts;
    @Autowired TransactionTemplate transaction;
    @Autowired JdbcTemplate jdbc;

    @TempDir Path dir;
    private FileAcceptanceJournal journal;

    @BeforeEach
    void openTheJournal() {
        journal = new FileAcceptanceJournal(dir, Duration.ofMinutes(10), Duration.ofHours(1), Clock.systemUTC());
    }

    @AfterEach
    void emptyTheTables() {
        journal.close();
        MessageTables.clear(jdbc);
    }

    @Test
    void aMessageBeingSentWithEveryPartJournaledIsSentWithItsPartIdsAndNotClaimedAgain() {
        long id = claimed();
        journal.accepted(id, "main", 1, 3, "m1");
        journal.accepted(id, "main", 2, 3, "m2");
        journal.accepted(id, "main", 3, 3, "m3");

        assertThat(replay().replay()).isEqualTo(1);

        OutboxMessage sent = messages.findById(id).orElseThrow();
        assertThat(sent.getState()).isEqualTo(OutboxMessage.State.SENT);
        assertThat(sent.getParts()).isEqualTo(3);
        assertThat(sent.getConnector()).isEqualTo("main");
        assertThat(parts.findByMessageIdOrderByPartNo(id))
                .extracting(OutboxPart::getPartNo, OutboxPart::getConnector, OutboxPart::getTransportId)
                .containsExactly(tuple(1, "main", "m1"), tuple(2, "main", "m2"), tuple(3, "main", "m3"));
        assertThat(outbox.claim(id)).as("not sent again").isEmpty();
    }

    @Test
    void aMessageWithItsFirstPartJournaledResumesAfterItOnTheSameConnector() {
        long id = claimed();
        journal.accepted(id, "main", 1, 3, "m1");

        replay().replay();
        outbox.recordNotSent(id); // what the start-up requeue does with a message left SENDING

        OutboundSms resumed = outbox.claim(id).orElseThrow();
        assertThat(resumed.acceptedParts()).isEqualTo(1);
        assertThat(resumed.pinnedTo()).isEqualTo("main");
        assertThat(parts.findByMessageIdOrderByPartNo(id)).extracting(OutboxPart::getPartNo, OutboxPart::getTransportId)
                .containsExactly(tuple(1, "m1"));
    }

    @Test
    void journaledPartsAfterRecordedOnesCompleteTheMessage() {
        long id = claimed();
        outbox.recordAccepted(id, new SubmitOutcome("main", List.of("m1")));
        journal.accepted(id, "main", 2, 2, "m2");

        replay().replay();

        assertThat(messages.findById(id).orElseThrow().getState()).isEqualTo(OutboxMessage.State.SENT);
        assertThat(parts.findByMessageIdOrderByPartNo(id)).extracting(OutboxPart::getTransportId)
                .containsExactly("m1", "m2");
    }

    @Test
    void aMessageTheOutboxRecordedAsSentIsLeftAlone() {
        long id = claimed();
        outbox.recordSent(id, new SubmitOutcome("main", List.of("m1")));
        journal.accepted(id, "main", 1, 1, "m1");
        journal.accepted(id, "other", 1, 1, "x1"); // a line that does not match the record

        assertThat(replay().replay()).isZero();

        assertThat(parts.findByMessageIdOrderByPartNo(id)).extracting(OutboxPart::getConnector, OutboxPart::getTransportId)
                .containsExactly(tuple("main", "m1"));
        assertThat(messages.findById(id).orElseThrow().getState()).isEqualTo(OutboxMessage.State.SENT);
    }

    @Test
    void aPartMissingInTheMiddleLeavesOnlyTheLeadingPartsRecorded() {
        long id = claimed();
        journal.accepted(id, "main", 1, 3, "m1");
        journal.accepted(id, "main", 3, 3, "m3");

        replay().replay();

        assertThat(messages.findById(id).orElseThrow().getState()).isEqualTo(OutboxMessage.State.SENDING);
        assertThat(parts.findByMessageIdOrderByPartNo(id)).extracting(OutboxPart::getPartNo).containsExactly(1);
    }

    @Test
    void replayingTwiceChangesNothing() {
        long whole = claimed();
        journal.accepted(whole, "main", 1, 2, "w1");
        journal.accepted(whole, "main", 2, 2, "w2");
        long half = claimed();
        journal.accepted(half, "main", 1, 2, "h1");
        journal.accepted(9_999_999L, "main", 1, 1, "gone"); // a message no longer in the outbox

        assertThat(replay().replay()).isEqualTo(2);
        List<List<Object>> before = snapshot(whole, half);

        assertThat(replay().replay()).isZero();
        assertThat(snapshot(whole, half)).isEqualTo(before);
    }

    @Test
    void atStartTheJournalIsReplayedBeforeInterruptedSendsAreQueuedAgain() {
        long whole = claimed();
        journal.accepted(whole, "main", 1, 1, "w1");
        long half = claimed();
        journal.accepted(half, "main", 1, 3, "h1");
        long none = claimed();

        new PendingWork(inboxMessages, messages, transaction, Clock.systemUTC(), replay()).requeueInterruptedSends();

        assertThat(messages.findById(whole).orElseThrow().getState()).as("accepted whole: not queued again")
                .isEqualTo(OutboxMessage.State.SENT);
        assertThat(messages.findById(none).orElseThrow().getState()).isEqualTo(OutboxMessage.State.QUEUED);
        OutboundSms resumed = outbox.claim(half).orElseThrow();
        assertThat(resumed.acceptedParts()).as("queued again with its first part kept").isEqualTo(1);
        assertThat(resumed.pinnedTo()).isEqualTo("main");
    }

    private AcceptedPartsReplay replay() {
        return new AcceptedPartsReplay(journal, outbox, messages, parts, transaction);
    }

    private List<List<Object>> snapshot(long... ids) {
        return java.util.Arrays.stream(ids).mapToObj(id -> {
            OutboxMessage m = messages.findById(id).orElseThrow();
            return List.<Object>of(m.getState(), m.getParts(), parts.findByMessageIdOrderByPartNo(id).stream()
                    .map(p -> p.getPartNo() + "=" + p.getTransportId()).toList());
        }).toList();
    }

    private long claimed() {
        long id = outbox.enqueue(OutboxMessage.Kind.REPLY, 5, RESIDENT, "a reply long enough for three parts", null)
                .getId();
        outbox.claim(id).orElseThrow();
        return id;
    }
}

package community.porter.access.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import community.porter.sms.OutboundSms;
import community.porter.sms.SubmitOutcome;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A long message that fails part-way: the parts the transport accepted are recorded at once, a
 * later claim (after a restart or a long outage) hands over the message with them counted and
 * pinned to their connector, and the rest completes the message without repeating a part.
 */
@SpringBootTest
class OutboxResumeTest {

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
    void partsAcceptedBeforeAFailureAreRecordedAndTheMessageStaysClaimed() {
        long id = claimed();

        outbox.recordAccepted(id, new SubmitOutcome("main", List.of("m1")));

        assertThat(parts.findByMessageIdOrderByPartNo(id))
                .extracting(OutboxPart::getPartNo, OutboxPart::getConnector, OutboxPart::getTransportId)
                .containsExactly(tuple(1, "main", "m1"));
        assertThat(messages.findById(id).orElseThrow().getState()).isEqualTo(OutboxMessage.State.SENDING);
    }

    @Test
    void aPartlySentMessageIsClaimedAgainWithItsAcceptedPartsPinnedToTheirConnector() {
        long id = claimed();
        outbox.recordAccepted(id, new SubmitOutcome("main", List.of("m1", "m2")));
        outbox.recordNotSent(id);

        Outbox.Claimed again = outbox.claimForSending(id).orElseThrow();

        assertThat(again.sms().acceptedParts()).isEqualTo(2);
        assertThat(again.sms().pinnedTo()).isEqualTo("main");
        assertThat(again.kind()).isEqualTo(OutboxMessage.Kind.REPLY);
        assertThat(again.priority()).isEqualTo(5);
    }

    @Test
    void aMessageNotSentAtAllIsClaimedFreshAndPinnedNowhere() {
        long id = enqueue();

        OutboundSms sms = outbox.claim(id).orElseThrow();

        assertThat(sms.acceptedParts()).isZero();
        assertThat(sms.pinnedTo()).isNull();
    }

    @Test
    void theRestCompletesTheMessageWithEveryPartOnceAndTheWholeCount() {
        long id = claimed();
        outbox.recordAccepted(id, new SubmitOutcome("main", List.of("m1")));

        outbox.recordSent(id, new SubmitOutcome("main", 2, List.of("m2", "m3")));

        OutboxMessage sent = messages.findById(id).orElseThrow();
        assertThat(sent.getState()).isEqualTo(OutboxMessage.State.SENT);
        assertThat(sent.getParts()).as("parts of the whole message").isEqualTo(3);
        assertThat(sent.getConnector()).isEqualTo("main");
        assertThat(parts.findByMessageIdOrderByPartNo(id)).extracting(OutboxPart::getPartNo, OutboxPart::getTransportId)
                .containsExactly(tuple(1, "m1"), tuple(2, "m2"), tuple(3, "m3"));
    }

    @Test
    void recordingTheSamePartsTwiceKeepsTheFirstRecord() {
        long id = claimed();
        outbox.recordAccepted(id, new SubmitOutcome("main", List.of("m1")));

        outbox.recordAccepted(id, new SubmitOutcome("main", List.of("m1")));
        outbox.recordSent(id, new SubmitOutcome("main", List.of("m1", "m2")));

        assertThat(parts.findByMessageIdOrderByPartNo(id)).extracting(OutboxPart::getPartNo).containsExactly(1, 2);
        assertThat(messages.findById(id).orElseThrow().getParts()).isEqualTo(2);
    }

    @Test
    void thePriorityDecidingTheLaneIsReadWithoutClaiming() {
        long id = enqueue();

        assertThat(outbox.priorityOf(id)).contains(5);
        assertThat(outbox.priorityOf(id + 1000)).isEmpty();
        assertThat(messages.findById(id).orElseThrow().getState()).isEqualTo(OutboxMessage.State.QUEUED);
    }

    private long enqueue() {
        return outbox.enqueue(OutboxMessage.Kind.REPLY, 5, RESIDENT, "a reply long enough for three parts", null).getId();
    }

    private long claimed() {
        long id = enqueue();
        outbox.claim(id).orElseThrow();
        return id;
    }
}

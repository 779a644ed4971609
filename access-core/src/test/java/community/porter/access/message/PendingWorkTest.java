package community.porter.access.message;

import static org.assertj.core.api.Assertions.assertThat;

import community.porter.sms.InboundSms;
import community.porter.sms.SubmitOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the recovery sweep finds: work a crash or an outage left between two steps. */
@SpringBootTest
class PendingWorkTest {

    private static final String RESIDENT = "+8613800000001";
    private static final Duration AGE = Duration.ofSeconds(30);

    @Autowired PendingWork pending;
    @Autowired Inbox inbox;
    @Autowired InboxRepository inboxMessages;
    @Autowired Outbox outbox;
    @Autowired OutboxRepository outboxMessages;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void emptyTheTables() {
        MessageTables.clear(jdbc);
    }

    @Test
    void messagesStoredButNotHandledForLongerThanTheAgeAreUnhandled() {
        long old = receivedAgo("KM", Duration.ofMinutes(5));
        long fresh = receivedAgo("CX", Duration.ofSeconds(1));
        long handled = receivedAgo("H", Duration.ofMinutes(5));
        InboxMessage done = inboxMessages.findById(handled).orElseThrow();
        done.markHandled(Instant.now());
        inboxMessages.save(done);

        assertThat(pending.unhandledMessages(AGE, 100)).containsExactly(old);
        assertThat(pending.unhandledMessages(Duration.ZERO, 100)).containsExactly(old, fresh);
    }

    @Test
    void aDuplicateIsNeverUnhandledWork() {
        Instant longAgo = Instant.now().minus(Duration.ofMinutes(5));
        long original = inbox.store(new InboundSms("main", RESIDENT, null, "KM", "mo-9", null, longAgo, false))
                .inboxId();
        inbox.store(new InboundSms("main", RESIDENT, null, "KM", "mo-9", null, longAgo, false));

        assertThat(pending.unhandledMessages(AGE, 100)).containsExactly(original);
    }

    @Test
    void queuedMessagesOlderThanTheAgeAreUnsentUrgentOnesFirst() {
        long broadcast = queuedAgo(9, Duration.ofMinutes(5));
        long door = queuedAgo(0, Duration.ofMinutes(4));
        queuedAgo(0, Duration.ofSeconds(1));
        long claimed = queuedAgo(0, Duration.ofMinutes(5));
        outbox.claim(claimed);
        long sent = queuedAgo(0, Duration.ofMinutes(5));
        outbox.claim(sent);
        outbox.recordSent(sent, new SubmitOutcome("main", List.of("s1")));

        assertThat(pending.unsentMessages(AGE, 100)).containsExactly(door, broadcast);
    }

    @Test
    void atStartWhatAStoppedProcessWasSendingIsQueuedAgain() {
        long interrupted = queuedAgo(5, Duration.ofMinutes(1));
        outbox.claim(interrupted);
        long sent = queuedAgo(5, Duration.ofMinutes(1));
        outbox.claim(sent);
        outbox.recordSent(sent, new SubmitOutcome("main", List.of("s1")));

        pending.requeueInterruptedSends();

        assertThat(outboxMessages.findById(interrupted).orElseThrow().getState()).isEqualTo(OutboxMessage.State.QUEUED);
        assertThat(outboxMessages.findById(sent).orElseThrow().getState()).isEqualTo(OutboxMessage.State.SENT);
        assertThat(pending.unsentMessages(AGE, 100)).containsExactly(interrupted);
    }

    private long receivedAgo(String text, Duration ago) {
        Instant at = Instant.now().minus(ago);
        return inbox.store(new InboundSms("main", RESIDENT, null, text, null, null, at, false)).inboxId();
    }

    private long queuedAgo(int priority, Duration ago) {
        Instant at = Instant.now().minus(ago);
        return outboxMessages.save(new OutboxMessage(OutboxMessage.Kind.REPLY, priority, RESIDENT, "text", null, null,
                null, at)).getId();
    }
}

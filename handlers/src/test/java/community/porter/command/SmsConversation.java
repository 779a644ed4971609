package community.porter.command;

import static org.assertj.core.api.Assertions.assertThat;

import community.porter.access.message.CommandLogEntry;
import community.porter.access.message.CommandOutcome;
import community.porter.access.message.Inbox;
import community.porter.access.message.OutboxMessage;
import community.porter.command.pipeline.CommandPipeline;
import community.porter.sms.InboundSms;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A phone texting Porter, for conversation-style tests: {@link #send} stores the SMS as a
 * transport does (committed, as plain SMPP without a message id), runs its command through the
 * pipeline and returns what Porter made of it: the command-log row and the replies it queued.
 */
@Component
public class SmsConversation {

    /** The number residents text; the recipient of every test message. */
    public static final String SERVICE_NUMBER = "10690000";

    private final Inbox inbox;
    private final CommandPipeline pipeline;
    private final EntityManager entityManager;
    private final Clock clock;

    SmsConversation(Inbox inbox, CommandPipeline pipeline, EntityManager entityManager, Clock clock) {
        this.inbox = inbox;
        this.pipeline = pipeline;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** {@code phone} sends {@code text}; Porter stores it and runs its command. */
    public Answer send(String phone, String text) {
        long inboxId = store(phone, text);
        List<Long> queued = pipeline.run(inboxId);
        return answerTo(inboxId, queued);
    }

    /** Stores an SMS the way the inbound route does, without running its command yet. */
    public long store(String phone, String text) {
        return inbox.store(new InboundSms("main", phone, SERVICE_NUMBER, text, null, null, clock.instant(), false))
                .inboxId();
    }

    /** What Porter has recorded for stored message {@code inboxId} by now. */
    public Answer answerTo(long inboxId, List<Long> queued) {
        List<CommandLogEntry> log = entityManager
                .createQuery("select e from CommandLogEntry e where e.inboxId = :id", CommandLogEntry.class)
                .setParameter("id", inboxId).getResultList();
        assertThat(log).as("command-log rows of inbox message %d", inboxId).hasSizeLessThanOrEqualTo(1);
        List<OutboxMessage> replies = entityManager
                .createQuery("select m from OutboxMessage m where m.inboxId = :id order by m.id", OutboxMessage.class)
                .setParameter("id", inboxId).getResultList();
        return new Answer(inboxId, queued, log.isEmpty() ? null : log.get(0), replies);
    }

    /**
     * What Porter made of one message.
     *
     * @param inboxId the stored message
     * @param queued  the outbox ids the pipeline handed back for sending
     * @param log     its command-log row, or {@code null} while its command has not run
     * @param replies every message queued because of it, in order
     */
    public record Answer(long inboxId, List<Long> queued, CommandLogEntry log, List<OutboxMessage> replies) {

        public CommandOutcome outcome() {
            assertThat(log).as("command-log row of inbox message %d", inboxId).isNotNull();
            return log.getOutcome();
        }

        /** The text of the one reply. */
        public String text() {
            assertThat(replies).as("replies to inbox message %d", inboxId).hasSize(1);
            return replies.get(0).getText();
        }

        public boolean isSilent() {
            return replies.isEmpty();
        }
    }
}

package community.porter.command.pipeline;

import community.porter.access.message.CommandLogEntry;
import community.porter.access.message.CommandLogRepository;
import community.porter.access.message.CommandOutcome;
import community.porter.access.message.InboxMessage;
import community.porter.access.message.InboxRepository;
import community.porter.access.person.Sender;
import community.porter.access.person.SenderDirectory;
import community.porter.command.language.CommandParser;
import community.porter.command.language.ParseResult;
import community.porter.command.language.ReplyKeys;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the command carried by one stored inbound message: parse → identify → decide (rate limit,
 * authorise, handle) → store the replies → log the outcome, all in one transaction, so a
 * message's effects, its replies and its command-log row commit together or not at all.
 *
 * <p>Running it again for a message already handled does nothing: that is what lets the recovery
 * sweep re-queue messages without fear of repeating an effect.
 */
@Service
public class CommandPipeline {

    private static final Logger log = LoggerFactory.getLogger(CommandPipeline.class);

    private final InboxRepository inbox;
    private final CommandLogRepository commandLog;
    private final SenderDirectory senders;
    private final CommandParser parser;
    private final CommandDecider decider;
    private final ReplyWriter replies;
    private final ReplyLanguagePolicy languages;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public CommandPipeline(InboxRepository inbox, CommandLogRepository commandLog, SenderDirectory senders,
            CommandParser parser, CommandDecider decider, ReplyWriter replies, ReplyLanguagePolicy languages,
            TransactionTemplate transaction, Clock clock) {
        this.inbox = inbox;
        this.commandLog = commandLog;
        this.senders = senders;
        this.parser = parser;
        this.decider = decider;
        this.replies = replies;
        this.languages = languages;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * Handles stored message {@code inboxId} unless that was done already.
     *
     * <p>Should the command fail, its transaction is rolled back with everything it had changed,
     * and the message is answered and logged as {@code ERROR} in a transaction of its own: a
     * failed command leaves no half effect, and still its one command-log row, so the recovery
     * sweep does not run it again and again.
     *
     * @return the outbox ids of the replies, committed and ready to send
     */
    public List<Long> run(long inboxId) {
        try {
            return transaction.execute(status -> handle(inboxId, decider::decide));
        } catch (RuntimeException e) {
            log.error("Command of inbox message {} failed; answering ERROR", inboxId, e);
            return transaction.execute(status -> handle(inboxId,
                    (parsed, context) -> CommandResult.of(CommandOutcome.ERROR, ReplyKeys.ERROR_GENERIC)));
        }
    }

    private List<Long> handle(long inboxId, BiFunction<ParseResult, CommandContext, CommandResult> decision) {
        InboxMessage message = inbox.lockById(inboxId).orElse(null);
        if (message == null || message.getState() != InboxMessage.State.RECEIVED) {
            return List.of();
        }
        Sender sender = senders.identify(message.getSender());
        CommandContext context = new CommandContext(inboxId, message.getSender(), message.getText(),
                message.getReceivedAt(), sender, languages.forSender(sender, message.getText()),
                message.isIncomplete());
        ParseResult parsed = parser.parse(message.getText());
        CommandResult result = decision.apply(parsed, context);
        List<Long> outboxIds = replies.store(result, context);
        commandLog.save(new CommandLogEntry(inboxId, message.getSender(), message.getText(),
                CommandDecider.codeOf(parsed).map(Enum::name).orElse(null), result.outcome(), outboxIds.size(),
                result.detail(), message.getReceivedAt(), clock.instant()));
        message.markHandled(clock.instant());
        if (result.queued().isEmpty()) {
            return outboxIds;
        }
        List<Long> all = new ArrayList<>(outboxIds);
        all.addAll(result.queued());
        return all;
    }
}

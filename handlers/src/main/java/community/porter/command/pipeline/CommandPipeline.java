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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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
    private final Clock clock;

    public CommandPipeline(InboxRepository inbox, CommandLogRepository commandLog, SenderDirectory senders,
            CommandParser parser, CommandDecider decider, ReplyWriter replies, ReplyLanguagePolicy languages,
            Clock clock) {
        this.inbox = inbox;
        this.commandLog = commandLog;
        this.senders = senders;
        this.parser = parser;
        this.decider = decider;
        this.replies = replies;
        this.languages = languages;
        this.clock = clock;
    }

    /**
     * Handles stored message {@code inboxId} unless that was done already.
     *
     * @return the outbox ids of the replies to send once this transaction has committed
     */
    @Transactional
    public List<Long> run(long inboxId) {
        InboxMessage message = inbox.lockById(inboxId).orElse(null);
        if (message == null || message.getState() != InboxMessage.State.RECEIVED) {
            return List.of();
        }
        Sender sender = senders.identify(message.getSender());
        CommandContext context = new CommandContext(inboxId, message.getSender(), message.getText(),
                message.getReceivedAt(), sender, languages.forSender(sender, message.getText()));
        ParseResult parsed = parser.parse(message.getText());
        CommandResult result = decideSafely(parsed, context);
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

    private CommandResult decideSafely(ParseResult parsed, CommandContext context) {
        try {
            return decider.decide(parsed, context);
        } catch (RuntimeException e) {
            // A bug or a broken dependency in one handler must not cost the message its log row.
            log.error("Command of inbox message {} failed", context.inboxId(), e);
            return CommandResult.of(CommandOutcome.ERROR, ReplyKeys.ERROR_GENERIC);
        }
    }
}

package community.porter.console.logs;

import community.porter.access.message.CommandLogRepository;
import community.porter.access.message.InboxMessage;
import community.porter.access.message.InboxRepository;
import community.porter.access.message.LogCursor;
import community.porter.access.message.LoggedMessage;
import community.porter.access.message.MessageLog;
import community.porter.access.message.MessageScope;
import community.porter.access.message.OutboxMessage;
import community.porter.access.message.OutboxPart;
import community.porter.access.message.OutboxPartRepository;
import community.porter.access.message.OutboxRepository;
import community.porter.access.person.InvalidPhoneNumberException;
import community.porter.access.person.PhoneNumbers;
import community.porter.console.security.ConsoleActor;
import community.porter.console.security.ConsoleAudit;
import community.porter.console.security.OutOfScopeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the message log for a console user: only messages of people in their scope (and, at the
 * root of the tree, of unregistered senders), and records each search and each message looked at
 * in the audit log, since both show personal data.
 */
@Service
class MessageLogService {

    /** Lines per page. */
    static final int PAGE = 50;

    private final MessageLog log;
    private final InboxRepository inbox;
    private final CommandLogRepository commandLog;
    private final OutboxRepository outbox;
    private final OutboxPartRepository parts;
    private final ConsoleAudit audit;
    private final PhoneNumbers phoneNumbers;
    private final String countryCode;

    MessageLogService(MessageLog log, InboxRepository inbox, CommandLogRepository commandLog,
            OutboxRepository outbox, OutboxPartRepository parts, ConsoleAudit audit, PhoneNumbers phoneNumbers,
            @Value("${porter.country-code:86}") String countryCode) {
        this.log = log;
        this.inbox = inbox;
        this.commandLog = commandLog;
        this.outbox = outbox;
        this.parts = parts;
        this.audit = audit;
        this.phoneNumbers = phoneNumbers;
        this.countryCode = countryCode;
    }

    /** One page of the log and where the next one starts ({@code null} on the last page). */
    record LogPage(List<LoggedMessage> lines, String nextToken) {
    }

    /**
     * A page of the search. The first page of a search is audited with its criteria; the pages
     * after it (those with a cursor) are the same search and are not audited again.
     */
    @Transactional
    public LogPage search(ConsoleActor actor, LogSearch search, ZoneId zone) {
        LogCursor after = LogCursor.parse(search.getAfter()).orElse(null);
        if (after == null) {
            String criteria = search.describe();
            audit.read(actor, "MESSAGES_SEARCHED", "message", null, criteria.isEmpty() ? null : criteria);
        }
        // One line more than shown tells whether there is a next page.
        List<LoggedMessage> lines = log.find(search.toFilter(zone, this::e164), scopeOf(actor), after, PAGE + 1);
        if (lines.size() <= PAGE) {
            return new LogPage(lines, null);
        }
        List<LoggedMessage> shown = lines.subList(0, PAGE);
        return new LogPage(List.copyOf(shown), shown.get(PAGE - 1).cursor().token());
    }

    /**
     * The life of received message {@code id}.
     *
     * @throws OutOfScopeException when it does not exist or its sender is not the actor's to see
     */
    @Transactional
    public InboundLife inbound(ConsoleActor actor, long id) {
        if (!log.isInboundInScope(id, scopeOf(actor))) {
            throw new OutOfScopeException();
        }
        InboxMessage message = inbox.findById(id).orElseThrow(OutOfScopeException::new);
        audit.read(actor, "MESSAGE_VIEWED", "inbox_message", id, null);
        List<OutboxMessage> replies = outbox.findByInboxIdOrderByIdAsc(id);
        Map<Long, List<OutboxPart>> partsByReply = replies.isEmpty() ? Map.of()
                : parts.findByMessageIdInOrderByPartNo(replies.stream().map(OutboxMessage::getId).toList()).stream()
                        .collect(Collectors.groupingBy(OutboxPart::getMessageId));
        return new InboundLife(message, commandLog.findByInboxId(id).orElse(null), replies.stream()
                .map(reply -> new InboundLife.Reply(reply, partsByReply.getOrDefault(reply.getId(), List.of())))
                .toList());
    }

    /**
     * A number as people type it ({@code 137 0000 0001}) as stored ({@code +8613700000001}); a
     * short service number, which is no E.164, is searched as typed.
     */
    private String e164(String typed) {
        try {
            return phoneNumbers.normalise(typed, countryCode);
        } catch (InvalidPhoneNumberException notE164) {
            return typed;
        }
    }

    static MessageScope scopeOf(ConsoleActor actor) {
        return MessageScope.ofNode(actor.nodePath());
    }
}

package community.porter.console.api;

import community.porter.access.message.CommandLogEntry;
import community.porter.access.message.CommandLogRepository;
import community.porter.access.message.InboxMessage;
import community.porter.access.message.InboxRepository;
import community.porter.access.message.OutboxMessage;
import community.porter.access.message.OutboxPart;
import community.porter.access.message.OutboxPartRepository;
import community.porter.access.message.OutboxRepository;
import community.porter.console.api.MessagesApi.MessageView;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/inbound/{id}}: the whole life of a message Porter received — when it arrived,
 * when and how its command was handled, and each reply with its queued, sent and delivered times.
 * A kiosk follows a visitor request it submitted here, by the id the request was stored under.
 */
@RestController
@RequestMapping("/api/v1/inbound")
class InboundApi {

    private final InboxRepository inbox;
    private final CommandLogRepository commandLog;
    private final OutboxRepository outbox;
    private final OutboxPartRepository parts;

    InboundApi(InboxRepository inbox, CommandLogRepository commandLog, OutboxRepository outbox,
            OutboxPartRepository parts) {
        this.inbox = inbox;
        this.commandLog = commandLog;
        this.outbox = outbox;
        this.parts = parts;
    }

    /**
     * A received message and what became of it.
     *
     * @param state       {@code RECEIVED} (stored, command not yet handled), {@code HANDLED} or
     *                    {@code DUPLICATE} (a re-delivered copy, never run)
     * @param duplicateOf for a duplicate, the id of the message it is a copy of
     * @param command     the command it was handled as; absent until handled
     * @param replies     Porter's replies to it, oldest first, each with its own life
     */
    record InboundView(long id, String from, String to, String text, String connector, Instant receivedAt,
            String state, Long duplicateOf, Instant handledAt, HandlingView command, List<MessageView> replies) {
    }

    /**
     * How the message was handled as a command.
     *
     * @param command the command word it was read as ({@code KM}, {@code SQ} …), absent if none
     * @param outcome the machine-readable outcome ({@code OK}, {@code FORBIDDEN} …)
     * @param detail  what Porter noted about it, for people
     */
    record HandlingView(long logId, String command, String outcome, String detail, Instant handledAt,
            int replyCount) {

        static HandlingView of(CommandLogEntry entry) {
            return new HandlingView(entry.getId(), entry.getCommand(), entry.getOutcome().name(), entry.getDetail(),
                    entry.getHandledAt(), entry.getReplyCount());
        }
    }

    @GetMapping("/{id}")
    @Transactional(readOnly = true)
    ResponseEntity<?> inbound(@PathVariable long id) {
        return inbox.findById(id)
                .<ResponseEntity<?>>map(message -> ResponseEntity.ok(view(message)))
                .orElseGet(() -> Problems.notFound("Inbound message not found", "No inbound message " + id,
                        "/api/v1/inbound/" + id));
    }

    private InboundView view(InboxMessage message) {
        HandlingView command = commandLog.findByInboxId(message.getId()).map(HandlingView::of)
                .orElse(null);
        List<OutboxMessage> replies = outbox.findByInboxIdOrderByIdAsc(message.getId());
        Map<Long, List<OutboxPart>> partsByReply = replies.isEmpty() ? Map.of()
                : parts.findByMessageIdInOrderByPartNo(replies.stream().map(OutboxMessage::getId).toList()).stream()
                        .collect(Collectors.groupingBy(OutboxPart::getMessageId));
        return new InboundView(message.getId(), message.getSender(), message.getRecipient(), message.getText(),
                message.getConnector(), message.getReceivedAt(), message.getState().name(), message.getDuplicateOf(),
                message.getHandledAt(), command,
                replies.stream().map(r -> MessageView.of(r, partsByReply.getOrDefault(r.getId(), List.of()))).toList());
    }
}

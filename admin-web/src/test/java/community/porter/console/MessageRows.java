package community.porter.console;

import community.porter.access.message.CommandLogEntry;
import community.porter.access.message.CommandLogRepository;
import community.porter.access.message.CommandOutcome;
import community.porter.access.message.InboxMessage;
import community.porter.access.message.InboxRepository;
import community.porter.access.message.OutboxMessage;
import community.porter.access.message.OutboxPart;
import community.porter.access.message.OutboxPartRepository;
import community.porter.access.message.OutboxRepository;
import java.time.Instant;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/** Stores inbox, command-log and outbox rows as Porter would have written them. */
@Component
public class MessageRows {

    private final InboxRepository inbox;
    private final CommandLogRepository commands;
    private final OutboxRepository outbox;
    private final OutboxPartRepository parts;

    MessageRows(InboxRepository inbox, CommandLogRepository commands, OutboxRepository outbox,
            OutboxPartRepository parts) {
        this.inbox = inbox;
        this.commands = commands;
        this.outbox = outbox;
        this.parts = parts;
    }

    /** A message from {@code phone}, handled as {@code command} with {@code outcome}. */
    public InboxMessage received(String phone, String text, Instant at, String command, CommandOutcome outcome) {
        InboxMessage message = new InboxMessage("smsc", phone, "10690000", text, null, null, at, false, null);
        message.markHandled(at.plusMillis(20));
        message = inbox.save(message);
        commands.save(new CommandLogEntry(message.getId(), phone, text, command, outcome, 1, "detail of " + command,
                at, at.plusMillis(20)));
        return message;
    }

    /** A reply to {@code cause}, changed by {@code life} (sent, delivered, failed …) before it is stored. */
    public OutboxMessage reply(InboxMessage cause, String text, Instant at, Consumer<OutboxMessage> life) {
        OutboxMessage message = new OutboxMessage(OutboxMessage.Kind.REPLY, 0, cause.getSender(), text,
                cause.getId(), null, null, at);
        life.accept(message);
        return outbox.save(message);
    }

    /** A message to {@code phone} that belongs to no received one (a broadcast copy). */
    public OutboxMessage notice(String phone, String text, Instant at, Consumer<OutboxMessage> life) {
        OutboxMessage message = new OutboxMessage(OutboxMessage.Kind.BROADCAST, 5, phone, text, null, null, null, at);
        life.accept(message);
        return outbox.save(message);
    }

    /** A part the transport accepted under {@code transportId}, delivered at {@code deliveredAt}. */
    public OutboxPart deliveredPart(OutboxMessage message, int partNo, String transportId, Instant deliveredAt) {
        OutboxPart part = new OutboxPart(message.getId(), partNo, "smsc", transportId, message.getCreatedAt());
        part.settle(OutboxPart.State.DELIVERED, "DELIVRD", "000", deliveredAt);
        return parts.save(part);
    }
}

package community.porter.command.door;

import community.porter.access.door.AccessRecord;
import community.porter.access.door.AccessRecordRepository;
import community.porter.access.door.AccessResult;
import community.porter.access.door.Door;
import community.porter.access.door.DoorCommand;
import community.porter.access.door.DoorCommandOutbox;
import community.porter.access.door.DoorRepository;
import community.porter.access.message.CommandLogRepository;
import community.porter.access.message.CommandOutcome;
import community.porter.access.message.InboxMessage;
import community.porter.access.message.InboxRepository;
import community.porter.access.message.Outbox;
import community.porter.access.message.OutboxMessage;
import community.porter.command.language.ReplyKeys;
import community.porter.command.language.ReplyLanguage;
import community.porter.command.language.ReplyTexts;
import community.porter.command.pipeline.Reply;
import community.porter.command.pipeline.ReplyLanguagePolicy;
import community.porter.command.pipeline.ReplyLimits;
import community.porter.access.person.SenderDirectory;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers a {@code KM} once its door command is settled: the controller acknowledged (the door is
 * open), refused, or stayed silent past the deadline. Whoever settles the command first answers;
 * the others find it settled and do nothing, so each person is answered exactly once. The reply,
 * the command-log outcome and the access record commit together with the settlement.
 */
@Service
public class DoorOpenAnswers {

    private final DoorCommandOutbox commands;
    private final DoorRepository doors;
    private final InboxRepository inbox;
    private final CommandLogRepository commandLog;
    private final AccessRecordRepository records;
    private final Outbox outbox;
    private final SenderDirectory senders;
    private final ReplyLanguagePolicy languages;
    private final ReplyTexts texts;
    private final DoorNames names;
    private final Clock clock;

    public DoorOpenAnswers(DoorCommandOutbox commands, DoorRepository doors, InboxRepository inbox,
            CommandLogRepository commandLog, AccessRecordRepository records, Outbox outbox, SenderDirectory senders,
            ReplyLanguagePolicy languages, ReplyTexts texts, DoorNames names, Clock clock) {
        this.commands = commands;
        this.doors = doors;
        this.inbox = inbox;
        this.commandLog = commandLog;
        this.records = records;
        this.outbox = outbox;
        this.senders = senders;
        this.languages = languages;
        this.texts = texts;
        this.names = names;
        this.clock = clock;
    }

    /**
     * The controller carried out command {@code commandId}.
     *
     * @return outbox ids of the replies to send after the commit; empty when there is nobody to
     *         answer or the command was settled already
     */
    @Transactional
    public List<Long> acknowledged(long commandId) {
        return commands.settle(commandId, DoorCommand.State.ACKED, null)
                .map(command -> answer(command, CommandOutcome.OK, ReplyKeys.KM_OPENED, "opened",
                        AccessResult.GRANTED))
                .orElse(List.of());
    }

    /** The controller refused command {@code commandId} for {@code reason}. */
    @Transactional
    public List<Long> refused(long commandId, String reason) {
        return commands.settle(commandId, DoorCommand.State.NACKED, reason)
                .map(command -> answer(command, CommandOutcome.FORBIDDEN, ReplyKeys.KM_NO_RIGHT,
                        "controller refused: " + reason, AccessResult.DENIED))
                .orElse(List.of());
    }

    /** Command {@code commandId} got no answer by its deadline; the outcome stays {@code DOOR_TIMEOUT}. */
    @Transactional
    public List<Long> timedOut(long commandId) {
        return commands.settle(commandId, DoorCommand.State.TIMED_OUT, "no acknowledgement by the deadline")
                .map(command -> answer(command, CommandOutcome.DOOR_TIMEOUT, ReplyKeys.KM_TIMEOUT,
                        command.getState() == DoorCommand.State.EXPIRED ? "expired before it was sent"
                                : "no acknowledgement by the deadline",
                        AccessResult.FAILED))
                .orElse(List.of());
    }

    private List<Long> answer(DoorCommand command, CommandOutcome outcome, String key, String detail,
            AccessResult result) {
        if (command.getType() != DoorCommand.Type.OPEN || command.getInboxId() == null) {
            return List.of();
        }
        Optional<InboxMessage> asked = inbox.findById(command.getInboxId());
        Optional<Door> door = doors.findById(command.getDoorId());
        if (asked.isEmpty() || door.isEmpty()) {
            return List.of();
        }
        String phone = asked.get().getSender();
        ReplyLanguage language = languages.forSender(senders.identify(phone), asked.get().getText());
        String text = ReplyLimits.fit(texts.text(key, language, names.of(door.get(), language)));
        long replyId = outbox.enqueue(OutboxMessage.Kind.REPLY, Reply.URGENT, phone, text, command.getInboxId())
                .getId();
        commandLog.settleLate(command.getInboxId(), outcome, detail, 1);
        records.save(new AccessRecord(door.get(), null, null, phone, clock.instant(), result, "KM"));
        return List.of(replyId);
    }
}

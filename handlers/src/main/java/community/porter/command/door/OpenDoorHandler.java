package community.porter.command.door;

import community.porter.access.door.AccessRecord;
import community.porter.access.door.AccessRecordRepository;
import community.porter.access.door.AccessResult;
import community.porter.access.door.Door;
import community.porter.access.door.DoorCommands;
import community.porter.access.message.CommandOutcome;
import community.porter.access.message.OutboxMessage;
import community.porter.access.person.Sender;
import community.porter.command.language.Command;
import community.porter.command.language.CommandCode;
import community.porter.command.language.ReplyKeys;
import community.porter.command.pipeline.Audience;
import community.porter.command.pipeline.CommandContext;
import community.porter.command.pipeline.CommandHandler;
import community.porter.command.pipeline.CommandResult;
import community.porter.command.pipeline.Reply;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * {@code KM [door] [PIN]}: opens a door the sender may open. Rights, phone, PIN policy and the
 * door's online state are checked here and answered at once; an allowed opening is stored as a
 * door command and answered only when the controller speaks ({@link DoorOpenAnswers}).
 *
 * <p>Until then the command log says {@code DOOR_TIMEOUT} ("awaiting controller"): should Porter
 * stop before an answer, that is the truth the person will see — the door did not confirm.
 */
@Component
class OpenDoorHandler implements CommandHandler<Command.OpenDoor> {

    /** The detail of the provisional outcome, until the controller answers. */
    static final String AWAITING = "awaiting controller";

    private final DoorChoice choice;
    private final DoorCommands commands;
    private final DoorNames names;
    private final AccessRecordRepository records;
    private final DoorsProperties properties;
    private final DoorPinPolicy pins;
    private final Clock clock;

    OpenDoorHandler(DoorChoice choice, DoorCommands commands, DoorNames names, AccessRecordRepository records,
            DoorsProperties properties, ObjectProvider<DoorPinPolicy> pins, Clock clock) {
        this.choice = choice;
        this.commands = commands;
        this.names = names;
        this.records = records;
        this.properties = properties;
        this.pins = pins.getIfAvailable(() -> DoorPinPolicy.NONE);
        this.clock = clock;
    }

    @Override
    public CommandCode code() {
        return CommandCode.KM;
    }

    @Override
    public Audience audience() {
        return Audience.REGISTERED;
    }

    @Override
    public CommandResult handle(Command.OpenDoor command, CommandContext context) {
        Instant now = clock.instant();
        if (context.receivedAt().isBefore(now.minus(properties.maxRequestAge()))) {
            // It waited through a crash or an outage: nobody stands at the door any more.
            return CommandResult.of(CommandOutcome.EXPIRED, ReplyKeys.ERROR_EXPIRED, context.text());
        }
        Sender sender = context.sender();
        if (!sender.isRegistered()) {
            return CommandResult.of(CommandOutcome.FORBIDDEN, ReplyKeys.ERROR_SUSPENDED);
        }
        DoorChoice.Choice chosen = choice.choose(sender, command.door());
        if (chosen instanceof DoorChoice.Choice.None) {
            return CommandResult.of(CommandOutcome.NOT_FOUND, ReplyKeys.KM_NO_DOOR);
        }
        if (chosen instanceof DoorChoice.Choice.Unknown unknown) {
            return CommandResult.of(CommandOutcome.NOT_FOUND, ReplyKeys.KM_UNKNOWN_DOOR, unknown.typed());
        }
        if (chosen instanceof DoorChoice.Choice.Several several) {
            List<String> codes = several.codes();
            return new CommandResult(CommandOutcome.BAD_SYNTAX, List.of(Reply.toSender(ReplyKeys.KM_AMBIGUOUS,
                    names.list(codes, context.language()), codes.get(0))), "several doors");
        }
        DoorChoice.Choice.One one = (DoorChoice.Choice.One) chosen;
        Door door = one.door();
        String name = names.of(door, context.language());
        if (!one.allowed()) {
            records.save(new AccessRecord(door, null, null, context.phone(), now, AccessResult.DENIED, "KM: no right"));
            return new CommandResult(CommandOutcome.FORBIDDEN, List.of(Reply.toSender(ReplyKeys.KM_NO_RIGHT, name)),
                    "no right to " + door.getCode());
        }
        switch (pins.check(sender, door, command.pin())) {
            case REQUIRED:
                return CommandResult.of(CommandOutcome.FORBIDDEN, ReplyKeys.KM_PIN_REQUIRED, name);
            case WRONG:
                return CommandResult.of(CommandOutcome.FORBIDDEN, ReplyKeys.ERROR_FORBIDDEN);
            default:
                break;
        }
        if (!door.isOnline()) {
            records.save(new AccessRecord(door, null, null, context.phone(), now, AccessResult.FAILED, "KM: offline"));
            return new CommandResult(CommandOutcome.DOOR_OFFLINE, List.of(urgent(ReplyKeys.KM_OFFLINE, name)),
                    door.getCode() + " offline");
        }
        commands.open(door, context.inboxId(), now.plus(properties.ackTimeout()));
        // No reply yet: it goes out when the controller acknowledges, refuses, or stays silent.
        return new CommandResult(CommandOutcome.DOOR_TIMEOUT, List.of(), AWAITING);
    }

    /** In the door lane: the person is standing at the door. */
    private static Reply urgent(String key, Object... args) {
        return new Reply(null, key, List.of(args), null, OutboxMessage.Kind.REPLY, Reply.URGENT);
    }
}

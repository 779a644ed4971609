package community.porter.command.repair;

import community.porter.access.message.CommandOutcome;
import community.porter.access.message.OutboxMessage;
import community.porter.access.person.Sender;
import community.porter.access.repair.RepairDesk;
import community.porter.command.language.Command;
import community.porter.command.language.CommandCode;
import community.porter.command.language.ReplyKeys;
import community.porter.command.pipeline.Audience;
import community.porter.command.pipeline.CommandContext;
import community.porter.command.pipeline.CommandHandler;
import community.porter.command.pipeline.CommandResult;
import community.porter.command.pipeline.Reply;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@code BX <text>}: a resident reports a repair for their room (the first of their rooms, by
 * code, when they have several); the staff on duty over the room are told, the resident gets
 * the ticket number.
 */
@Component
class RepairHandler implements CommandHandler<Command.Repair> {

    private final RepairDesk desk;

    RepairHandler(RepairDesk desk) {
        this.desk = desk;
    }

    @Override
    public CommandCode code() {
        return CommandCode.BX;
    }

    @Override
    public Audience audience() {
        return Audience.REGISTERED;
    }

    @Override
    public CommandResult handle(Command.Repair command, CommandContext context) {
        Sender sender = context.sender();
        if (!sender.isResident() || sender.memberships().get(0).roomId() == null) {
            return CommandResult.of(CommandOutcome.FORBIDDEN, ReplyKeys.BX_NO_ROOM);
        }
        RepairDesk.Opened opened = desk.open(sender.memberships().get(0).roomId(), sender.phoneId(), command.text());
        List<Reply> replies = new ArrayList<>();
        replies.add(Reply.toSender(ReplyKeys.BX_OPENED, opened.number()));
        // Staff who report a repair themselves need no notice of it.
        for (String staff : opened.staffPhones().stream().filter(p -> !p.equals(context.phone())).toList()) {
            replies.add(new Reply(staff, ReplyKeys.BX_NOTIFY, List.of(opened.number(), opened.roomCode(),
                    command.text()), null, OutboxMessage.Kind.NOTICE, Reply.NORMAL));
        }
        return new CommandResult(CommandOutcome.OK, replies, "ticket " + opened.number());
    }
}

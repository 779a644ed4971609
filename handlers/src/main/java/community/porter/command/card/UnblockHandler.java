package community.porter.command.card;

import community.porter.access.card.CardDesk;
import community.porter.access.card.Unblocking;
import community.porter.access.message.CommandOutcome;
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
 * {@code JG <card> <PIN or last 4 of ID>}: unblocks a lost card. Wrong secrets are counted; the
 * one that uses up the tries locks {@code JG} for the phone and card and alerts the staff on duty.
 */
@Component
class UnblockHandler implements CommandHandler<Command.Unblock> {

    private final CardDesk desk;
    private final UnblockAlerts alerts;

    UnblockHandler(CardDesk desk, UnblockAlerts alerts) {
        this.desk = desk;
        this.alerts = alerts;
    }

    @Override
    public CommandCode code() {
        return CommandCode.JG;
    }

    @Override
    public Audience audience() {
        return Audience.REGISTERED;
    }

    @Override
    public CommandResult handle(Command.Unblock command, CommandContext context) {
        if (!context.sender().isResident() && !context.sender().isStaff()) {
            return CommandResult.of(CommandOutcome.FORBIDDEN, ReplyKeys.ERROR_FORBIDDEN);
        }
        Unblocking result = desk.unblock(context.sender(), command.card(), command.secret());
        if (result instanceof Unblocking.Unblocked unblocked) {
            return CommandResult.of(CommandOutcome.OK, ReplyKeys.JG_UNBLOCKED, unblocked.card());
        }
        if (result instanceof Unblocking.Unknown unknown) {
            return CommandResult.of(CommandOutcome.NOT_FOUND, ReplyKeys.CARD_UNKNOWN, unknown.card());
        }
        if (result instanceof Unblocking.NotYours notYours) {
            // Answered like an unknown card: JG must not tell which card numbers exist.
            return new CommandResult(CommandOutcome.FORBIDDEN,
                    List.of(Reply.toSender(ReplyKeys.CARD_UNKNOWN, notYours.card())), "not the sender's card");
        }
        if (result instanceof Unblocking.NotLost notLost) {
            // What the sender wants is already so.
            return CommandResult.of(CommandOutcome.OK, ReplyKeys.JG_NOT_LOST, notLost.card());
        }
        if (result instanceof Unblocking.WrongSecret wrong) {
            return new CommandResult(CommandOutcome.FORBIDDEN,
                    List.of(Reply.toSender(ReplyKeys.JG_WRONG_SECRET, String.valueOf(wrong.triesLeft()))),
                    "wrong secret");
        }
        Unblocking.Locked locked = (Unblocking.Locked) result;
        List<Reply> replies = new ArrayList<>();
        replies.add(Reply.toSender(ReplyKeys.JG_LOCKED, String.valueOf(locked.minutes())));
        if (locked.justLocked()) {
            replies.addAll(alerts.toStaffOnDuty(locked, context.phone()));
        }
        return new CommandResult(CommandOutcome.FORBIDDEN, replies, locked.justLocked() ? "locked now" : "locked");
    }
}

package community.porter.command.visitor;

import community.porter.access.message.CommandOutcome;
import community.porter.access.message.OutboxMessage;
import community.porter.access.visitor.VisitAnswered;
import community.porter.access.visitor.VisitorDesk;
import community.porter.access.visitor.VisitorPass;
import community.porter.command.language.Command;
import community.porter.command.language.CommandCode;
import community.porter.command.language.ReplyKeys;
import community.porter.command.language.SyntaxHint;
import community.porter.command.pipeline.Audience;
import community.porter.command.pipeline.CommandContext;
import community.porter.command.pipeline.CommandHandler;
import community.porter.command.pipeline.CommandResult;
import community.porter.command.pipeline.Reply;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * {@code FK <visitor phone> [type] [days]}: a resident invites a visitor to their room; the pass
 * goes to the visitor at once and its code back to the resident.
 */
@Component
class InviteVisitorHandler implements CommandHandler<Command.Invite> {

    private final VisitorDesk desk;
    private final VisitorWords words;
    private final VisitorPhones phones;

    InviteVisitorHandler(VisitorDesk desk, VisitorWords words, VisitorPhones phones) {
        this.desk = desk;
        this.words = words;
        this.phones = phones;
    }

    @Override
    public CommandCode code() {
        return CommandCode.FK;
    }

    @Override
    public Audience audience() {
        return Audience.REGISTERED;
    }

    @Override
    public CommandResult handle(Command.Invite command, CommandContext context) {
        Optional<String> visitor = phones.e164(command.phone());
        if (visitor.isEmpty()) {
            return new CommandResult(CommandOutcome.BAD_SYNTAX, List.of(Reply.toSender(SyntaxHint.FK_PHONE.key())),
                    SyntaxHint.FK_PHONE.key());
        }
        VisitAnswered invited = desk.invite(context.sender(), visitor.get(), VisitorWords.of(command.type()),
                command.days());
        return switch (invited.outcome()) {
            case BLACKLISTED -> CommandResult.of(CommandOutcome.BLACKLISTED, ReplyKeys.FK_BLACKLISTED, visitor.get());
            case NOT_ALLOWED, NO_ROOM -> new CommandResult(CommandOutcome.FORBIDDEN,
                    List.of(Reply.toSender(ReplyKeys.ERROR_FORBIDDEN)), "no room to invite to");
            case DONE -> invited(invited.pass(), visitor.get());
            default -> throw new IllegalStateException("FK cannot come to " + invited.outcome());
        };
    }

    private CommandResult invited(VisitorPass pass, String visitor) {
        String until = words.until(pass.getValidTo());
        Reply toInviter = Reply.toSender(ReplyKeys.FK_INVITED, visitor, pass.getPassCode(), until);
        Reply toVisitor = new Reply(visitor, ReplyKeys.FK_INVITATION,
                List.of(pass.getRoom().getCode(), pass.getPassCode(), until), null, OutboxMessage.Kind.NOTICE,
                Reply.URGENT);
        return new CommandResult(CommandOutcome.OK, List.of(toInviter, toVisitor), "pass " + pass.getId());
    }
}

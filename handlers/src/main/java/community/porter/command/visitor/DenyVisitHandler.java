package community.porter.command.visitor;

import community.porter.access.message.CommandOutcome;
import community.porter.access.visitor.DeskOutcome;
import community.porter.access.visitor.VisitAnswered;
import community.porter.access.visitor.VisitorDesk;
import community.porter.access.visitor.VisitorRequest;
import community.porter.command.language.Command;
import community.porter.command.language.CommandCode;
import community.porter.command.language.ReplyKeys;
import community.porter.command.pipeline.Audience;
import community.porter.command.pipeline.CommandContext;
import community.porter.command.pipeline.CommandHandler;
import community.porter.command.pipeline.CommandResult;
import community.porter.command.pipeline.Reply;
import java.util.List;
import org.springframework.stereotype.Component;

/** {@code JJ <approval code>}: denies a visit; the visitor is told, without who denied it. */
@Component
class DenyVisitHandler implements CommandHandler<Command.Deny> {

    private final VisitorDesk desk;
    private final VisitorWords words;

    DenyVisitHandler(VisitorDesk desk, VisitorWords words) {
        this.desk = desk;
        this.words = words;
    }

    @Override
    public CommandCode code() {
        return CommandCode.JJ;
    }

    @Override
    public Audience audience() {
        return Audience.REGISTERED;
    }

    @Override
    public CommandResult handle(Command.Deny command, CommandContext context) {
        VisitAnswered answered = desk.deny(context.sender(), command.approvalCode());
        if (answered.outcome() != DeskOutcome.DONE) {
            return VisitAnswerHandlers.notAnswered(answered, command.approvalCode());
        }
        VisitorRequest request = answered.request();
        Reply toDenier = Reply.toSender(ReplyKeys.JJ_DENIED, request.getVisitorName(),
                words.type(request.getType(), context.language()));
        Reply toVisitor = VisitorReplies.denied(request);
        return new CommandResult(CommandOutcome.OK, List.of(toDenier, toVisitor),
                "request " + request.getId() + " denied");
    }
}

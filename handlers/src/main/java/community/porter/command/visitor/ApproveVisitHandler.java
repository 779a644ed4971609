package community.porter.command.visitor;

import community.porter.access.message.CommandOutcome;
import community.porter.access.visitor.DeskOutcome;
import community.porter.access.visitor.VisitAnswered;
import community.porter.access.visitor.VisitorDesk;
import community.porter.access.visitor.VisitorPass;
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

/**
 * {@code TY <approval code>}: a resident of the room (or staff with {@code VISITOR} over it)
 * approves; the visitor gets the pass code and its validity in the urgent lane — they are
 * waiting at the gate — and the approver a confirmation.
 */
@Component
class ApproveVisitHandler implements CommandHandler<Command.Approve> {

    private final VisitorDesk desk;
    private final VisitorWords words;

    ApproveVisitHandler(VisitorDesk desk, VisitorWords words) {
        this.desk = desk;
        this.words = words;
    }

    @Override
    public CommandCode code() {
        return CommandCode.TY;
    }

    @Override
    public Audience audience() {
        return Audience.REGISTERED;
    }

    @Override
    public CommandResult handle(Command.Approve command, CommandContext context) {
        VisitAnswered answered = desk.approve(context.sender(), command.approvalCode());
        if (answered.outcome() != DeskOutcome.DONE) {
            return VisitAnswerHandlers.notAnswered(answered, command.approvalCode());
        }
        VisitorRequest request = answered.request();
        VisitorPass pass = answered.pass();
        String until = words.until(pass.getValidTo());
        Reply toApprover = Reply.toSender(ReplyKeys.TY_APPROVED, request.getVisitorName(),
                words.type(request.getType(), context.language()), until);
        Reply toVisitor = VisitorReplies.passIssued(request, pass, until);
        return new CommandResult(CommandOutcome.OK, List.of(toApprover, toVisitor),
                "request " + request.getId() + " approved, pass " + pass.getId());
    }
}

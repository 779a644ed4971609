package community.porter.command.visitor;

import community.porter.access.message.CommandOutcome;
import community.porter.access.message.OutboxMessage;
import community.porter.access.visitor.VisitRequested;
import community.porter.access.visitor.VisitorDesk;
import community.porter.access.visitor.VisitorRequest;
import community.porter.access.visitor.VisitorsProperties;
import community.porter.command.language.Command;
import community.porter.command.language.CommandCode;
import community.porter.command.language.ReplyKeys;
import community.porter.command.language.ReplyLanguage;
import community.porter.command.pipeline.Audience;
import community.porter.command.pipeline.CommandContext;
import community.porter.command.pipeline.CommandHandler;
import community.porter.command.pipeline.CommandResult;
import community.porter.command.pipeline.Reply;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@code SQ <room> <name> [type]}: a visitor asks to visit. Every active resident phone of the
 * room, or the staff on duty where it has none, gets an approval SMS in the urgent lane with the
 * visitor's name, type and phone tail; the visitor learns only that the room was asked.
 */
@Component
class VisitRequestHandler implements CommandHandler<Command.VisitRequest> {

    private final VisitorDesk desk;
    private final VisitorWords words;
    private final VisitorsProperties properties;

    VisitRequestHandler(VisitorDesk desk, VisitorWords words, VisitorsProperties properties) {
        this.desk = desk;
        this.words = words;
        this.properties = properties;
    }

    @Override
    public CommandCode code() {
        return CommandCode.SQ;
    }

    @Override
    public Audience audience() {
        return Audience.ANYONE;
    }

    @Override
    public CommandResult handle(Command.VisitRequest command, CommandContext context) {
        String room = command.room();
        VisitRequested requested = desk.request(context.phone(), command.visitorName(),
                VisitorWords.of(command.type()), room);
        return switch (requested.outcome()) {
            case NO_SUCH_ROOM -> CommandResult.of(CommandOutcome.NOT_FOUND, ReplyKeys.SQ_ROOM_UNKNOWN, room);
            case BLACKLISTED -> CommandResult.of(CommandOutcome.BLACKLISTED, ReplyKeys.ERROR_BLACKLISTED);
            case ALREADY_PENDING -> new CommandResult(CommandOutcome.OK,
                    List.of(Reply.toSender(ReplyKeys.SQ_PENDING, room)), "already waiting");
            case NO_APPROVER -> CommandResult.of(CommandOutcome.NOT_FOUND, ReplyKeys.SQ_NO_APPROVER, room);
            case DONE -> asked(requested, context);
            default -> throw new IllegalStateException("SQ cannot come to " + requested.outcome());
        };
    }

    private CommandResult asked(VisitRequested requested, CommandContext context) {
        VisitorRequest request = requested.request();
        String key = requested.approversAreStaff() ? ReplyKeys.SQ_APPROVAL_STAFF : ReplyKeys.SQ_APPROVAL;
        List<Reply> replies = new ArrayList<>();
        replies.add(Reply.toSender(ReplyKeys.SQ_WAITING, request.getRoom().getCode(),
                String.valueOf(properties.approvalTimeout().toMinutes())));
        for (String approver : requested.approvers()) {
            // Each approver reads the type of visit in their own language, so the text is composed here.
            ReplyLanguage language = words.languageOf(approver);
            String text = words.text(language, key, request.getVisitorName(),
                    words.type(request.getType(), language), VisitorWords.tail(request.getVisitorPhone()),
                    request.getRoom().getCode(), request.getApprovalCode());
            replies.add(new Reply(approver, null, List.of(), text, OutboxMessage.Kind.NOTICE, Reply.URGENT));
        }
        return new CommandResult(CommandOutcome.OK, replies,
                "request " + request.getId() + " to " + requested.approvers().size() + " approver(s)");
    }
}

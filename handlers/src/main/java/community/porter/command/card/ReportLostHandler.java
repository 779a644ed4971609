package community.porter.command.card;

import community.porter.access.card.CardDesk;
import community.porter.access.card.LossReport;
import community.porter.access.message.CommandOutcome;
import community.porter.access.message.OutboxMessage;
import community.porter.command.language.Command;
import community.porter.command.language.CommandCode;
import community.porter.command.language.ReplyKeys;
import community.porter.command.language.ReplyTexts;
import community.porter.command.pipeline.Audience;
import community.porter.command.pipeline.CommandContext;
import community.porter.command.pipeline.CommandHandler;
import community.porter.command.pipeline.CommandResult;
import community.porter.command.pipeline.Reply;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@code GS [card]}: reports a card lost; the {@link CardDesk} blocks it on every controller of
 * its community. A card that is not the sender's is answered like an unknown one, so {@code GS}
 * cannot be used to find out which card numbers exist.
 */
@Component
class ReportLostHandler implements CommandHandler<Command.ReportLost> {

    private final CardDesk desk;
    private final ReplyTexts texts;

    ReportLostHandler(CardDesk desk, ReplyTexts texts) {
        this.desk = desk;
        this.texts = texts;
    }

    @Override
    public CommandCode code() {
        return CommandCode.GS;
    }

    @Override
    public Audience audience() {
        return Audience.REGISTERED;
    }

    @Override
    public CommandResult handle(Command.ReportLost command, CommandContext context) {
        if (!context.sender().isResident() && !context.sender().isStaff()) {
            return CommandResult.of(CommandOutcome.FORBIDDEN, ReplyKeys.ERROR_FORBIDDEN);
        }
        LossReport report = desk.reportLost(context.sender(), command.card());
        if (report instanceof LossReport.Reported reported) {
            return new CommandResult(CommandOutcome.OK,
                    List.of(urgent(ReplyKeys.GS_REPORTED, reported.card(), reported.caseNumber())),
                    "case " + reported.caseNumber());
        }
        if (report instanceof LossReport.AlreadyLost already) {
            return CommandResult.of(CommandOutcome.OK, ReplyKeys.GS_ALREADY, already.card(), already.caseNumber());
        }
        if (report instanceof LossReport.NoCard) {
            return CommandResult.of(CommandOutcome.NOT_FOUND, ReplyKeys.GS_NO_CARD);
        }
        if (report instanceof LossReport.Choose choose) {
            String list = String.join(texts.text(ReplyKeys.LIST_SEPARATOR, context.language()), choose.cards());
            return new CommandResult(CommandOutcome.BAD_SYNTAX, List.of(Reply.toSender(ReplyKeys.GS_CHOOSE, list)),
                    "several cards");
        }
        if (report instanceof LossReport.Unknown unknown) {
            return CommandResult.of(CommandOutcome.NOT_FOUND, ReplyKeys.CARD_UNKNOWN, unknown.card());
        }
        if (report instanceof LossReport.NotYours notYours) {
            return new CommandResult(CommandOutcome.FORBIDDEN,
                    List.of(Reply.toSender(ReplyKeys.CARD_UNKNOWN, notYours.card())), "not the sender's card");
        }
        LossReport.NotInUse notInUse = (LossReport.NotInUse) report;
        return CommandResult.of(CommandOutcome.FORBIDDEN, ReplyKeys.GS_NOT_IN_USE, notInUse.card(),
                texts.text(ReplyKeys.CARD_STATUS_PREFIX + notInUse.status().name(), context.language()));
    }

    /** In the priority lane: until the card is blocked, whoever found it can open doors. */
    private static Reply urgent(String key, Object... args) {
        return new Reply(null, key, List.of(args), null, OutboxMessage.Kind.REPLY, Reply.URGENT);
    }
}

package community.porter.command.help;

import community.porter.access.message.CommandOutcome;
import community.porter.access.person.Permission;
import community.porter.access.person.Sender;
import community.porter.command.language.Command;
import community.porter.command.language.CommandCode;
import community.porter.command.language.HelpAudience;
import community.porter.command.language.HelpText;
import community.porter.command.language.ReplyTexts;
import community.porter.command.pipeline.Audience;
import community.porter.command.pipeline.CommandContext;
import community.porter.command.pipeline.CommandHandler;
import community.porter.command.pipeline.CommandResult;
import community.porter.command.pipeline.Reply;
import community.porter.command.pipeline.VisitorHelp;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * {@code H}: the commands this sender may use, in their language. A phone Porter does not know
 * gets the visitor help instead, at most once a day.
 */
@Component
class HelpHandler implements CommandHandler<Command.Help> {

    private final ReplyTexts texts;
    private final VisitorHelp visitorHelp;

    HelpHandler(ReplyTexts texts, VisitorHelp visitorHelp) {
        this.texts = texts;
        this.visitorHelp = visitorHelp;
    }

    @Override
    public CommandCode code() {
        return CommandCode.H;
    }

    @Override
    public Audience audience() {
        return Audience.ANYONE;
    }

    @Override
    public CommandResult handle(Command.Help command, CommandContext context) {
        Sender sender = context.sender();
        if (!sender.isRegistered()) {
            return visitorHelp.offer(context, CommandOutcome.OK);
        }
        HelpAudience audience = new HelpAudience(true, sender.isResident(),
                sender.staffPermissions().stream().map(Permission::name).collect(Collectors.toSet()));
        String help = HelpText.helpFor(audience, context.language(), texts);
        return new CommandResult(CommandOutcome.OK, List.of(Reply.textToSender(help)), null);
    }
}

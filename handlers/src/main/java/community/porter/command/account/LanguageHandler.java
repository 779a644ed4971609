package community.porter.command.account;

import community.porter.access.message.CommandOutcome;
import community.porter.access.person.Language;
import community.porter.access.person.PhoneSettings;
import community.porter.command.language.Command;
import community.porter.command.language.CommandCode;
import community.porter.command.language.ReplyKeys;
import community.porter.command.language.ReplyLanguage;
import community.porter.command.language.ReplyTexts;
import community.porter.command.pipeline.Audience;
import community.porter.command.pipeline.CommandContext;
import community.porter.command.pipeline.CommandHandler;
import community.porter.command.pipeline.CommandResult;
import community.porter.command.pipeline.Reply;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@code YY ZH} / {@code YY EN}: sets the reply language of the sender's phone. The confirmation
 * is already written in the new language, so the person sees at once that it took.
 */
@Component
class LanguageHandler implements CommandHandler<Command.Language> {

    private final PhoneSettings settings;
    private final ReplyTexts texts;

    LanguageHandler(PhoneSettings settings, ReplyTexts texts) {
        this.settings = settings;
        this.texts = texts;
    }

    @Override
    public CommandCode code() {
        return CommandCode.YY;
    }

    @Override
    public Audience audience() {
        return Audience.REGISTERED;
    }

    @Override
    public CommandResult handle(Command.Language command, CommandContext context) {
        ReplyLanguage chosen = command.lang();
        settings.chooseLanguage(context.sender().phoneId(), chosen == ReplyLanguage.EN ? Language.EN : Language.ZH);
        // The context still carries the old language: compose the text here, in the new one.
        return new CommandResult(CommandOutcome.OK, List.of(Reply.textToSender(texts.text(ReplyKeys.YY_SET, chosen))),
                chosen.name());
    }
}

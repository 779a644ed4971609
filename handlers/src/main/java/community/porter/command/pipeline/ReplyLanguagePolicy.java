package community.porter.command.pipeline;

import community.porter.access.person.Language;
import community.porter.access.person.Sender;
import community.porter.command.language.ReplyLanguage;
import community.porter.command.language.ReplyLanguages;
import org.springframework.stereotype.Component;

/**
 * Chooses the language of a reply (SPEC §3.3): the phone's own setting, otherwise the language
 * the message was written in.
 */
@Component
public class ReplyLanguagePolicy {

    /** The community default, for messages Porter starts itself. */
    public static final ReplyLanguage DEFAULT = ReplyLanguage.ZH;

    /** The language to answer {@code sender}, who wrote {@code text}. */
    public ReplyLanguage forSender(Sender sender, String text) {
        if (sender.language() != null) {
            return of(sender.language());
        }
        return ReplyLanguages.detect(text);
    }

    /** The language to write to a phone that did not just write to Porter. */
    public ReplyLanguage forRecipient(Sender recipient) {
        return recipient.language() != null ? of(recipient.language()) : DEFAULT;
    }

    private static ReplyLanguage of(Language language) {
        return language == Language.EN ? ReplyLanguage.EN : ReplyLanguage.ZH;
    }
}

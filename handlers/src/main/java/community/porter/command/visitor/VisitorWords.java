package community.porter.command.visitor;

import community.porter.access.person.SenderDirectory;
import community.porter.access.visitor.VisitorsProperties;
import community.porter.command.language.ReplyKeys;
import community.porter.command.language.ReplyLanguage;
import community.porter.command.language.ReplyTexts;
import community.porter.command.pipeline.ReplyLanguagePolicy;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/**
 * The words the visitor replies share: the type of visit in a language, a validity time in the
 * community's time zone, the tail of a visitor's phone, and the language to write to a phone that
 * did not just write to Porter.
 */
@Component
class VisitorWords {

    private final ReplyTexts texts;
    private final ReplyLanguagePolicy languages;
    private final SenderDirectory senders;
    private final DateTimeFormatter validity;

    VisitorWords(ReplyTexts texts, ReplyLanguagePolicy languages, SenderDirectory senders,
            VisitorsProperties properties) {
        this.texts = texts;
        this.languages = languages;
        this.senders = senders;
        this.validity = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(properties.timeZone());
    }

    /** The word for a type of visit ({@code 快递}, {@code courier}). */
    String type(community.porter.access.visitor.VisitorType type, ReplyLanguage language) {
        return texts.text(ReplyKeys.VISITOR_TYPE_PREFIX + type.name(), language);
    }

    /** A validity end as people read it, in the community's time zone. */
    String until(Instant validTo) {
        return validity.format(validTo);
    }

    /** The last 4 digits of a phone: enough for a resident to recognise a caller, no more. */
    static String tail(String phone) {
        return phone.length() <= 4 ? phone : phone.substring(phone.length() - 4);
    }

    /** The language to write to {@code phone}, which did not send the message being handled. */
    ReplyLanguage languageOf(String phone) {
        return languages.forRecipient(senders.identify(phone));
    }

    /** The text of {@code key} in {@code language}. */
    String text(ReplyLanguage language, String key, Object... args) {
        return texts.text(key, language, args);
    }

    /** The access core's type for a parsed one (the two enums name the same kinds). */
    static community.porter.access.visitor.VisitorType of(community.porter.command.language.VisitorType type) {
        return community.porter.access.visitor.VisitorType.valueOf(type.name());
    }
}

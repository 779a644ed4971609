package community.porter.command.pipeline;

import community.porter.access.message.Outbox;
import community.porter.access.person.SenderDirectory;
import community.porter.command.language.ReplyLanguage;
import community.porter.command.language.ReplyTexts;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Turns a command's replies into texts in each recipient's language and stores them in the
 * outbox, inside the command's transaction.
 */
@Component
public class ReplyWriter {

    private final Outbox outbox;
    private final ReplyTexts texts;
    private final SenderDirectory senders;
    private final ReplyLanguagePolicy languages;

    public ReplyWriter(Outbox outbox, ReplyTexts texts, SenderDirectory senders, ReplyLanguagePolicy languages) {
        this.outbox = outbox;
        this.texts = texts;
        this.senders = senders;
        this.languages = languages;
    }

    /** Stores the replies of {@code result}; returns their outbox ids in order. */
    public List<Long> store(CommandResult result, CommandContext context) {
        List<Long> ids = new ArrayList<>(result.replies().size());
        for (Reply reply : result.replies()) {
            boolean toSender = reply.to() == null || reply.to().equals(context.phone());
            String to = toSender ? context.phone() : reply.to();
            ReplyLanguage language = toSender ? context.language()
                    : languages.forRecipient(senders.identify(to));
            String composed = reply.text() != null ? reply.text()
                    : texts.text(reply.key(), language, reply.args().toArray());
            String text = ReplyLimits.fit(composed);
            ids.add(outbox.enqueue(reply.kind(), reply.priority(), to, text, context.inboxId()).getId());
        }
        return ids;
    }
}

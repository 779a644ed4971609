package community.porter.command.notice;

import community.porter.access.notice.NoticeSubscriptions.ChannelView;
import community.porter.command.language.ReplyKeys;
import community.porter.command.language.ReplyLanguage;
import community.porter.command.language.ReplyTexts;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Writes a community's channels for a reply: code, name in the reader's language, on or off. */
@Component
class ChannelList {

    private final ReplyTexts texts;

    ChannelList(ReplyTexts texts) {
        this.texts = texts;
    }

    String of(List<ChannelView> channels, ReplyLanguage language) {
        return channels.stream()
                .map(c -> texts.text(c.receiving() ? ReplyKeys.DY_ITEM_ON : ReplyKeys.DY_ITEM_OFF, language, c.code(),
                        language == ReplyLanguage.EN && c.nameEn() != null ? c.nameEn() : c.name()))
                .collect(Collectors.joining(texts.text(ReplyKeys.LIST_SEPARATOR, language)));
    }
}

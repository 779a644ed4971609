package community.porter.command.language;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The languages Porter replies in; each has its own message bundle. */
public enum ReplyLanguage {
    /** Chinese (simplified), the community default. */
    ZH(Locale.CHINESE, Set.of("ZH", "CN", "CHINESE", "中文", "汉语", "漢語", "简体", "簡體")),
    /** English. */
    EN(Locale.ENGLISH, Set.of("EN", "ENGLISH", "英文", "英语", "英語"));

    private final Locale locale;
    private final Set<String> words;

    ReplyLanguage(Locale locale, Set<String> words) {
        this.locale = locale;
        this.words = words;
    }

    /** The locale used to format numbers in this language's replies. */
    public Locale locale() {
        return locale;
    }

    /**
     * The language a word names in {@code YY <lang>}: {@code ZH}, {@code CN}, {@code 中文},
     * {@code EN}, {@code 英文}…; case-insensitive, full-width folded.
     */
    public static Optional<ReplyLanguage> of(String word) {
        if (word == null) {
            return Optional.empty();
        }
        String upper = Syntax.asciiUpper(TextNormaliser.fold(word.strip()));
        for (ReplyLanguage language : values()) {
            if (language.words.contains(upper)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}

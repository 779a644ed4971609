package community.porter.command.language;

import java.util.List;
import java.util.Optional;

/**
 * What kind of visitor a request or invitation is for (SPEC §2); the kind decides how long a
 * pass lasts. Written as the code or as the Chinese word, simplified or traditional.
 */
public enum VisitorType {
    /** Courier. */
    KD("快递", "快遞"),
    /** Takeaway delivery. */
    WM("外卖", "外賣"),
    /** Maintenance. */
    WX("维修", "維修"),
    /** Water or gas delivery. */
    SS("送水", "送气", "送氣"),
    /** Guest, the default. */
    FK("访客", "訪客");

    private final List<String> words;

    VisitorType(String... words) {
        this.words = List.of(words);
    }

    /** The Chinese words for this type. */
    public List<String> words() {
        return words;
    }

    /** The type a whole word names ({@code kd}, {@code 快递}, {@code 訪客}), if any. */
    public static Optional<VisitorType> of(String token) {
        if (token == null) {
            return Optional.empty();
        }
        String word = Syntax.asciiUpper(TextNormaliser.fold(token.strip()));
        for (VisitorType type : values()) {
            if (type.name().equals(word) || type.words.contains(word)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /**
     * The Chinese type word a longer word ends with, as in {@code 张三快递}; used to split a
     * visitor's name from a type written without a space.
     */
    static Optional<String> chineseSuffixOf(String token) {
        for (VisitorType type : values()) {
            for (String word : type.words) {
                if (token.length() > word.length() && token.endsWith(word)) {
                    return Optional.of(word);
                }
            }
        }
        return Optional.empty();
    }
}

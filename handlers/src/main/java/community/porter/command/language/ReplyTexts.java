package community.porter.command.language;

/**
 * Reply texts by key and language: the one way handlers and help get their words, so that every
 * word a person reads lives in the bundles. Keys are {@link ReplyKeys} and {@link SyntaxHint#key()}.
 */
@FunctionalInterface
public interface ReplyTexts {

    /**
     * The text for {@code key} in {@code lang}, with {@code {0}}, {@code {1}}… replaced by
     * {@code args} (java.text.MessageFormat rules: numbers get grouping, so pass codes as strings).
     */
    String text(String key, ReplyLanguage lang, Object... args);
}

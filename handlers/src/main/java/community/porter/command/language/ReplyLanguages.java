package community.porter.command.language;

/**
 * Guesses the language to answer a message in when the phone has no setting (SPEC §3.3): a
 * message with Chinese characters gets Chinese, anything else English. The community default
 * (Chinese) for a phone that never wrote anything is the caller's to apply.
 */
public final class ReplyLanguages {

    private ReplyLanguages() {
    }

    /** {@link ReplyLanguage#ZH} when the text holds any Han ideograph (simplified or traditional), else EN. */
    public static ReplyLanguage detect(String text) {
        if (text == null) {
            return ReplyLanguage.EN;
        }
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                return ReplyLanguage.ZH;
            }
            i += Character.charCount(cp);
        }
        return ReplyLanguage.EN;
    }
}

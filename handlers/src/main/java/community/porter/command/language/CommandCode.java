package community.porter.command.language;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The commands of SPEC §3.2 with the keywords that name them: the two-letter code, English
 * aliases, and Chinese aliases in simplified and traditional form. Latin keywords are matched
 * case-insensitively and full-width forms fold to them.
 */
public enum CommandCode {
    /** Help: the commands this sender may use. */
    H("HELP", "?", "帮助", "幫助"),
    /** Open a door. */
    KM("开门", "開門"),
    /** A visitor asks to visit a room. */
    SQ("申请", "申請"),
    /** Approve a visit request. */
    TY("同意"),
    /** Deny a visit request. */
    JJ("拒绝", "拒絕"),
    /** Invite a visitor directly. */
    FK("访客", "訪客"),
    /** Query cards, records, passes, or (staff) a room. */
    CX("查询", "查詢"),
    /** Report a card lost. */
    GS("挂失", "掛失"),
    /** Unblock a lost card. */
    JG("解挂", "解掛"),
    /** List or subscribe to notice channels. */
    DY("订阅", "訂閱"),
    /** Unsubscribe from a channel, or opt out of all notices. */
    TD("退订", "退訂", "STOP"),
    /** Open a repair ticket. */
    BX("报修", "報修"),
    /** Confirm a phone binding with its code. */
    BD("绑定", "綁定"),
    /** Broadcast from a phone (staff). */
    GB("广播", "廣播"),
    /** Blacklist a visitor phone (staff). */
    LH("拉黑"),
    /** Set the reply language. */
    YY("语言", "語言");

    /**
     * A code written straight before a digit, as in {@code TY4821} or {@code KM3-1}: the digit
     * makes the split unambiguous, which it would not be before a letter ({@code H} vs
     * {@code HI}).
     */
    private static final Pattern CODE_BEFORE_DIGIT = Pattern.compile("([A-Z]{1,2})[0-9+]");

    private static final Map<String, CommandCode> BY_KEYWORD = new HashMap<>();

    static {
        for (CommandCode code : values()) {
            BY_KEYWORD.put(code.name(), code);
            for (String alias : code.aliases) {
                BY_KEYWORD.put(alias, code);
            }
        }
    }

    private final List<String> aliases;

    CommandCode(String... aliases) {
        this.aliases = List.of(aliases);
    }

    /** The keywords besides the code itself, English first, then simplified and traditional Chinese. */
    public List<String> aliases() {
        return aliases;
    }

    /**
     * The command a whole word names: {@code "km"}, {@code "ＫＭ"}, {@code "開門"} and
     * {@code "STOP"} all name one; anything else (including {@code null}) names none.
     */
    public static Optional<CommandCode> of(String token) {
        if (token == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_KEYWORD.get(Syntax.asciiUpper(TextNormaliser.fold(token.strip()))));
    }

    /**
     * The keyword at the start of a word that has its argument written straight after it:
     * a Chinese alias ({@code 开门1-1}, {@code 同意4821}, {@code 报修水管漏水}) or a code before a
     * digit ({@code TY4821}). Empty when the word does not start with a keyword or is only one.
     */
    public static Optional<KeywordPrefix> ofPrefix(String token) {
        if (token == null) {
            return Optional.empty();
        }
        String folded = TextNormaliser.fold(token);
        for (CommandCode code : values()) {
            for (String alias : code.aliases) {
                if (isChinese(alias) && folded.length() > alias.length() && folded.startsWith(alias)) {
                    return Optional.of(new KeywordPrefix(code, alias.length()));
                }
            }
        }
        Matcher latin = CODE_BEFORE_DIGIT.matcher(Syntax.asciiUpper(folded));
        if (latin.lookingAt()) {
            String letters = latin.group(1);
            CommandCode code = BY_KEYWORD.get(letters);
            if (code != null && code.name().equals(letters)) {
                return Optional.of(new KeywordPrefix(code, letters.length()));
            }
        }
        return Optional.empty();
    }

    private static boolean isChinese(String alias) {
        return alias.chars().anyMatch(c -> c > 0x7F);
    }

    /**
     * A keyword found at the start of a word.
     *
     * @param code   the command it names
     * @param length how many characters of the word it takes
     */
    public record KeywordPrefix(CommandCode code, int length) {
    }
}

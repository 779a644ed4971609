package community.porter.command.language;

import static org.assertj.core.api.Assertions.assertThat;

import community.porter.sms.codec.GsmAlphabet;
import community.porter.sms.codec.Segmenter;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The two bundles hold the same, complete set of well-formed, short texts. */
class ReplyBundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
    /** Chinese replies allowed past one SMS part: lists of commands and the approval request. */
    private static final Set<String> ZH_LONGER_THAN_ONE_PART = Set.of(
            "help.visitor", "help.resident", "help.registered", "help.staff", "sq.approval", "sq.approval.staff",
            "gs.reported", "td.optout.exempt", "cx.summary", "fk.invitation");

    private final BundleReplyTexts texts = new BundleReplyTexts();

    /** Every key a handler or the parser may ask for. */
    static Set<String> expectedKeys() throws IllegalAccessException {
        Set<String> keys = new TreeSet<>();
        for (Field field : ReplyKeys.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                String key = (String) field.get(null);
                if (field.getName().endsWith("_PREFIX")) {
                    continue;
                }
                keys.add(key);
            }
        }
        Arrays.stream(VisitorType.values()).forEach(t -> keys.add(ReplyKeys.VISITOR_TYPE_PREFIX + t.name()));
        Stream.of("ACTIVE", "LOST", "CANCELLED", "DAMAGED").forEach(s -> keys.add(ReplyKeys.CARD_STATUS_PREFIX + s));
        Stream.of("OWNER", "FAMILY", "TENANT").forEach(r -> keys.add(ReplyKeys.ROLE_PREFIX + r));
        Stream.of("FORCED_DOOR", "TAMPER", "HELD_OPEN").forEach(k -> keys.add(ReplyKeys.ALARM_KIND_PREFIX + k));
        Arrays.stream(SyntaxHint.values()).forEach(h -> keys.add(h.key()));
        return keys;
    }

    @ParameterizedTest(name = "[{index}] the {0} bundle has exactly the keys in ReplyKeys and SyntaxHint")
    @EnumSource(ReplyLanguage.class)
    void eachBundleHasEveryKeyAndNoStrayOnes(ReplyLanguage lang) throws IllegalAccessException {
        assertThat(new TreeSet<>(texts.keys(lang))).containsExactlyElementsOf(expectedKeys());
    }

    @Test
    void everyKeyTheParserCanEmitIsInBothBundles() {
        for (ReplyLanguage lang : ReplyLanguage.values()) {
            assertThat(texts.has(ReplyKeys.UNKNOWN_COMMAND, lang)).isTrue();
            for (SyntaxHint hint : SyntaxHint.values()) {
                assertThat(texts.has(hint.key(), lang)).as("%s in %s", hint.key(), lang).isTrue();
            }
        }
    }

    @Test
    void placeholdersMatchBetweenLanguages() {
        for (String key : texts.keys(ReplyLanguage.ZH)) {
            assertThat(placeholders(texts.pattern(key, ReplyLanguage.EN)))
                    .as("placeholders of %s", key)
                    .isEqualTo(placeholders(texts.pattern(key, ReplyLanguage.ZH)));
        }
    }

    @Test
    void placeholdersAreNumberedFromZeroWithoutGaps() {
        for (ReplyLanguage lang : ReplyLanguage.values()) {
            for (String key : texts.keys(lang)) {
                Set<Integer> used = placeholders(texts.pattern(key, lang));
                assertThat(used).as("placeholders of %s in %s", key, lang)
                        .isEqualTo(Stream.iterate(0, i -> i + 1).limit(used.size()).collect(Collectors.toSet()));
            }
        }
    }

    @Test
    void syntaxHintsWithLimitsHaveOnePlaceholderAndOthersNone() {
        Set<String> withLimit = Set.of("syntax.sq.name", "syntax.fk.days", "syntax.cx.count", "syntax.bx.long",
                "syntax.gb.long", "syntax.lh.long");
        for (SyntaxHint hint : SyntaxHint.values()) {
            assertThat(placeholders(texts.pattern(hint.key(), ReplyLanguage.ZH))).as(hint.key())
                    .isEqualTo(withLimit.contains(hint.key()) ? Set.of(0) : Set.of());
        }
    }

    @Test
    void everyTextIsAValidMessageFormatWithoutApostrophes() {
        for (ReplyLanguage lang : ReplyLanguage.values()) {
            for (String key : texts.keys(lang)) {
                String pattern = texts.pattern(key, lang);
                assertThat(pattern).as("%s in %s", key, lang).isNotBlank().doesNotContain("'").doesNotContain("\\u");
                new MessageFormat(pattern, lang.locale());
            }
        }
    }

    @Test
    void englishTextsUseOnlyTheGsmAlphabetAndChineseTextsAreChinese() {
        for (String key : texts.keys(ReplyLanguage.EN)) {
            assertThat(GsmAlphabet.canEncode(texts.pattern(key, ReplyLanguage.EN))).as("GSM-only %s", key).isTrue();
        }
        for (String key : texts.keys(ReplyLanguage.ZH)) {
            String pattern = texts.pattern(key, ReplyLanguage.ZH);
            if (pattern.codePoints().anyMatch(Character::isLetter) && !key.startsWith("help.staff.")) {
                assertThat(ReplyLanguages.detect(pattern)).as("Chinese %s", key).isEqualTo(ReplyLanguage.ZH);
            }
        }
    }

    @ParameterizedTest(name = "[{index}] every {0} reply fits in three SMS parts with realistic arguments")
    @EnumSource(ReplyLanguage.class)
    void everyReplyFitsInThreeParts(ReplyLanguage lang) {
        for (String key : texts.keys(lang)) {
            String text = texts.text(key, lang, sampleArguments(lang));
            assertThat(Segmenter.countParts(text)).as("%s in %s: %s", key, lang, text).isLessThanOrEqualTo(3);
        }
    }

    @Test
    void chineseRepliesFitInOnePartExceptTheListedOnes() {
        // 67 UCS-2 units is the house limit: the size of a concatenated part, a little under the
        // 70 of a single part, so a reply stays one part even if a caller adds a word.
        for (String key : texts.keys(ReplyLanguage.ZH)) {
            if (ZH_LONGER_THAN_ONE_PART.contains(key)) {
                continue;
            }
            String text = texts.text(key, ReplyLanguage.ZH, sampleArguments(ReplyLanguage.ZH));
            assertThat(text.length()).as("%s: %s", key, text).isLessThanOrEqualTo(67);
        }
    }

    @Test
    void englishRepliesFitInOnePartExceptTheHelp() {
        for (String key : texts.keys(ReplyLanguage.EN)) {
            if (key.startsWith("help.")) {
                continue;
            }
            String text = texts.text(key, ReplyLanguage.EN, sampleArguments(ReplyLanguage.EN));
            assertThat(GsmAlphabet.septetLength(text)).as("%s: %s", key, text).isLessThanOrEqualTo(160);
        }
    }

    /** Arguments the size real ones have: room, name, code, time. */
    private static Object[] sampleArguments(ReplyLanguage lang) {
        return lang == ReplyLanguage.ZH
                ? new Object[] {"3-1-201", "张三", "0001", "11-23 23:59", "4821"}
                : new Object[] {"3-1-201", "Tom", "0001", "11-23 23:59", "4821"};
    }

    private static Set<Integer> placeholders(String pattern) {
        Set<Integer> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(pattern);
        while (matcher.find()) {
            found.add(Integer.parseInt(matcher.group(1)));
        }
        return found;
    }
}

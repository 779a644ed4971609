package community.porter.command.language;

import static org.assertj.core.api.Assertions.assertThat;

import community.porter.sms.codec.GsmAlphabet;
import community.porter.sms.codec.Segmenter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class HelpTextTest {

    /** Two concatenated UCS-2 parts: 2 × 67 UTF-16 units. */
    private static final int UCS2_TWO_PARTS = 134;
    /** Two concatenated GSM 7-bit parts: 2 × 153 septets, extension characters counting two. */
    private static final int GSM_TWO_PARTS = 306;

    private static final List<String> PERMISSIONS = List.of(
            HelpAudience.DOOR, HelpAudience.VISITOR, HelpAudience.BROADCAST, HelpAudience.BLACKLIST, HelpAudience.QUERY);
    private static final BundleReplyTexts TEXTS = new BundleReplyTexts();

    /** Every audience: unregistered, and registered × resident or not × every subset of permissions. */
    static Stream<Arguments> everyAudienceInEveryLanguage() {
        List<Arguments> cases = new ArrayList<>();
        for (ReplyLanguage lang : ReplyLanguage.values()) {
            cases.add(Arguments.of(HelpAudience.unregistered(), lang));
            for (boolean resident : new boolean[] {false, true}) {
                for (int mask = 0; mask < 1 << PERMISSIONS.size(); mask++) {
                    Set<String> permissions = new HashSet<>();
                    for (int bit = 0; bit < PERMISSIONS.size(); bit++) {
                        if ((mask & 1 << bit) != 0) {
                            permissions.add(PERMISSIONS.get(bit));
                        }
                    }
                    cases.add(Arguments.of(new HelpAudience(true, resident, permissions), lang));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "[{index}] help for {0} in {1} fits in two SMS parts")
    @MethodSource("everyAudienceInEveryLanguage")
    void helpFitsInTwoSmsParts(HelpAudience audience, ReplyLanguage lang) {
        String help = HelpText.helpFor(audience, lang, TEXTS);
        boolean gsm = GsmAlphabet.canEncode(help);
        assertThat(gsm).as("English help stays GSM 7-bit: %s", help).isEqualTo(lang == ReplyLanguage.EN);
        if (gsm) {
            assertThat(GsmAlphabet.septetLength(help)).as(help).isLessThanOrEqualTo(GSM_TWO_PARTS);
        } else {
            assertThat(help.length()).as(help).isLessThanOrEqualTo(UCS2_TWO_PARTS);
        }
        assertThat(Segmenter.countParts(help)).as("parts of %s", help).isLessThanOrEqualTo(2);
    }

    @ParameterizedTest(name = "[{index}] help for {0} in {1} lists exactly the commands it may use")
    @MethodSource("everyAudienceInEveryLanguage")
    void helpListsExactlyTheCommandsTheAudienceMayUse(HelpAudience audience, ReplyLanguage lang) {
        String help = HelpText.helpFor(audience, lang, TEXTS);
        Set<String> perms = audience.staffPermissions();
        boolean registered = audience.registered();
        boolean staff = !perms.isEmpty();
        assertMentions(help, "SQ", !registered);
        assertMentions(help, "KM", audience.resident() || perms.contains(HelpAudience.DOOR));
        assertMentions(help, "TY", audience.resident() || perms.contains(HelpAudience.VISITOR));
        if (registered) {
            // The visitor help names FK too, as the guest visitor type.
            assertMentions(help, "FK", audience.resident() || staff);
        }
        assertMentions(help, "BX", audience.resident());
        assertMentions(help, "GB", perms.contains(HelpAudience.BROADCAST));
        assertMentions(help, "LH", perms.contains(HelpAudience.BLACKLIST));
        assertMentions(help, "CX", registered);
        assertMentions(help, "YY", registered);
        assertThat(count(help, "CX")).as("CX room line in %s", help).isEqualTo(
                !registered ? 0 : perms.contains(HelpAudience.QUERY) ? 2 : 1);
    }

    @ParameterizedTest(name = "[{index}] an unregistered phone gets the visitor help in {0}")
    @EnumSource(ReplyLanguage.class)
    void anUnregisteredPhoneGetsTheVisitorHelpWhateverElseItClaims(ReplyLanguage lang) {
        String visitorHelp = TEXTS.text(ReplyKeys.HELP_VISITOR, lang);
        assertThat(HelpText.helpFor(HelpAudience.unregistered(), lang, TEXTS)).isEqualTo(visitorHelp);
        assertThat(HelpText.helpFor(new HelpAudience(false, true, Set.of("BROADCAST")), lang, TEXTS))
                .isEqualTo(visitorHelp);
    }

    @Test
    void helpIsInTheAskedLanguage() {
        assertThat(ReplyLanguages.detect(HelpText.helpFor(HelpAudience.plainResident(), ReplyLanguage.ZH, TEXTS)))
                .isEqualTo(ReplyLanguage.ZH);
        assertThat(ReplyLanguages.detect(HelpText.helpFor(HelpAudience.plainResident(), ReplyLanguage.EN, TEXTS)))
                .isEqualTo(ReplyLanguage.EN);
    }

    @Test
    void permissionsAreCaseInsensitiveAndUnknownOnesAreIgnored() {
        assertThat(HelpText.helpFor(HelpAudience.staffOnly(Set.of("broadcast", "COFFEE")), ReplyLanguage.EN, TEXTS))
                .isEqualTo(HelpText.helpFor(HelpAudience.staffOnly(Set.of("BROADCAST")), ReplyLanguage.EN, TEXTS));
        assertThat(HelpText.helpFor(HelpAudience.staffOnly(Set.of("COFFEE")), ReplyLanguage.EN, TEXTS))
                .isEqualTo(TEXTS.text(ReplyKeys.HELP_REGISTERED, ReplyLanguage.EN));
        assertThat(new HelpAudience(true, true, null).staffPermissions()).isEmpty();
    }

    @Test
    void helpWorksOverAnyReplyTexts() {
        ReplyTexts keysOnly = (key, lang, args) -> "[" + key + (args.length > 0 ? " " + args[0] : "") + "]";
        assertThat(HelpText.helpFor(HelpAudience.staffOnly(Set.of("QUERY", "DOOR")), ReplyLanguage.ZH, keysOnly))
                .isEqualTo("[help.staff [help.staff.door][help.staff.query]]");
        assertThat(HelpText.helpFor(new HelpAudience(true, true, Set.of("DOOR", "VISITOR")), ReplyLanguage.ZH, keysOnly))
                .as("a resident's list already has KM and TY/JJ")
                .isEqualTo("[help.resident ]");
    }

    private static void assertMentions(String help, String code, boolean expected) {
        assertThat(count(help, code) > 0).as("%s mentions %s", help, code).isEqualTo(expected);
    }

    private static int count(String help, String code) {
        return (int) Pattern.compile("(?<![A-Z])" + code + "(?![A-Z])").matcher(help).results().count();
    }
}

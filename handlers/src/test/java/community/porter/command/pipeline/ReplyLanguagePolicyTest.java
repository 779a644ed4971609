package community.porter.command.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import community.porter.access.person.Language;
import community.porter.access.person.PhoneStatus;
import community.porter.access.person.Sender;
import community.porter.command.language.ReplyLanguage;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The language of a reply (SPEC §3.3): the phone's setting, else the message's, else Chinese. */
class ReplyLanguagePolicyTest {

    private final ReplyLanguagePolicy policy = new ReplyLanguagePolicy();

    @Test
    void thePhonesSettingWinsOverTheMessage() {
        assertThat(policy.forSender(registered(Language.EN), "帮助")).isEqualTo(ReplyLanguage.EN);
        assertThat(policy.forSender(registered(Language.ZH), "HELP")).isEqualTo(ReplyLanguage.ZH);
    }

    @Test
    void withoutASettingChineseCharactersMeanChineseAndAnythingElseEnglish() {
        assertThat(policy.forSender(registered(null), "开门 1-1")).isEqualTo(ReplyLanguage.ZH);
        assertThat(policy.forSender(registered(null), "開門")).isEqualTo(ReplyLanguage.ZH);
        assertThat(policy.forSender(registered(null), "KM 1-1")).isEqualTo(ReplyLanguage.EN);
        assertThat(policy.forSender(Sender.unknown("+8613712345678"), "SQ 1-1-101 王 KD")).isEqualTo(ReplyLanguage.ZH);
    }

    @Test
    void someoneWhoDidNotJustWriteIsWrittenToInTheirSettingOrTheCommunityDefaultChinese() {
        assertThat(policy.forRecipient(registered(Language.EN))).isEqualTo(ReplyLanguage.EN);
        assertThat(policy.forRecipient(registered(null))).isEqualTo(ReplyLanguage.ZH);
        assertThat(policy.forRecipient(Sender.unknown("+8613712345678"))).isEqualTo(ReplyLanguage.ZH);
    }

    private static Sender registered(Language language) {
        return new Sender("+8613800000001", 1L, 1L, "张三", PhoneStatus.ACTIVE, language, List.of(), Set.of(),
                List.of());
    }
}

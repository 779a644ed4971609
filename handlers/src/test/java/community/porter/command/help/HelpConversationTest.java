package community.porter.command.help;

import static org.assertj.core.api.Assertions.assertThat;

import community.porter.access.message.CommandOutcome;
import community.porter.command.ConversationTest;
import community.porter.command.SmsConversation.Answer;
import community.porter.sms.codec.Segmenter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * {@code H}: each sender learns the commands they may use, in their language, in at most two
 * SMS parts; a phone Porter does not know learns how to ask for a visit, once a day (SPEC §3.2).
 */
class HelpConversationTest extends ConversationTest {

    @Test
    void aResidentLearnsTheResidentCommandsButNotTheStaffOnes() {
        Answer answer = porter.send(OWNER, "H");

        assertThat(answer.outcome()).isEqualTo(CommandOutcome.OK);
        assertThat(answer.text()).startsWith("Commands:").contains("KM", "TY/JJ", "GS", "BX")
                .doesNotContain("GB ", "LH ");
        assertThat(Segmenter.countParts(answer.text())).isLessThanOrEqualTo(2);
    }

    @Test
    void staffWithEveryPermissionLearnTheBroadcastBlacklistAndRoomQueryCommandsToo() {
        String help = porter.send(STAFF, "HELP").text();

        assertThat(help).startsWith("Commands:").contains("KM door", "TY/JJ", "GB channel", "LH phone", "CX room");
        assertThat(Segmenter.countParts(help)).isLessThanOrEqualTo(2);
    }

    @Test
    void aResidentAskingInChineseIsAnsweredInChineseWhicheverScriptTheyUse() {
        assertThat(porter.send(TENANT, "帮助").text()).startsWith("指令：").contains("KM 开门");
        assertThat(porter.send(TENANT, "幫助").text()).startsWith("指令：");
        assertThat(Segmenter.countParts(porter.send(STAFF, "帮助").text())).isLessThanOrEqualTo(2);
    }

    @Test
    void aQuestionMarkAsksForHelpToo() {
        assertThat(porter.send(OWNER, "?").text()).startsWith("Commands:");
    }

    @Test
    void anUnknownPhoneAskingForHelpGetsTheVisitorHelpOnceADay() {
        Answer first = porter.send(STRANGER, "H");
        clock.advance(Duration.ofHours(23));
        Answer again = porter.send(STRANGER, "H");
        clock.advance(Duration.ofHours(1));
        Answer nextDay = porter.send(STRANGER, "H");

        assertThat(first.outcome()).isEqualTo(CommandOutcome.OK);
        assertThat(first.text()).startsWith("Visitors send: SQ").doesNotContain("KM");
        assertThat(again.outcome()).isEqualTo(CommandOutcome.OK);
        assertThat(again.isSilent()).as("within 24 hours").isTrue();
        assertThat(nextDay.text()).startsWith("Visitors send: SQ");
    }

    @Test
    void anUnknownPhoneAskingInChineseGetsTheVisitorHelpInChinese() {
        assertThat(porter.send(STRANGER, "帮助").text()).startsWith("访客请发：SQ");
    }
}

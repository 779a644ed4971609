package community.porter.command.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import community.porter.access.message.CommandOutcome;
import community.porter.command.ConversationTest;
import community.porter.command.SmsConversation.Answer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A phone over its limits is answered {@code RATE_LIMITED} once, then Porter stays silent; every
 * message is still logged (SPEC §3.4, §3.5). Default limits: 10 a minute, 5 {@code KM} a minute.
 */
class RateLimitConversationTest extends ConversationTest {

    @Test
    void theEleventhMessageInAMinuteIsAnsweredOnceAndTheTwelfthIsSilentlyLogged() {
        List<Answer> allowed = send(OWNER, "H", 10);

        Answer eleventh = porter.send(OWNER, "H");
        Answer twelfth = porter.send(OWNER, "H");

        assertThat(allowed).extracting(Answer::outcome).containsOnly(CommandOutcome.OK);
        assertThat(eleventh.outcome()).isEqualTo(CommandOutcome.RATE_LIMITED);
        assertThat(eleventh.log().getCommand()).isEqualTo("H");
        assertThat(eleventh.text()).isEqualTo("Too many messages. Please wait a moment and try again.");
        assertThat(twelfth.outcome()).isEqualTo(CommandOutcome.RATE_LIMITED);
        assertThat(twelfth.isSilent()).isTrue();
    }

    @Test
    void aMinuteLaterThePhoneIsServedAgain() {
        send(OWNER, "H", 12);

        clock.advance(Duration.ofMinutes(1));

        assertThat(porter.send(OWNER, "H").outcome()).isEqualTo(CommandOutcome.OK);
    }

    @Test
    void anotherPhoneIsServedWhileOneIsLimited() {
        send(OWNER, "H", 12);

        assertThat(porter.send(FAMILY, "H").outcome()).isEqualTo(CommandOutcome.OK);
    }

    @Test
    void theSixthDoorCommandInAMinuteIsLimitedButHelpStillAnswers() {
        send(OWNER, "KM", 5).forEach(a -> assertThat(a.outcome()).isNotEqualTo(CommandOutcome.RATE_LIMITED));

        Answer sixth = porter.send(OWNER, "KM");
        Answer help = porter.send(OWNER, "H");
        Answer seventh = porter.send(OWNER, "开门");

        assertThat(sixth.outcome()).isEqualTo(CommandOutcome.RATE_LIMITED);
        assertThat(sixth.log().getCommand()).isEqualTo("KM");
        assertThat(sixth.text()).startsWith("Too many messages");
        assertThat(help.outcome()).isEqualTo(CommandOutcome.OK);
        assertThat(seventh.outcome()).isEqualTo(CommandOutcome.RATE_LIMITED);
        assertThat(seventh.isSilent()).isTrue();
    }

    @Test
    void theLimitAnswerIsInTheLanguageOfTheMessage() {
        send(FAMILY, "帮助", 10);

        assertThat(porter.send(FAMILY, "帮助").text()).isEqualTo("发送过于频繁，请稍后再试。");
    }

    private List<Answer> send(String phone, String text, int times) {
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            answers.add(porter.send(phone, text));
        }
        return answers;
    }
}

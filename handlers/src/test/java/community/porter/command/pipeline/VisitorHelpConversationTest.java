package community.porter.command.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import community.porter.access.message.CommandOutcome;
import community.porter.access.message.UnregisteredContact;
import community.porter.access.message.UnregisteredContactRepository;
import community.porter.command.ConversationTest;
import community.porter.command.SmsConversation.Answer;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A phone Porter does not know gets the visitor help at most once in 24 hours, then silence,
 * so nobody can use Porter to flood a number or run up its costs (SPEC §3.3).
 */
class VisitorHelpConversationTest extends ConversationTest {

    private static final String OTHER_STRANGER = "+8613798765432";

    @Autowired UnregisteredContactRepository contacts;

    @Test
    void anUnknownPhoneGetsTheVisitorHelpOnceThenSilence() {
        Answer first = porter.send(STRANGER, "hello");
        Answer second = porter.send(STRANGER, "hello again");
        clock.advance(Duration.ofHours(24).minusSeconds(1));
        Answer stillSilent = porter.send(STRANGER, "anyone there?");

        assertThat(first.outcome()).isEqualTo(CommandOutcome.NOT_REGISTERED);
        assertThat(first.text()).startsWith("Visitors send: SQ");
        assertThat(second.outcome()).isEqualTo(CommandOutcome.NOT_REGISTERED);
        assertThat(second.isSilent()).isTrue();
        assertThat(second.log().getReplyCount()).isZero();
        assertThat(stillSilent.isSilent()).as("a second short of 24 hours").isTrue();
    }

    @Test
    void twentyFourHoursLaterTheUnknownPhoneIsHelpedAgain() {
        Instant firstHelp = clock.instant();
        porter.send(STRANGER, "hello");
        clock.advance(Duration.ofHours(24));

        assertThat(porter.send(STRANGER, "hello").text()).startsWith("Visitors send: SQ");
        assertThat(contacts.findById(STRANGER)).get().satisfies(contact -> {
            assertThat(contact.getFirstSeen()).isEqualTo(firstHelp);
            assertThat(contact.getLastHelpAt()).isEqualTo(clock.instant());
        });
    }

    @Test
    void askingForHelpAndWritingAnythingElseShareTheOneHelpADay() {
        assertThat(porter.send(STRANGER, "hello").isSilent()).isFalse();

        assertThat(porter.send(STRANGER, "H").isSilent()).isTrue();
    }

    @Test
    void oneUnknownPhoneBeingSilencedDoesNotSilenceAnother() {
        porter.send(STRANGER, "hello");
        porter.send(STRANGER, "hello");

        assertThat(porter.send(OTHER_STRANGER, "hello").text()).startsWith("Visitors send: SQ");
    }

    @Test
    void aRegisteredOnlyCommandFromAnUnknownPhoneGetsTheVisitorHelpAndNothingElse() {
        Answer answer = porter.send(STRANGER, "CX");

        assertThat(answer.text()).startsWith("Visitors send: SQ");
        assertThat(porter.send(STRANGER, "CX").isSilent()).isTrue();
        assertThat(contacts.findAll()).extracting(UnregisteredContact::getPhone).containsExactly(STRANGER);
    }

    @Test
    void theVisitorHelpIsInTheLanguageTheStrangerWrote() {
        assertThat(porter.send(STRANGER, "你好").text()).startsWith("访客请发：SQ");
    }
}

package community.porter.command.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;

import community.porter.access.message.CommandOutcome;
import community.porter.access.message.InboxMessage;
import community.porter.access.message.InboxRepository;
import community.porter.access.message.UnregisteredContact;
import community.porter.access.message.UnregisteredContactRepository;
import community.porter.command.ConversationTest;
import community.porter.command.SmsConversation.Answer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * A command that fails is answered with an apology and logged {@code ERROR}, and whatever it had
 * changed before failing is undone, so the message is handled exactly once and leaves no half
 * effect (SPEC §3.4, §5). The failing step is the visitor help, made to break for one phone.
 */
class HandlerFailureTest extends ConversationTest {

    private static final String BROKEN = "+8613700000404";
    private static final String BYSTANDER = "+8613700000405";

    @MockitoSpyBean VisitorHelp visitorHelp;
    @Autowired UnregisteredContactRepository contacts;
    @Autowired InboxRepository inbox;

    @Test
    void aFailingCommandIsAnsweredWithAnApologyAndLoggedAsError() {
        doThrow(new IllegalStateException("broken on purpose")).when(visitorHelp).offer(forPhone(BROKEN), any());

        Answer answer = porter.send(BROKEN, "hello");

        assertThat(answer.outcome()).isEqualTo(CommandOutcome.ERROR);
        assertThat(answer.text()).startsWith("Sorry, something went wrong.");
        assertThat(inbox.findById(answer.inboxId()).orElseThrow().getState()).isEqualTo(InboxMessage.State.HANDLED);
    }

    @Test
    void whatAFailingCommandChangedBeforeItFailedIsUndone() {
        doAnswer(call -> {
            contacts.save(new UnregisteredContact(BYSTANDER, clock.instant()));
            throw new IllegalStateException("broken half way");
        }).when(visitorHelp).offer(forPhone(BROKEN), any());

        Answer answer = porter.send(BROKEN, "hello");

        assertThat(answer.outcome()).isEqualTo(CommandOutcome.ERROR);
        assertThat(contacts.existsById(BYSTANDER)).as("the half-made change").isFalse();
    }

    @Test
    void aCommandWhoseDatabaseWriteFailsIsStillLoggedAsErrorAndNotRunAgain() {
        doAnswer(call -> contacts.saveAndFlush(new UnregisteredContact(BROKEN, null)))
                .when(visitorHelp).offer(forPhone(BROKEN), any());

        Answer answer = porter.send(BROKEN, "hello");

        assertThat(answer.outcome()).isEqualTo(CommandOutcome.ERROR);
        assertThat(answer.text()).startsWith("Sorry, something went wrong.");
        assertThat(inbox.findById(answer.inboxId()).orElseThrow().getState()).isEqualTo(InboxMessage.State.HANDLED);
    }

    @Test
    void otherPhonesAreServedAsUsual() {
        doThrow(new IllegalStateException("broken on purpose")).when(visitorHelp).offer(forPhone(BROKEN), any());

        assertThat(porter.send(BYSTANDER, "hello").text()).startsWith("Visitors send: SQ");
    }

    private static CommandContext forPhone(String phone) {
        return argThat(context -> context != null && context.phone().equals(phone));
    }
}

package community.porter.command.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import community.porter.access.message.CommandOutcome;
import community.porter.access.message.Inbox;
import community.porter.access.message.InboxMessage;
import community.porter.access.message.InboxRepository;
import community.porter.access.message.OutboxMessage;
import community.porter.access.message.StoredInbound;
import community.porter.access.person.Language;
import community.porter.command.ConversationTest;
import community.porter.command.SmsConversation;
import community.porter.command.SmsConversation.Answer;
import community.porter.sms.InboundSms;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The pipeline around every command: one command-log row per message, replies stored with the
 * message they answer, each message run once however often it is handed over, and replies in
 * the sender's language (SPEC §3.3, §3.4).
 */
class CommandPipelineTest extends ConversationTest {

    @Autowired CommandPipeline pipeline;
    @Autowired Inbox inbox;
    @Autowired InboxRepository inboxMessages;

    @Test
    void everyMessageLeavesOneCommandLogRowWithItsOutcomeAndIsMarkedHandled() {
        Answer answer = porter.send(OWNER, "H");

        assertThat(answer.log()).satisfies(entry -> {
            assertThat(entry.getPhone()).isEqualTo(OWNER);
            assertThat(entry.getText()).isEqualTo("H");
            assertThat(entry.getCommand()).isEqualTo("H");
            assertThat(entry.getOutcome()).isEqualTo(CommandOutcome.OK);
            assertThat(entry.getReplyCount()).isEqualTo(1);
            assertThat(entry.getReceivedAt()).isEqualTo(clock.instant());
            assertThat(entry.getHandledAt()).isEqualTo(clock.instant());
        });
        InboxMessage message = inboxMessages.findById(answer.inboxId()).orElseThrow();
        assertThat(message.getState()).isEqualTo(InboxMessage.State.HANDLED);
        assertThat(message.getHandledAt()).isEqualTo(clock.instant());
    }

    @Test
    void theRepliesAreQueuedForTheSenderAndHandedBackForSending() {
        Answer answer = porter.send(OWNER, "H");

        assertThat(answer.replies()).singleElement().satisfies(reply -> {
            assertThat(reply.getRecipient()).isEqualTo(OWNER);
            assertThat(reply.getKind()).isEqualTo(OutboxMessage.Kind.REPLY);
            assertThat(reply.getState()).isEqualTo(OutboxMessage.State.QUEUED);
            assertThat(reply.getInboxId()).isEqualTo(answer.inboxId());
        });
        assertThat(answer.queued()).containsExactly(answer.replies().get(0).getId());
    }

    @Test
    void aMessageHandedOverAgainIsNotRunAgain() {
        long id = porter.store(OWNER, "H");
        List<Long> first = pipeline.run(id);

        List<Long> again = pipeline.run(id);

        assertThat(first).hasSize(1);
        assertThat(again).as("replies of the second run").isEmpty();
        assertThat(porter.answerTo(id, again).replies()).hasSize(1);
    }

    @Test
    void aMessageHandedToTwoCommandThreadsAtOnceRunsOnce() throws Exception {
        long id = porter.store(OWNER, "H");

        ExecutorService commandThreads = Executors.newFixedThreadPool(2);
        List<List<Long>> runs;
        try {
            CompletableFuture<List<Long>> one = CompletableFuture.supplyAsync(() -> pipeline.run(id), commandThreads);
            CompletableFuture<List<Long>> other = CompletableFuture.supplyAsync(() -> pipeline.run(id), commandThreads);
            runs = List.of(one.get(30, TimeUnit.SECONDS), other.get(30, TimeUnit.SECONDS));
        } finally {
            commandThreads.shutdownNow();
        }

        assertThat(runs).filteredOn(ids -> !ids.isEmpty()).hasSize(1);
        assertThat(porter.answerTo(id, List.of()).replies()).hasSize(1);
    }

    @Test
    void aReDeliveredCopyIsNeverRun() {
        InboundSms sms = new InboundSms("main", OWNER, SmsConversation.SERVICE_NUMBER, "H", "mo-77", null,
                clock.instant(), false);
        StoredInbound original = inbox.store(sms);
        StoredInbound copy = inbox.store(sms);

        assertThat(pipeline.run(copy.inboxId())).isEmpty();

        Answer answer = porter.answerTo(copy.inboxId(), List.of());
        assertThat(answer.outcome()).isEqualTo(CommandOutcome.DUPLICATE);
        assertThat(answer.isSilent()).isTrue();
        assertThat(pipeline.run(original.inboxId())).as("the original runs").hasSize(1);
    }

    @Test
    void anUnknownKeywordFromARegisteredPhoneIsAnsweredWithAHintPointingToHelpEveryTime() {
        Answer first = porter.send(OWNER, "HELLO");
        Answer second = porter.send(OWNER, "HELLO");

        assertThat(first.outcome()).isEqualTo(CommandOutcome.UNKNOWN_COMMAND);
        assertThat(first.log().getCommand()).isNull();
        assertThat(first.text()).isEqualTo("Unknown command. Send H for the list of commands.");
        assertThat(second.text()).as("a registered phone is never silenced").contains("Send H");
    }

    @Test
    void anUnknownKeywordInChineseGetsTheHintInChinese() {
        assertThat(porter.send(FAMILY, "你好").text()).isEqualTo("无法识别的指令。发送 H 查看可用指令。");
    }

    @Test
    void aLongMessageWithPartsMissingIsNotRunButTheSenderIsAskedToSendItAgain() {
        String half = "BX 3-1-201 厨房水管漏水，楼下天花板已经";
        long inboxId = inbox.store(new InboundSms("main", FAMILY, SmsConversation.SERVICE_NUMBER, half, null, null,
                clock.instant(), true)).inboxId();

        Answer answer = porter.answerTo(inboxId, pipeline.run(inboxId));

        assertThat(answer.outcome()).isEqualTo(CommandOutcome.BAD_SYNTAX);
        assertThat(answer.log().getCommand()).isEqualTo("BX");
        assertThat(answer.text()).isEqualTo("您的短信有部分内容未收到，未作处理，请重新发送。");
        assertThat(porter.send(FAMILY, half).outcome()).as("the same text arriving whole is run")
                .isEqualTo(CommandOutcome.OK);
    }

    @Test
    void anIncompleteMessageFromAnUnknownPhoneGetsNoMoreThanTheVisitorHelp() {
        long inboxId = inbox.store(new InboundSms("main", "+8613912345678", SmsConversation.SERVICE_NUMBER,
                "GB 2-1-201 停水通知", null, null, clock.instant(), true)).inboxId();

        Answer answer = porter.answerTo(inboxId, pipeline.run(inboxId));

        assertThat(answer.outcome()).isEqualTo(CommandOutcome.NOT_REGISTERED);
    }

    @Test
    void aKnownCommandWrittenWronglyGetsItsSyntaxHint() {
        Answer answer = porter.send(OWNER, "H please");

        assertThat(answer.outcome()).isEqualTo(CommandOutcome.BAD_SYNTAX);
        assertThat(answer.log().getCommand()).isEqualTo("H");
        assertThat(answer.text()).isEqualTo("For help send just: H");
    }

    @Test
    void withoutASettingAChineseMessageIsAnsweredInChineseAndAnyOtherInEnglish() {
        assertThat(porter.send(OWNER, "帮助").text()).startsWith("指令：");
        assertThat(porter.send(OWNER, "H").text()).startsWith("Commands:");
    }

    @Test
    void thePhonesLanguageSettingWinsOverTheLanguageOfTheMessage() {
        chooseLanguage(FAMILY, Language.EN);
        chooseLanguage(OWNER, Language.ZH);

        assertThat(porter.send(FAMILY, "帮助").text()).startsWith("Commands:");
        assertThat(porter.send(OWNER, "H").text()).startsWith("指令：");
    }
}

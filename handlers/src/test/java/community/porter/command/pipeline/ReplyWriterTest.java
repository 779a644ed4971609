package community.porter.command.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import community.porter.access.message.CommandOutcome;
import community.porter.access.message.OutboxMessage;
import community.porter.access.message.OutboxRepository;
import community.porter.access.person.Language;
import community.porter.access.person.SenderDirectory;
import community.porter.command.ConversationTest;
import community.porter.command.language.ReplyKeys;
import community.porter.command.language.ReplyLanguage;
import community.porter.sms.codec.Segmenter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Replies become texts in each recipient's language and are stored in the outbox with the
 * message that caused them, never longer than three SMS parts.
 */
class ReplyWriterTest extends ConversationTest {

    @Autowired ReplyWriter writer;
    @Autowired SenderDirectory senders;
    @Autowired OutboxRepository outbox;

    @Test
    void theSenderIsAnsweredInTheirLanguageAndANoticeToAnotherPhoneInThatPhonesLanguage() {
        chooseLanguage(FAMILY, Language.EN);
        CommandContext context = context(OWNER, "报修 厨房漏水", ReplyLanguage.ZH);
        Reply toSender = Reply.toSender(ReplyKeys.BX_OPENED, "R-1");
        Reply toFamily = notice(FAMILY, ReplyKeys.BX_NOTIFY, "R-1", "1-1-101", "kitchen");
        Reply toStaff = notice(STAFF, ReplyKeys.BX_NOTIFY, "R-1", "1-1-101", "厨房漏水");

        List<Long> ids = writer.store(new CommandResult(CommandOutcome.OK, List.of(toSender, toFamily, toStaff), null),
                context);

        assertThat(outbox.findAllById(ids)).extracting(OutboxMessage::getRecipient, OutboxMessage::getText,
                OutboxMessage::getKind).containsExactly(
                        tuple(OWNER, "报修已受理，单号R-1。物业会尽快联系您。",
                                OutboxMessage.Kind.REPLY),
                        tuple(FAMILY, "New repair R-1, 1-1-101: kitchen",
                                OutboxMessage.Kind.NOTICE),
                        tuple(STAFF, "新报修R-1，1-1-101：厨房漏水",
                                OutboxMessage.Kind.NOTICE));
        assertThat(outbox.findAllById(ids)).extracting(OutboxMessage::getInboxId).containsOnly(context.inboxId());
        assertThat(ids).isSorted();
    }

    @Test
    void aReplyAddressedToTheSendersOwnNumberIsInTheLanguageOfTheMessage() {
        chooseLanguage(OWNER, Language.ZH);
        CommandContext context = context(OWNER, "H", ReplyLanguage.EN);

        List<Long> ids = writer.store(new CommandResult(CommandOutcome.OK,
                List.of(notice(OWNER, ReplyKeys.UNKNOWN_COMMAND)), null), context);

        assertThat(outbox.findById(ids.get(0)).orElseThrow().getText()).startsWith("Unknown command.");
    }

    @Test
    void anOverLongReplyIsCutToThreeParts() {
        CommandContext context = context(OWNER, "CX JL", ReplyLanguage.ZH);

        List<Long> ids = writer.store(new CommandResult(CommandOutcome.OK,
                List.of(Reply.textToSender("开门记录：".repeat(100))), null), context);

        assertThat(Segmenter.countParts(outbox.findById(ids.get(0)).orElseThrow().getText())).isEqualTo(3);
    }

    @Test
    void aSilentOutcomeStoresNothing() {
        CommandContext context = context(STRANGER, "hello", ReplyLanguage.EN);

        assertThat(writer.store(CommandResult.silent(CommandOutcome.NOT_REGISTERED, "quiet"), context)).isEmpty();
        assertThat(outbox.count()).isZero();
    }

    private CommandContext context(String phone, String text, ReplyLanguage language) {
        long inboxId = porter.store(phone, text);
        return new CommandContext(inboxId, phone, text, clock.instant(), senders.identify(phone), language);
    }

    private static Reply notice(String to, String key, Object... args) {
        return new Reply(to, key, List.of(args), null, OutboxMessage.Kind.NOTICE, Reply.URGENT);
    }
}

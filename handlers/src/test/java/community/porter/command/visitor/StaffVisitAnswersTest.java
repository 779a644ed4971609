package community.porter.command.visitor;

import static org.assertj.core.api.Assertions.assertThat;

import community.porter.access.message.OutboxMessage;
import community.porter.access.message.OutboxMessageQueued;
import community.porter.access.message.OutboxRepository;
import community.porter.access.visitor.DeskOutcome;
import community.porter.access.visitor.VisitAnswered;
import community.porter.access.visitor.VisitorDesk;
import community.porter.access.visitor.VisitorRequestRepository;
import community.porter.command.ConversationTest;
import community.porter.command.pipeline.Reply;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.jdbc.JdbcTestUtils;
import org.springframework.transaction.support.TransactionTemplate;

/** Staff answering a visit request in the console: the visitor gets the SMS a {@code TY}/{@code JJ} sends. */
@RecordApplicationEvents
class StaffVisitAnswersTest extends ConversationTest {

    @Autowired VisitorDesk desk;
    @Autowired VisitorRequestRepository requests;
    @Autowired OutboxRepository outbox;
    @Autowired TransactionTemplate transaction;
    @Autowired ApplicationEvents events;

    @AfterEach
    void removeTheVisit() {
        JdbcTestUtils.deleteFromTables(jdbc, "visitor_pass", "visitor_request");
    }

    @Test
    void anApprovalInTheConsoleSendsTheVisitorThePassAsTyDoes() {
        porter.send(STRANGER, "SQ 1-1-101 王师傅 KD");
        List<Long> before = outboxIds();

        VisitAnswered answered = transaction.execute(s -> desk.approve(requests.findAll().get(0)));

        assertThat(answered.outcome()).isEqualTo(DeskOutcome.DONE);
        String code = answered.pass().getPassCode();
        List<OutboxMessage> sent = newMessages(before);
        assertThat(sent).singleElement().satisfies(m -> {
            assertThat(m.getRecipient()).isEqualTo(STRANGER);
            assertThat(m.getKind()).isEqualTo(OutboxMessage.Kind.NOTICE);
            assertThat(m.getPriority()).isEqualTo(Reply.URGENT);
            assertThat(m.getText()).contains(code).contains("1-1-101").startsWith("您到访1-1-101的通行码");
            assertThat(events.stream(OutboxMessageQueued.class)).as("handed to the sender after the commit")
                    .contains(new OutboxMessageQueued(m.getId()));
        });
    }

    @Test
    void aDenialInTheConsoleTellsTheVisitorAsJjDoes() {
        porter.send(STRANGER, "SQ 1-1-101 王师傅 KD");
        List<Long> before = outboxIds();

        VisitAnswered answered = transaction.execute(s -> desk.deny(requests.findAll().get(0)));

        assertThat(answered.outcome()).isEqualTo(DeskOutcome.DONE);
        assertThat(newMessages(before)).singleElement().satisfies(m -> {
            assertThat(m.getRecipient()).isEqualTo(STRANGER);
            assertThat(m.getText()).isEqualTo("您到访1-1-101的申请未获同意。");
            assertThat(events.stream(OutboxMessageQueued.class)).contains(new OutboxMessageQueued(m.getId()));
        });
    }

    @Test
    void aRequestAnsweredAlreadyIsNotAnsweredAgainAndNobodyIsTold() {
        porter.send(STRANGER, "SQ 1-1-101 王师傅 KD");
        transaction.execute(s -> desk.deny(requests.findAll().get(0)));
        List<Long> before = outboxIds();

        VisitAnswered again = transaction.execute(s -> desk.approve(requests.findAll().get(0)));

        assertThat(again.outcome()).isEqualTo(DeskOutcome.ALREADY_ANSWERED);
        assertThat(again.pass()).isNull();
        assertThat(newMessages(before)).isEmpty();
    }

    private List<Long> outboxIds() {
        return outbox.findAll().stream().map(OutboxMessage::getId).toList();
    }

    private List<OutboxMessage> newMessages(List<Long> before) {
        return outbox.findAll().stream().filter(m -> !before.contains(m.getId())).toList();
    }
}

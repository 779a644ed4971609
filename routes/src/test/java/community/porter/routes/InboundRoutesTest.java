package community.porter.routes;

import static community.porter.routes.RouteTestSupport.DEADLINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import community.porter.access.demo.DemoCommunity;
import community.porter.access.message.CommandOutcome;
import community.porter.access.message.InboxMessage;
import community.porter.access.message.InboxRepository;
import community.porter.access.message.Outbox;
import community.porter.access.message.OutboxMessage;
import community.porter.access.message.OutboxPart;
import community.porter.access.message.OutboxPartRepository;
import community.porter.sms.AckListener;
import community.porter.sms.DeliveryReceipt;
import community.porter.sms.InboundSms;
import community.porter.sms.PendingPartStore;
import community.porter.sms.SubmitOutcome;
import java.time.Instant;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * From a transport into Porter: a message is durably stored before its exchange completes (the
 * moment a transport acknowledges it), handed to the command route unless it is a re-delivered
 * copy, and answered; a delivery receipt is applied to the part it reports on, or kept until it
 * is recorded, before its exchange completes (SPEC §5).
 */
class InboundRoutesTest extends RoutesTest {

    private static final String OWNER = DemoCommunity.OWNER_PHONE;

    @Autowired InboxRepository inbox;
    @Autowired OutboxPartRepository parts;
    @Autowired Outbox outbox;
    @Autowired PendingPartStore pendingParts;

    @AfterEach
    void forgetKeptReceipts() {
        jdbc.update("delete from early_receipt");
    }

    @Test
    void aMessageIsCommittedBeforeTheTransportGetsItsExchangeBack() {
        Exchange exchange = template.send(RoutesTestApplication.INBOUND, e -> e.getMessage().setBody(sms(OWNER, "H", null)));

        // The transport acknowledges now. A connection of its own sees only what was committed.
        Long id = exchange.getMessage().getHeader(AckListener.INBOX_ID_HEADER, Long.class);
        assertThat(exchange.getException()).isNull();
        assertThat(id).as("the id the message was stored under, for the transport's AckListener").isNotNull();
        assertThat(jdbc.queryForList("select sender from inbox_message where id = ?", String.class, id))
                .containsExactly(OWNER);
    }

    @Test
    void aMessageTheDatabaseRefusesFailsItsExchangeSoTheTransportDoesNotAcknowledgeIt() {
        String impossibleSender = "+86" + "1".repeat(40);

        Exchange exchange = template.send(RoutesTestApplication.INBOUND,
                e -> e.getMessage().setBody(sms(impossibleSender, "H", null)));

        assertThat(exchange.getException()).isNotNull();
        assertThat(exchange.getMessage().getHeader(AckListener.INBOX_ID_HEADER)).isNull();
    }

    @Test
    void aResidentsHelpRequestIsAnsweredAndTheReplyEndsSentWithItsPartIds() {
        firstTransport.accepts(2);

        long inboxId = receive(sms(OWNER, "H", null));

        OutboxMessage reply = await().atMost(DEADLINE).until(() -> replyTo(inboxId),
                r -> r != null && r.getState() == OutboxMessage.State.SENT);
        assertThat(reply.getRecipient()).isEqualTo(OWNER);
        assertThat(reply.getText()).startsWith("Commands:");
        assertThat(reply.getConnector()).isEqualTo("out1");
        assertThat(parts.findByMessageIdOrderByPartNo(reply.getId())).extracting(OutboxPart::getTransportId)
                .containsExactly("out1-" + reply.getId() + "-1", "out1-" + reply.getId() + "-2");
        assertThat(inbox.findById(inboxId).orElseThrow().getState()).isEqualTo(InboxMessage.State.HANDLED);
        assertThat(jdbc.queryForObject("select outcome from command_log where inbox_id = ?", String.class, inboxId))
                .isEqualTo(CommandOutcome.OK.name());
    }

    @Test
    void aReDeliveredCopyIsStoredButNotHandedToTheCommandRoute() {
        MockEndpoint commands = camel.getEndpoint(COMMANDS_MOCK, MockEndpoint.class);

        long original = receive(sms(OWNER, "H", "mo-1"));
        long copy = receive(sms(OWNER, "H", "mo-1"));

        assertThat(commands.getReceivedExchanges()).extracting(e -> e.getMessage().getBody(Long.class))
                .containsExactly(original);
        assertThat(inbox.findById(copy).orElseThrow().getState()).isEqualTo(InboxMessage.State.DUPLICATE);
        await().atMost(DEADLINE).until(() -> replyTo(original),
                r -> r != null && r.getState() == OutboxMessage.State.SENT);
        assertThat(firstTransport.handed()).as("replies sent").hasSize(1);
    }

    @Test
    void aLongMessageTakesItsWaitingPartsInTheTransactionThatStoresIt() {
        List<Long> partIds = waitingParts("H", "ELP");

        Exchange exchange = template.send(RoutesTestApplication.INBOUND, e -> {
            e.getMessage().setBody(sms(OWNER, "HELP", null));
            e.getMessage().setHeader(PendingPartStore.PART_IDS_HEADER, partIds);
        });

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getHeader(PendingPartStore.PART_IDS_HEADER))
                .as("taken already: nothing left for the transport to do").isNull();
        assertThat(pendingParts.waiting(GROUP)).isEmpty();
        assertThat(camel.getEndpoint(COMMANDS_MOCK, MockEndpoint.class).getReceivedCounter()).isEqualTo(1);
    }

    @Test
    void aSecondCompletionOfALongMessageIsAcknowledgedWithoutASecondCommand() {
        List<Long> partIds = waitingParts("H", "ELP");
        receive(sms(OWNER, "HELP", null), partIds);

        Exchange again = template.send(RoutesTestApplication.INBOUND, e -> {
            e.getMessage().setBody(sms(OWNER, "HELP", null));
            e.getMessage().setHeader(PendingPartStore.PART_IDS_HEADER, partIds);
        });

        assertThat(again.getException()).as("the transport may acknowledge").isNull();
        assertThat(again.getMessage().getHeader(AckListener.INBOX_ID_HEADER)).isNull();
        assertThat(jdbc.queryForObject("select count(*) from inbox_message", Integer.class)).isEqualTo(1);
        assertThat(camel.getEndpoint(COMMANDS_MOCK, MockEndpoint.class).getReceivedCounter()).isEqualTo(1);
    }

    @Test
    void aDeliveryReceiptFromTheTransportMarksTheMessageDelivered() {
        long id = outbox.enqueue(OutboxMessage.Kind.REPLY, 5, OWNER, "Door 1-1 is open.", null).getId();
        outbox.claim(id);
        outbox.recordSent(id, new SubmitOutcome("out1", List.of("r-1")));

        Exchange exchange = template.send(RoutesTestApplication.INBOUND, e -> e.getMessage()
                .setBody(new DeliveryReceipt("out1", "r-1", DeliveryReceipt.State.DELIVERED, null, Instant.now())));

        assertThat(exchange.getException()).isNull();
        assertThat(outboxMessage(id).getState()).isEqualTo(OutboxMessage.State.DELIVERED);
        assertThat(camel.getEndpoint(COMMANDS_MOCK, MockEndpoint.class).getReceivedCounter())
                .as("receipts are no commands").isZero();
    }

    @Test
    void aReceiptThatOvertakesTheRecordOfItsPartIsKeptBeforeItsExchangeCompletesAndAppliedWithThePart() {
        long id = outbox.enqueue(OutboxMessage.Kind.REPLY, 5, OWNER, "Door 1-1 is open.", null).getId();
        outbox.claim(id);

        Exchange receipt = template.send(RoutesTestApplication.INBOUND, e -> e.getMessage()
                .setBody(new DeliveryReceipt("out1", "r-early", DeliveryReceipt.State.DELIVERED, null, Instant.now())));

        // The transport acknowledges now; the receipt must be in the database already.
        assertThat(receipt.getException()).isNull();
        assertThat(jdbc.queryForList("select transport_id from early_receipt", String.class)).containsExactly("r-early");

        outbox.recordSent(id, new SubmitOutcome("out1", List.of("r-early")));

        assertThat(outboxMessage(id).getState()).isEqualTo(OutboxMessage.State.DELIVERED);
    }

    @Test
    void aReceiptForNoKnownPartIsKeptAndAccepted() {
        Exchange exchange = template.send(RoutesTestApplication.INBOUND, e -> e.getMessage()
                .setBody(new DeliveryReceipt("out1", "nobody", DeliveryReceipt.State.DELIVERED, null, null)));

        assertThat(exchange.getException()).isNull();
        assertThat(jdbc.queryForObject("select count(*) from early_receipt", Integer.class)).isEqualTo(1);
    }

    @Test
    void aReceiptTheDatabaseCannotKeepFailsItsExchangeSoTheTransportDoesNotAcknowledgeIt() {
        String impossibleConnector = "c".repeat(100);

        Exchange exchange = template.send(RoutesTestApplication.INBOUND, e -> e.getMessage()
                .setBody(new DeliveryReceipt(impossibleConnector, "r-2", DeliveryReceipt.State.DELIVERED, null, null)));

        assertThat(exchange.getException()).isNotNull();
    }

    private static final PendingPartStore.Group GROUP = new PendingPartStore.Group(OWNER, "10690000", 7, 2, false);

    private List<Long> waitingParts(String... texts) {
        for (int i = 0; i < texts.length; i++) {
            pendingParts.save(new PendingPartStore.Part(null, GROUP, i + 1, "main", texts[i], null, Instant.now(), null));
        }
        return pendingParts.waiting(GROUP).stream().map(PendingPartStore.Part::id).toList();
    }

    private long receive(InboundSms sms, List<Long> partIds) {
        Exchange exchange = template.send(RoutesTestApplication.INBOUND, e -> {
            e.getMessage().setBody(sms);
            e.getMessage().setHeader(PendingPartStore.PART_IDS_HEADER, partIds);
        });
        assertThat(exchange.getException()).isNull();
        return exchange.getMessage().getHeader(AckListener.INBOX_ID_HEADER, Long.class);
    }

    private long receive(InboundSms sms) {
        Exchange exchange = template.send(RoutesTestApplication.INBOUND, e -> e.getMessage().setBody(sms));
        assertThat(exchange.getException()).isNull();
        return exchange.getMessage().getHeader(AckListener.INBOX_ID_HEADER, Long.class);
    }

    private OutboxMessage replyTo(long inboxId) {
        return outboxMessages.findAll().stream().filter(m -> Long.valueOf(inboxId).equals(m.getInboxId()))
                .findFirst().orElse(null);
    }

    private static InboundSms sms(String sender, String text, String smscId) {
        return new InboundSms("main", sender, "10690000", text, smscId, null, Instant.now(), false);
    }
}

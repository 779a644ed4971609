package community.porter.access.message;

import static community.porter.access.message.InboxMessage.AckState.ACKED;
import static community.porter.access.message.InboxMessage.AckState.LOST;
import static community.porter.access.message.InboxMessage.AckState.MATCHED;
import static community.porter.access.message.InboxMessage.AckState.PENDING;
import static org.assertj.core.api.Assertions.assertThat;

import community.porter.sms.InboundSms;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How the inbox stores inbound messages and tells a re-delivered copy from a message a person
 * sent twice on purpose (SPEC §5), on every supported database. Nothing here runs in a test
 * transaction: every store commits, as it must before the transport acknowledges.
 */
@SpringBootTest
abstract class InboxContractTest {

    static final String CONNECTOR = "main";
    static final String SERVICE = "10690000";
    static final String RESIDENT = "+8613800000001";
    static final String NEIGHBOUR = "+8613800000002";

    @Autowired Inbox inbox;
    @Autowired InboxAcknowledgements acknowledgements;
    @Autowired InboxRepository messages;
    @Autowired CommandLogRepository commandLog;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void emptyTheTables() {
        MessageTables.clear(jdbc);
    }

    @Test
    void aNewMessageIsStoredAsReceivedWithItsAcknowledgementPending() {
        StoredInbound stored = inbox.store(smpp(RESIDENT, "KM"));

        assertThat(stored.isDuplicate()).isFalse();
        assertThat(message(stored)).satisfies(m -> {
            assertThat(m.getState()).isEqualTo(InboxMessage.State.RECEIVED);
            assertThat(m.getAckState()).isEqualTo(PENDING);
            assertThat(m.getConnector()).isEqualTo(CONNECTOR);
            assertThat(m.getSender()).isEqualTo(RESIDENT);
            assertThat(m.getRecipient()).isEqualTo(SERVICE);
            assertThat(m.getText()).isEqualTo("KM");
        });
        assertThat(commandLog.existsByInboxId(stored.inboxId()))
                .as("the command-log row is written when the command has run").isFalse();
    }

    @Test
    void aCopyCarryingTheSameSmscMessageIdIsStoredAsDuplicateWithOneCommandLogRow() {
        StoredInbound original = inbox.store(withSmscId("mo-4711", RESIDENT, "KM 1-1"));
        StoredInbound copy = inbox.store(withSmscId("mo-4711", RESIDENT, "KM 1-1"));

        assertThat(copy.duplicateOf()).isEqualTo(original.inboxId());
        assertThat(message(copy)).satisfies(m -> {
            assertThat(m.getState()).isEqualTo(InboxMessage.State.DUPLICATE);
            assertThat(m.getDuplicateOf()).isEqualTo(original.inboxId());
        });
        assertThat(message(original).getState()).isEqualTo(InboxMessage.State.RECEIVED);
        assertThat(commandLog.findAll()).singleElement().satisfies(entry -> {
            assertThat(entry.getInboxId()).isEqualTo(copy.inboxId());
            assertThat(entry.getOutcome()).isEqualTo(CommandOutcome.DUPLICATE);
            assertThat(entry.getPhone()).isEqualTo(RESIDENT);
            assertThat(entry.getText()).isEqualTo("KM 1-1");
            assertThat(entry.getReplyCount()).isZero();
        });
    }

    @Test
    void theSameSmscMessageIdOnAnotherConnectionIsAnotherMessage() {
        inbox.store(withSmscId("mo-1", RESIDENT, "KM"));

        StoredInbound other = inbox.store(new InboundSms("backup", RESIDENT, SERVICE, "KM", "mo-1", null,
                Instant.now(), false));

        assertThat(other.isDuplicate()).isFalse();
    }

    @Test
    void aModemCopyIsKnownBySenderServiceCentreTimeAndText() {
        Instant sent = Instant.parse("2026-11-23T08:15:30Z");
        StoredInbound original = inbox.store(fromModem(RESIDENT, "KM", sent));

        assertThat(inbox.store(fromModem(RESIDENT, "KM", sent)).duplicateOf()).isEqualTo(original.inboxId());
        assertThat(inbox.store(fromModem(RESIDENT, "KM", sent.plusSeconds(1))).isDuplicate())
                .as("the same words sent a second later").isFalse();
        assertThat(inbox.store(fromModem(RESIDENT, "KM GATE", sent)).isDuplicate())
                .as("other words in the same second").isFalse();
        assertThat(inbox.store(fromModem(NEIGHBOUR, "KM", sent)).isDuplicate())
                .as("another phone in the same second").isFalse();
    }

    @Test
    void aResidentWhoSendsKmTwiceOnPurposeGetsTwoMessages() {
        StoredInbound first = inbox.store(smpp(RESIDENT, "KM"));
        acknowledgements.acknowledged(CONNECTOR, first.inboxId());
        acknowledgements.flush();

        StoredInbound second = inbox.store(smpp(RESIDENT, "KM"));

        assertThat(message(first).getAckState()).isEqualTo(ACKED);
        assertThat(second.isDuplicate()).as("a normally acknowledged message is never a candidate").isFalse();
    }

    @Test
    void aMessageWhoseAcknowledgementIsStillPendingIsNoCandidate() {
        inbox.store(smpp(RESIDENT, "KM"));

        assertThat(inbox.store(smpp(RESIDENT, "KM")).isDuplicate()).isFalse();
    }

    @Test
    void aCopyOfAMessageWhoseAcknowledgementWasLostIsMatchedToItOnce() {
        StoredInbound original = storeAndLoseAcknowledgement(smpp(RESIDENT, "KM"));

        StoredInbound copy = inbox.store(smpp(RESIDENT, "KM"));
        StoredInbound third = inbox.store(smpp(RESIDENT, "KM"));

        assertThat(copy.duplicateOf()).isEqualTo(original.inboxId());
        assertThat(message(original).getAckState()).isEqualTo(MATCHED);
        assertThat(third.isDuplicate()).as("the lost acknowledgement was matched already").isFalse();
        assertThat(commandLog.findAll()).extracting(CommandLogEntry::getInboxId).containsExactly(copy.inboxId());
    }

    @Test
    void onlyTheSameConnectionSenderRecipientAndTextMatchALostAcknowledgement() {
        StoredInbound original = storeAndLoseAcknowledgement(smpp(RESIDENT, "KM"));

        assertThat(inbox.store(new InboundSms("backup", RESIDENT, SERVICE, "KM", null, null, Instant.now(), false))
                .isDuplicate()).as("another connection").isFalse();
        assertThat(inbox.store(smpp(NEIGHBOUR, "KM")).isDuplicate()).as("another phone").isFalse();
        assertThat(inbox.store(smpp(RESIDENT, "KM GATE")).isDuplicate()).as("other words").isFalse();
        assertThat(inbox.store(new InboundSms(CONNECTOR, RESIDENT, "10690001", "KM", null, null, Instant.now(), false))
                .isDuplicate()).as("another service number").isFalse();
        assertThat(message(original).getAckState()).isEqualTo(LOST);
    }

    @Test
    void aCopyArrivingWithinTheRedeliveryWindowIsMatchedAndOneAfterItIsNot() {
        StoredInbound recent = storeAndLoseAcknowledgement(smpp(RESIDENT, "KM"));
        acknowledgementLostAgo(recent, Duration.ofMinutes(9));
        StoredInbound old = storeAndLoseAcknowledgement(smpp(NEIGHBOUR, "KM"));
        acknowledgementLostAgo(old, Duration.ofMinutes(11));

        assertThat(inbox.store(smpp(RESIDENT, "KM")).duplicateOf()).isEqualTo(recent.inboxId());
        assertThat(inbox.store(smpp(NEIGHBOUR, "KM")).isDuplicate())
                .as("a copy 11 minutes after the reconnect, with the default 10-minute window").isFalse();
    }

    @Test
    void acknowledgementsPendingWhenPorterStoppedCountAsLostAtStart() {
        StoredInbound pending = inbox.store(smpp(RESIDENT, "KM"));
        StoredInbound acked = inbox.store(smpp(NEIGHBOUR, "KM"));
        acknowledgements.acknowledged(CONNECTOR, acked.inboxId());
        acknowledgements.flush();

        acknowledgements.markPendingLostAtStart();

        assertThat(message(pending).getAckState()).isEqualTo(LOST);
        assertThat(message(pending).getAckLostAt()).isNotNull();
        assertThat(message(acked).getAckState()).isEqualTo(ACKED);
        assertThat(inbox.store(smpp(RESIDENT, "KM")).duplicateOf()).isEqualTo(pending.inboxId());
    }

    @Test
    void copiesArrivingAtTheSameMomentLeaveExactlyOneOriginal() throws InterruptedException {
        List<StoredInbound> stored = Concurrently.run(8, () -> inbox.store(withSmscId("mo-race", RESIDENT, "KM")));

        List<StoredInbound> originals = stored.stream().filter(s -> !s.isDuplicate()).toList();
        assertThat(originals).hasSize(1);
        assertThat(stored).filteredOn(StoredInbound::isDuplicate).hasSize(7)
                .allSatisfy(s -> assertThat(s.duplicateOf()).isEqualTo(originals.get(0).inboxId()));
        assertThat(commandLog.count()).isEqualTo(7);
    }

    @Test
    void twoCopiesOfALostAcknowledgementArrivingTogetherMatchItOnce() throws InterruptedException {
        StoredInbound original = storeAndLoseAcknowledgement(smpp(RESIDENT, "KM"));

        List<StoredInbound> copies = Concurrently.run(2, () -> inbox.store(smpp(RESIDENT, "KM")));

        assertThat(copies).filteredOn(StoredInbound::isDuplicate).singleElement()
                .satisfies(s -> assertThat(s.duplicateOf()).isEqualTo(original.inboxId()));
    }

    @Test
    void aTextLongerThanTheInboxKeepsIsCutAndMarkedIncomplete() {
        String text = "BX " + "漏".repeat(InboxMessage.MAX_TEXT);

        InboxMessage stored = message(inbox.store(smpp(RESIDENT, text)));

        assertThat(stored.getText()).hasSize(InboxMessage.MAX_TEXT).isEqualTo(text.substring(0, InboxMessage.MAX_TEXT));
        assertThat(stored.isIncomplete()).isTrue();
    }

    private StoredInbound storeAndLoseAcknowledgement(InboundSms sms) {
        StoredInbound stored = inbox.store(sms);
        acknowledgements.acknowledgementLost(sms.connector(), stored.inboxId());
        acknowledgements.flush();
        assertThat(message(stored).getAckState()).isEqualTo(LOST);
        return stored;
    }

    /** Moves the moment the acknowledgement was lost into the past; times are stored as UTC. */
    private void acknowledgementLostAgo(StoredInbound stored, Duration ago) {
        LocalDateTime utc = LocalDateTime.ofInstant(Instant.now().minus(ago), ZoneOffset.UTC);
        jdbc.update("update inbox_message set ack_lost_at = ? where id = ?", utc, stored.inboxId());
    }

    private InboxMessage message(StoredInbound stored) {
        return messages.findById(stored.inboxId()).orElseThrow();
    }

    /** Plain SMPP: no message id of the SMSC's, no time stamp. */
    static InboundSms smpp(String sender, String text) {
        return new InboundSms(CONNECTOR, sender, SERVICE, text, null, null, Instant.now(), false);
    }

    /** SMPP with the connection configured to read the SMSC's message id from a TLV. */
    static InboundSms withSmscId(String smscId, String sender, String text) {
        return new InboundSms(CONNECTOR, sender, SERVICE, text, smscId, null, Instant.now(), false);
    }

    /** A modem: the service centre time stamp of the message, no message id. */
    static InboundSms fromModem(String sender, String text, Instant serviceCentreTime) {
        return new InboundSms("pool", sender, SERVICE, text, null, serviceCentreTime, Instant.now(), false);
    }
}

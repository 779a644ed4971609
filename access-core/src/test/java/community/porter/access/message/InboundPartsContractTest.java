package community.porter.access.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import community.porter.sms.InboundSms;
import community.porter.sms.PendingPartStore.Group;
import community.porter.sms.PendingPartStore.Part;
import community.porter.sms.PendingPartStore.Saved;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The parts of long inbound messages on every supported database: kept (committed) as they
 * come, found again by their message, taken with the message in the inbox's transaction, found
 * when their time has run out, and recognised when the SMSC delivers them again.
 */
@SpringBootTest
abstract class InboundPartsContractTest {

    static final String RESIDENT = "+8613800000001";
    static final String SERVICE = "10690000";
    static final Group MESSAGE = new Group(RESIDENT, SERVICE, 0x42, 3, false);

    @Autowired InboundParts parts;
    @Autowired Inbox inbox;
    @Autowired InboxRepository messages;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void emptyTheTables() {
        MessageTables.clear(jdbc);
    }

    @Test
    void aPartIsCommittedWithEverythingTheWholeMessageWillNeed() {
        Instant at = Instant.parse("2026-11-23T08:15:30Z");

        assertThat(parts.save(new Part(null, MESSAGE, 2, "main", "一单元 ", "MO-2", at, "bad UCS2"))).isEqualTo(Saved.ADDED);

        Map<String, Object> row = jdbc.queryForMap("select * from inbound_part");
        assertThat(row).containsEntry("sender", RESIDENT).containsEntry("recipient", SERVICE)
                .containsEntry("connector", "main").containsEntry("text", "一单元 ")
                .containsEntry("smsc_message_id", "MO-2").containsEntry("malformed", "bad UCS2");
        assertThat(((Number) row.get("concat_ref")).intValue()).isEqualTo(0x42);
        assertThat(((Number) row.get("part_count")).intValue()).isEqualTo(3);
        assertThat(((Number) row.get("part_no")).intValue()).isEqualTo(2);
        assertThat(row.get("sixteen_bit_ref")).isEqualTo(false);
        assertThat(row.get("taken_at")).isNull();
        assertThat(jdbc.queryForObject("select received_at from inbound_part", String.class))
                .as("stored as UTC").startsWith("2026-11-23 08:15:30");
    }

    @Test
    void theWaitingPartsOfAMessageComeBackInOrderWithoutThoseOfOtherMessages() {
        save(MESSAGE, 3, "三号楼");
        save(MESSAGE, 1, "开门 ");
        save(new Group("+8613800000002", SERVICE, 0x42, 3, false), 2, "other sender");
        save(new Group(RESIDENT, "10690001", 0x42, 3, false), 2, "other service number");
        save(new Group(RESIDENT, SERVICE, 0x43, 3, false), 2, "other reference");
        save(new Group(RESIDENT, SERVICE, 0x42, 4, false), 2, "other part count");
        save(new Group(RESIDENT, SERVICE, 0x42, 3, true), 2, "16-bit reference");

        List<Part> waiting = parts.waiting(MESSAGE);

        assertThat(waiting).extracting(Part::sequence).containsExactly(1, 3);
        assertThat(waiting).extracting(Part::text).containsExactly("开门 ", "三号楼");
        assertThat(waiting).allSatisfy(p -> {
            assertThat(p.id()).isNotNull();
            assertThat(p.group()).isEqualTo(MESSAGE);
        });
    }

    @Test
    void aCopyOfAWaitingPartIsKnownAndTheFirstIsKept() {
        save(MESSAGE, 1, "开门 ");

        assertThat(save(MESSAGE, 1, "开门 ")).isEqualTo(Saved.ALREADY_WAITING);
        assertThat(save(MESSAGE, 1, "garbled")).isEqualTo(Saved.ALREADY_WAITING);
        assertThat(parts.waiting(MESSAGE)).singleElement().extracting(Part::text).isEqualTo("开门 ");
    }

    @Test
    void takenPartsNoLongerWaitAndTakingThemAgainDoesNothing() {
        save(MESSAGE, 1, "a");
        save(MESSAGE, 2, "b");
        List<Long> ids = ids(parts.waiting(MESSAGE));

        assertThat(parts.taken(ids)).isEqualTo(2);
        assertThat(parts.taken(ids)).as("idempotent").isZero();
        assertThat(parts.waiting(MESSAGE)).isEmpty();
    }

    @Test
    void aPartDeliveredAgainAfterItsMessageWasStoredIsACopyOfATakenPart() {
        save(MESSAGE, 1, "a");
        parts.taken(ids(parts.waiting(MESSAGE)));

        assertThat(save(MESSAGE, 1, "a")).isEqualTo(Saved.ALREADY_TAKEN);
        assertThat(parts.waiting(MESSAGE)).as("no phantom message").isEmpty();
    }

    @Test
    void aReferenceUsedAgainWithOtherTextStartsANewMessage() {
        save(MESSAGE, 1, "a");
        save(MESSAGE, 2, "b");
        parts.taken(ids(parts.waiting(MESSAGE)));

        assertThat(save(MESSAGE, 2, "new b")).isEqualTo(Saved.ADDED);
        assertThat(save(MESSAGE, 1, "a")).as("the old message's parts are forgotten").isEqualTo(Saved.ADDED);
        assertThat(parts.waiting(MESSAGE)).extracting(Part::text).containsExactly("a", "new b");
    }

    @Test
    void aPartTooLongToKeepIsCutWithANoteAndItsCopyIsStillKnown() {
        String overlong = "漏".repeat(InboundPart.MAX_TEXT + 10);
        save(MESSAGE, 1, overlong);
        parts.taken(ids(parts.waiting(MESSAGE)));

        assertThat(save(MESSAGE, 1, overlong)).isEqualTo(Saved.ALREADY_TAKEN);
        assertThat(jdbc.queryForObject("select malformed from inbound_part", String.class)).contains("cut to 4000");
        assertThat(jdbc.queryForObject("select char_length(text) from inbound_part", Integer.class))
                .isEqualTo(InboundPart.MAX_TEXT);
    }

    @Test
    void messagesWhoseOldestWaitingPartCameBeforeTheCutoffHaveRunOutOfTimeOldestFirst() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Group recent = new Group(RESIDENT, SERVICE, 1, 2, false);
        Group old = new Group(RESIDENT, SERVICE, 2, 2, false);
        Group older = new Group("+8613800000002", SERVICE, 2, 2, true);
        Group taken = new Group(RESIDENT, SERVICE, 3, 2, false);
        parts.save(new Part(null, recent, 1, "main", "r", null, now.minusSeconds(10), null));
        parts.save(new Part(null, old, 1, "main", "o", null, now.minus(Duration.ofMinutes(3)), null));
        parts.save(new Part(null, old, 2, "main", "o", null, now.minusSeconds(5), null));
        parts.save(new Part(null, older, 2, "backup", "x", null, now.minus(Duration.ofMinutes(5)), null));
        parts.save(new Part(null, taken, 1, "main", "t", null, now.minus(Duration.ofMinutes(9)), null));
        parts.taken(ids(parts.waiting(taken)));

        Instant cutoff = now.minus(Duration.ofMinutes(2));
        assertThat(parts.waitingSince(cutoff, 10)).containsExactly(older, old);
        assertThat(parts.waitingSince(cutoff, 1)).containsExactly(older);
    }

    @Test
    void takenPartsAreForgottenOnceTheRedeliveryWindowHasPassed() {
        save(MESSAGE, 1, "a");
        save(MESSAGE, 2, "b");
        List<Long> ids = ids(parts.waiting(MESSAGE));
        parts.taken(ids);
        jdbc.update("update inbound_part set taken_at = ? where id = ?",
                LocalDateTime.ofInstant(Instant.now().minus(Duration.ofMinutes(11)), ZoneOffset.UTC), ids.get(0));

        parts.forgetTakenParts();

        assertThat(jdbc.queryForList("select id from inbound_part", Long.class)).containsExactly(ids.get(1));
    }

    @Test
    void copiesOfOnePartArrivingAtTheSameMomentKeepOne() throws InterruptedException {
        List<Saved> saved = Concurrently.run(4, () -> save(MESSAGE, 1, "开门 "));

        assertThat(saved).containsOnlyOnce(Saved.ADDED).containsOnly(Saved.ADDED, Saved.ALREADY_WAITING);
        assertThat(parts.waiting(MESSAGE)).hasSize(1);
    }

    @Test
    void aLongMessageIsStoredAndItsPartsTakenInOneTransaction() {
        save(MESSAGE, 1, "开门 ");
        save(MESSAGE, 2, "一单元");
        List<Long> ids = ids(parts.waiting(MESSAGE));

        StoredInbound stored = inbox.store(whole("开门 一单元"), ids);

        assertThat(messages.findById(stored.inboxId()).orElseThrow().getText()).isEqualTo("开门 一单元");
        assertThat(parts.waiting(MESSAGE)).isEmpty();
    }

    @Test
    void aMessageThatCannotBeStoredLeavesItsPartsWaiting() {
        save(MESSAGE, 1, "a");
        List<Long> ids = ids(parts.waiting(MESSAGE));
        InboundSms unstorable = new InboundSms("c".repeat(100), RESIDENT, SERVICE, "a", null, null, Instant.now(), false);

        assertThatThrownBy(() -> inbox.store(unstorable, ids)).as("connector too long for its column").isNotNull();

        assertThat(parts.waiting(MESSAGE)).hasSize(1);
        assertThat(messages.count()).isZero();
    }

    @Test
    void aSecondCompletionOfTheSamePartsStoresNothing() {
        save(MESSAGE, 1, "a");
        List<Long> ids = ids(parts.waiting(MESSAGE));
        inbox.store(whole("a"), ids);

        assertThatThrownBy(() -> inbox.store(whole("a"), ids)).isInstanceOf(LongMessageStoredAlreadyException.class);
        assertThat(messages.count()).isEqualTo(1);
    }

    @Test
    void twoCompletionsAtTheSameMomentStoreTheMessageOnce() throws InterruptedException {
        save(MESSAGE, 1, "a");
        save(MESSAGE, 2, "b");
        List<Long> ids = ids(parts.waiting(MESSAGE));

        List<Optional<StoredInbound>> results = Concurrently.run(2, () -> {
            try {
                return Optional.of(inbox.store(whole("ab"), ids));
            } catch (LongMessageStoredAlreadyException e) {
                return Optional.<StoredInbound>empty();
            }
        });

        assertThat(results).filteredOn(Optional::isPresent).hasSize(1);
        assertThat(messages.count()).isEqualTo(1);
    }

    private Saved save(Group group, int sequence, String text) {
        return parts.save(new Part(null, group, sequence, "main", text, null, Instant.now(), null));
    }

    private static List<Long> ids(List<Part> waiting) {
        return waiting.stream().map(Part::id).toList();
    }

    private static InboundSms whole(String text) {
        return new InboundSms("main", RESIDENT, SERVICE, text, null, null, Instant.now(), false);
    }
}

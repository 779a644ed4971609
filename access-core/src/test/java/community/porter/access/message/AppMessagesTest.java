package community.porter.access.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Messages from other applications: checked, stored once per client reference, then sent. */
@SpringBootTest
@RecordApplicationEvents
class AppMessagesTest {

    @Autowired AppMessages appMessages;
    @Autowired OutboxRepository outbox;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationEvents events;

    @AfterEach
    void emptyTheTables() {
        MessageTables.clear(jdbc);
    }

    @Test
    void aMessageIsStoredForTheNormalisedNumberInItsLaneAndHandedOnAfterTheCommit() {
        Instant validUntil = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MILLIS);

        AppMessages.Submission submission = appMessages.submit(
                new AppMessage("138 0000 0001", "水电维修 10:00", validUntil, AppPriority.URGENT, "crm-1", "crm"));

        assertThat(submission.created()).isTrue();
        assertThat(outbox.findById(submission.id())).get().satisfies(m -> {
            assertThat(m.getKind()).isEqualTo(OutboxMessage.Kind.API);
            assertThat(m.getRecipient()).isEqualTo("+8613800000001");
            assertThat(m.getText()).isEqualTo("水电维修 10:00");
            assertThat(m.getPriority()).isEqualTo(AppPriority.URGENT.outboxPriority());
            assertThat(m.getClientRef()).isEqualTo("crm-1");
            assertThat(m.getValidUntil()).isEqualTo(validUntil);
            assertThat(m.getState()).isEqualTo(OutboxMessage.State.QUEUED);
        });
        assertThat(events.stream(OutboxMessageQueued.class)).containsExactly(new OutboxMessageQueued(submission.id()));
    }

    @Test
    void withoutAPriorityAMessageGoesInTheNormalLane() {
        long id = appMessages.submit(new AppMessage("+8613800000001", "hi", null, null, null, null)).id();

        assertThat(outbox.findById(id)).get().extracting(OutboxMessage::getPriority)
                .isEqualTo(AppPriority.NORMAL.outboxPriority());
    }

    @Test
    void theSameClientRefAgainReturnsTheFirstMessageAndStoresNothing() {
        AppMessage message = new AppMessage("+8613800000001", "Parcel at the gate", null, null, "shop-77", "shop");
        long first = appMessages.submit(message).id();

        AppMessages.Submission again = appMessages.submit(message);

        assertThat(again).isEqualTo(new AppMessages.Submission(first, false));
        assertThat(outbox.count()).isEqualTo(1);
        assertThat(events.stream(OutboxMessageQueued.class)).hasSize(1);
    }

    @Test
    void aClientRefReusedForAnotherMessageIsAConflictAndStoresNothing() {
        long first = appMessages.submit(new AppMessage("+8613800000001", "one", null, null, "ref-1", null)).id();

        assertThatThrownBy(() -> appMessages.submit(new AppMessage("+8613800000001", "two", null, null, "ref-1", null)))
                .isInstanceOfSatisfying(ClientRefConflictException.class,
                        e -> assertThat(e.getExistingId()).isEqualTo(first));
        assertThat(outbox.count()).isEqualTo(1);
    }

    @Test
    void manyConcurrentSubmissionsOfOneClientRefStoreOneMessage() throws InterruptedException {
        AppMessage message = new AppMessage("+8613800000001", "once", null, null, "race-1", null);

        List<AppMessages.Submission> all = Concurrently.run(8, () -> appMessages.submit(message));

        assertThat(all).extracting(AppMessages.Submission::id).containsOnly(all.get(0).id());
        assertThat(all).filteredOn(AppMessages.Submission::created).hasSize(1);
        assertThat(outbox.count()).isEqualTo(1);
    }

    @Test
    void eachInvalidFieldIsNamedAndNothingIsStored() {
        Instant past = Instant.now().minusSeconds(60);
        assertRejected(new AppMessage(null, "x", null, null, null, null), "to");
        assertRejected(new AppMessage("call me", "x", null, null, null, null), "to");
        assertRejected(new AppMessage("+8613800000001", " ", null, null, null, null), "text");
        assertRejected(new AppMessage("+8613800000001", "bad \uD800 text", null, null, null, null), "text");
        assertRejected(new AppMessage("+8613800000001", "长".repeat(70 * 6 + 1), null, null, null, null), "text");
        assertRejected(new AppMessage("+8613800000001", "x", past, null, null, null), "validUntil");
        assertRejected(new AppMessage("+8613800000001", "x", null, null, "r".repeat(129), null), "clientRef");
        assertRejected(new AppMessage("+8613800000001", "x", null, null, "tab\there", null), "clientRef");
        assertThat(outbox.count()).isZero();
    }

    @Test
    void theLongestTextThatFitsTheAllowedPartsIsAccepted() {
        long id = appMessages.submit(new AppMessage("+8613800000001", "长".repeat(67 * 6), null, null, null, null)).id();

        assertThat(outbox.findById(id)).isPresent();
    }

    private void assertRejected(AppMessage message, String field) {
        assertThatThrownBy(() -> appMessages.submit(message)).as("%s", message)
                .isInstanceOfSatisfying(AppMessageRejectedException.class,
                        e -> assertThat(e.getField()).isEqualTo(field));
    }
}

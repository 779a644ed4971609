package community.porter.access.visitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import community.porter.access.message.AppMessageRejectedException;
import community.porter.access.message.InboundMessageStored;
import community.porter.access.message.InboxMessage;
import community.porter.access.message.InboxRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.jdbc.JdbcTestUtils;

/** A kiosk's visit request becomes the SQ message the visitor could have sent, stored once. */
@SpringBootTest
@RecordApplicationEvents
class KioskVisitRequestsTest {

    @Autowired KioskVisitRequests kiosks;
    @Autowired InboxRepository inbox;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationEvents events;

    @AfterEach
    void emptyTheTables() {
        JdbcTestUtils.deleteFromTables(jdbc, "command_log", "inbox_message");
    }

    @Test
    void aRequestIsStoredAsAnSqFromTheVisitorsPhoneAndHandedToTheCommandRoute() {
        KioskIntake intake = kiosks.submit(new KioskVisitRequest("gate-1", "k-1001", "13700000009", " 王  五 ", "kd",
                "1-1-101"));

        assertThat(intake.duplicate()).isFalse();
        InboxMessage stored = inbox.findById(intake.inboxId()).orElseThrow();
        assertThat(stored.getText()).isEqualTo("SQ 1-1-101 王 五 KD");
        assertThat(stored.getSender()).isEqualTo("+8613700000009");
        assertThat(stored.getConnector()).isEqualTo("kiosk:gate-1");
        assertThat(stored.getState()).isEqualTo(InboxMessage.State.RECEIVED);
        assertThat(events.stream(InboundMessageStored.class))
                .containsExactly(new InboundMessageStored(intake.inboxId()));
    }

    @Test
    void theSameRequestReferenceAgainIsTheFirstRequestAndIsNotRunAgain() {
        KioskVisitRequest request = new KioskVisitRequest("gate-1", "k-1002", "+8613700000009", "Li Lei", null,
                "2-1-201");
        long first = kiosks.submit(request).inboxId();

        KioskIntake again = kiosks.submit(request);

        assertThat(again).isEqualTo(new KioskIntake(first, true));
        assertThat(events.stream(InboundMessageStored.class)).hasSize(1);
        assertThat(inbox.findById(first).orElseThrow().getText()).isEqualTo("SQ 2-1-201 Li Lei");
    }

    @Test
    void theSameReferenceFromAnotherKioskIsAnotherRequest() {
        long first = kiosks.submit(new KioskVisitRequest("gate-1", "r-1", "+8613700000009", "A", null, "1-1-101")).inboxId();

        KioskIntake other = kiosks.submit(new KioskVisitRequest("gate-2", "r-1", "+8613700000009", "A", null, "1-1-101"));

        assertThat(other.duplicate()).isFalse();
        assertThat(other.inboxId()).isNotEqualTo(first);
    }

    @Test
    void eachInvalidFieldIsNamedAndNothingIsStored() {
        assertRejected(new KioskVisitRequest(null, "r", "+8613700000009", "A", null, "1-1-101"), "kiosk");
        assertRejected(new KioskVisitRequest("gate 1", "r", "+8613700000009", "A", null, "1-1-101"), "kiosk");
        assertRejected(new KioskVisitRequest("g", " ", "+8613700000009", "A", null, "1-1-101"), "requestRef");
        assertRejected(new KioskVisitRequest("g", "r".repeat(65), "+8613700000009", "A", null, "1-1-101"), "requestRef");
        assertRejected(new KioskVisitRequest("g", "r", "not a phone", "A", null, "1-1-101"), "visitorPhone");
        assertRejected(new KioskVisitRequest("g", "r", "+8613700000009", "", null, "1-1-101"), "visitorName");
        assertRejected(new KioskVisitRequest("g", "r", "+8613700000009", "Agent 007", null, "1-1-101"), "visitorName");
        assertRejected(new KioskVisitRequest("g", "r", "+8613700000009", "A", "XX", "1-1-101"), "type");
        assertRejected(new KioskVisitRequest("g", "r", "+8613700000009", "A", null, "101"), "room");
        assertRejected(new KioskVisitRequest("g", "r", "+8613700000009", "A", null, "1-1-101; KM"), "room");
        assertThat(inbox.count()).isZero();
    }

    private void assertRejected(KioskVisitRequest request, String field) {
        assertThatThrownBy(() -> kiosks.submit(request)).as("%s", request)
                .isInstanceOfSatisfying(AppMessageRejectedException.class,
                        e -> assertThat(e.getField()).isEqualTo(field));
    }
}

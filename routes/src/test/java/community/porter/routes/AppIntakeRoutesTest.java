package community.porter.routes;

import static community.porter.routes.RouteTestSupport.DEADLINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import community.porter.access.demo.DemoCommunity;
import community.porter.access.message.AppMessage;
import community.porter.access.message.AppMessages;
import community.porter.access.message.CommandLogRepository;
import community.porter.access.message.CommandOutcome;
import community.porter.access.message.OutboxMessage;
import community.porter.access.visitor.KioskIntake;
import community.porter.access.visitor.KioskVisitRequest;
import community.porter.access.visitor.KioskVisitRequests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What other applications hand in is taken up by the routes at once, without waiting for the
 * recovery sweep (left out of these tests): an application's message is sent once its store has
 * committed, and a kiosk's visit request runs as the SQ it stands for.
 */
class AppIntakeRoutesTest extends RoutesTest {

    @Autowired AppMessages appMessages;
    @Autowired KioskVisitRequests kiosks;
    @Autowired CommandLogRepository commandLog;
    @Autowired TransactionTemplate transaction;

    @Test
    void anApplicationsMessageIsSentOnceItIsStored() {
        long id = appMessages.submit(new AppMessage(DemoCommunity.OWNER_PHONE, "Your parcel is at the gate.", null,
                null, "shop-1", "shop")).id();

        await().atMost(DEADLINE).until(() -> outboxMessage(id).getState() == OutboxMessage.State.SENT);
        assertThat(firstTransport.handed()).extracting(sms -> sms.id()).containsExactly(id);
    }

    @Test
    void aMessageOfATransactionRolledBackIsNeverSent() {
        transaction.executeWithoutResult(status -> {
            appMessages.submit(new AppMessage(DemoCommunity.OWNER_PHONE, "never", null, null, "gone-1", null));
            status.setRollbackOnly();
        });

        long sent = appMessages.submit(new AppMessage(DemoCommunity.OWNER_PHONE, "after", null, null, null, null)).id();
        await().atMost(DEADLINE).until(() -> outboxMessage(sent).getState() == OutboxMessage.State.SENT);
        assertThat(firstTransport.handed()).extracting(sms -> sms.text()).containsExactly("after");
    }

    @Test
    void aKioskRequestRunsAsTheVisitorsSqAndAsksTheResidents() {
        KioskIntake intake = kiosks.submit(new KioskVisitRequest("gate-1", "k-1", "+8613700000009", "王五", "KD",
                "1-1-101"));

        await().atMost(DEADLINE).until(() -> commandLog.findByInboxId(intake.inboxId()).isPresent());
        assertThat(commandLog.findByInboxId(intake.inboxId()).orElseThrow()).satisfies(row -> {
            assertThat(row.getCommand()).isEqualTo("SQ");
            assertThat(row.getOutcome()).isEqualTo(CommandOutcome.OK);
        });
        await().atMost(DEADLINE).until(() -> firstTransport.handed().stream()
                .anyMatch(sms -> sms.to().equals(DemoCommunity.OWNER_PHONE) && sms.text().contains("王五")));
    }
}

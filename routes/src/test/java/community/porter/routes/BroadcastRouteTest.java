package community.porter.routes;

import static community.porter.routes.RouteTestSupport.DEADLINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import community.porter.access.demo.DemoCommunity;
import community.porter.access.notice.Broadcast;
import community.porter.access.notice.BroadcastRequest;
import community.porter.access.notice.BroadcastTargets;
import community.porter.access.notice.Broadcasts;
import community.porter.access.org.OrgNode;
import community.porter.access.org.OrgNodeRepository;
import community.porter.sms.OutboundSms;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.jdbc.JdbcTestUtils;

/**
 * The release step: a broadcast's copies reach the transport after their batch commits, never
 * more than the window of them wait in the outbox at once, the next batch follows as they leave,
 * and the broadcast ends {@code DONE} with every recipient sent once.
 */
@TestPropertySource(properties = {
        "porter.broadcasts.window=2",
        "porter.broadcasts.release-interval=200ms",
        // The routes run on the real clock: quiet hours would make the test depend on the hour.
        "porter.broadcasts.quiet-hours="})
class BroadcastRouteTest extends RoutesTest {

    static final List<String> PHONES = List.of("+8613700000001", "+8613700000002", "+8613700000003",
            "+8613700000004", "+8613700000005");

    @Autowired Broadcasts broadcasts;
    @Autowired BroadcastTargets targets;
    @Autowired OrgNodeRepository nodes;

    @AfterEach
    void clearBroadcasts() {
        firstTransport.release();
        RouteTestSupport.awaitQuiet(camel);
        JdbcTestUtils.deleteFromTables(jdbc, "broadcast_recipient", "broadcast");
    }

    @Test
    void copiesGoAtTheTransportsPaceAWindowAtATimeAndEachRecipientOnce() {
        firstTransport.hold();
        OrgNode community = nodes.findCommunity(DemoCommunity.CODE).orElseThrow();
        Broadcasts.Created created = broadcasts.create(new BroadcastRequest(community.getId(),
                Broadcast.AuthorKind.API, "test", null, "Garden party at 16:00",
                targets.list(community, PHONES).target(), false, null, null));

        await("the first copy handed to the transport after the commit").atMost(DEADLINE)
                .until(() -> firstTransport.handed().size() == 1);
        await("no more than the window in the outbox while the transport holds").during(Duration.ofMillis(700))
                .atMost(DEADLINE).until(() -> copies(created.id()) == 2);

        firstTransport.release();
        await("every recipient sent").atMost(DEADLINE).until(() -> sent(created.id()) == PHONES.size());
        await("the broadcast done").atMost(DEADLINE)
                .until(() -> broadcasts.progress(created.id()).orElseThrow().state() == Broadcast.State.DONE);
        assertThat(firstTransport.handed()).extracting(OutboundSms::to).containsExactlyInAnyOrderElementsOf(PHONES);
        assertThat(broadcasts.progress(created.id()).orElseThrow().percentDone()).isEqualTo(100.0);
    }

    private int copies(long broadcastId) {
        return jdbc.queryForObject("select count(*) from broadcast_recipient where broadcast_id = ? and outbox_id is not null",
                Integer.class, broadcastId);
    }

    private int sent(long broadcastId) {
        return jdbc.queryForObject("""
                select count(*) from broadcast_recipient r join outbox_message o on o.id = r.outbox_id
                 where r.broadcast_id = ? and o.state = 'SENT'""", Integer.class, broadcastId);
    }
}

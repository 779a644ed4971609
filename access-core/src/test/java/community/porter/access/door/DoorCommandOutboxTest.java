package community.porter.access.door;

import static org.assertj.core.api.Assertions.assertThat;

import community.porter.access.card.Card;
import community.porter.access.card.CardRepository;
import community.porter.access.demo.DemoCommunity;
import community.porter.access.org.OrgNodeRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@Transactional
@RecordApplicationEvents
class DoorCommandOutboxTest {

    @Autowired DemoCommunity demo;
    @Autowired DoorCommandOutbox outbox;
    @Autowired DoorCommandRepository commands;
    @Autowired DoorRepository doors;
    @Autowired CardRepository cards;
    @Autowired OrgNodeRepository nodes;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationEvents events;

    Door gate;
    Door entrance;
    long inboxId;

    @BeforeEach
    void seed() {
        demo.seed(0);
        long community = nodes.findCommunity(DemoCommunity.CODE).orElseThrow().getId();
        gate = doors.findByCommunityIdAndCode(community, "GATE").orElseThrow();
        entrance = doors.findByCommunityIdAndCode(community, "1-1").orElseThrow();
        jdbc.update("insert into inbox_message (connector, sender, text, received_at, state, ack_state)"
                + " values ('test', '+8613800000001', 'KM', ?, 'HANDLED', 'ACKED')",
                java.sql.Timestamp.from(Instant.now()));
        inboxId = jdbc.queryForObject("select max(id) from inbox_message", Long.class);
    }

    @Test
    void anOpenIsStoredQueuedWithTheInboxIdAsItsIdempotencyKey() {
        long id = outbox.open(entrance, inboxId, Instant.now().plusSeconds(5));

        DoorCommand stored = commands.findById(id).orElseThrow();
        assertThat(stored.getState()).isEqualTo(DoorCommand.State.QUEUED);
        assertThat(stored.getIdempotencyKey()).isEqualTo(Long.toString(inboxId));
        assertThat(stored.getControllerId()).isEqualTo("ctl-1-1");
        assertThat(events.stream(DoorCommandQueued.class)).containsExactly(new DoorCommandQueued(id));
        assertThat(outbox.pending(id)).get().satisfies(p -> {
            assertThat(p.door()).isEqualTo("1-1");
            assertThat(p.idempotencyKey()).isEqualTo(Long.toString(inboxId));
        });
    }

    @Test
    void anOpenPastItsDeadlineIsNeverPublishedAndTimesOutAsExpired() {
        long id = outbox.open(entrance, inboxId, Instant.now().minusMillis(1));

        assertThat(outbox.pending(id)).as("an expired open is not sent").isEmpty();
        assertThat(outbox.unansweredPastDeadline(10)).contains(id);
        assertThat(outbox.settle(id, DoorCommand.State.TIMED_OUT, "no ack")).get()
                .extracting(DoorCommand::getState).isEqualTo(DoorCommand.State.EXPIRED);
    }

    @Test
    void aCommandIsSettledOnlyOnce() {
        long id = outbox.open(entrance, inboxId, Instant.now().plus(Duration.ofSeconds(5)));
        assertThat(outbox.markSent(id)).isTrue();
        assertThat(outbox.markSent(id)).as("sent once").isFalse();

        assertThat(outbox.settle(id, DoorCommand.State.ACKED, null)).isPresent();
        assertThat(outbox.settle(id, DoorCommand.State.TIMED_OUT, "late")).as("the sweep lost the race").isEmpty();
        assertThat(commands.findById(id)).get().extracting(DoorCommand::getState).isEqualTo(DoorCommand.State.ACKED);
    }

    @Test
    void aLostCardIsBlockedOncePerControllerAndListedInTheSync() {
        Card card = cards.findByNumber("D0001").orElseThrow();
        card.reportLost(Instant.now());

        outbox.blockCard(card, List.of(gate, entrance, entrance));
        long sync = outbox.sync("ctl-gate");

        assertThat(commands.findAll()).filteredOn(c -> c.getType() == DoorCommand.Type.BLOCK_CARD)
                .extracting(DoorCommand::getControllerId).containsExactlyInAnyOrder("ctl-gate", "ctl-1-1");
        assertThat(outbox.pending(sync)).get().extracting(PendingDoorCommand::blockedCards)
                .isEqualTo(List.of("D0001"));
    }
}

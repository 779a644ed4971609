package community.porter.smpp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import community.porter.gateway.conversation.MutableClock;
import community.porter.sms.PendingPartStore.Group;
import community.porter.sms.PendingPartStore.Part;
import community.porter.sms.PendingPartStore.Saved;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The component's in-memory part store keeps the rules of the database store, bounded. */
class MemoryPendingPartStoreTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    private static final Group MESSAGE = new Group("+8613800000001", "10690000", 7, 2, false);

    private final MutableClock clock = new MutableClock(NOW);
    private final MemoryPendingPartStore store = new MemoryPendingPartStore(clock, Duration.ofMinutes(10));

    private Saved save(Group group, int sequence, String text, Instant at) {
        return store.save(new Part(null, group, sequence, "main", text, null, at, null));
    }

    private List<Long> ids(Group group) {
        return store.waiting(group).stream().map(Part::id).toList();
    }

    @Test
    void copiesOfWaitingAndOfTakenPartsAreKnown() {
        assertThat(save(MESSAGE, 2, "b", NOW)).isEqualTo(Saved.ADDED);
        assertThat(save(MESSAGE, 1, "a", NOW)).isEqualTo(Saved.ADDED);
        assertThat(save(MESSAGE, 1, "a", NOW)).isEqualTo(Saved.ALREADY_WAITING);
        assertThat(store.waiting(MESSAGE)).extracting(Part::text).containsExactly("a", "b");

        assertThat(store.taken(ids(MESSAGE))).isEqualTo(2);
        assertThat(store.taken(ids(MESSAGE))).isZero();
        assertThat(save(MESSAGE, 2, "b", NOW)).isEqualTo(Saved.ALREADY_TAKEN);
        assertThat(store.waiting(MESSAGE)).isEmpty();
    }

    @Test
    void aReferenceUsedAgainWithOtherTextStartsANewMessage() {
        save(MESSAGE, 1, "a", NOW);
        store.taken(ids(MESSAGE));

        assertThat(save(MESSAGE, 1, "new a", NOW)).isEqualTo(Saved.ADDED);
        assertThat(store.waiting(MESSAGE)).extracting(Part::text).containsExactly("new a");
    }

    @Test
    void messagesRunOutOfTimeByTheirOldestWaitingPartAndTakenPartsAreForgottenLater() {
        Group older = new Group("+8613800000002", "10690000", 7, 2, false);
        save(MESSAGE, 1, "a", NOW.minusSeconds(60));
        save(older, 1, "x", NOW.minusSeconds(90));
        save(new Group("+8613800000003", "10690000", 7, 2, false), 1, "y", NOW);

        assertThat(store.waitingSince(NOW.minusSeconds(30), 10)).containsExactly(older, MESSAGE);

        store.taken(ids(MESSAGE));
        clock.advance(Duration.ofMinutes(11));
        store.waitingSince(clock.instant(), 10);
        assertThat(save(MESSAGE, 1, "a", clock.instant())).as("forgotten after the retention").isEqualTo(Saved.ADDED);
    }

    @Test
    void pastItsBoundANewPartIsRefusedRatherThanAnOldOneDropped() {
        for (int i = 0; i < MemoryPendingPartStore.MAX_WAITING; i++) {
            save(new Group("+86138" + i, "10690000", 1, 2, false), 1, "a", NOW);
        }

        assertThatThrownBy(() -> save(MESSAGE, 1, "a", NOW)).isInstanceOf(IllegalStateException.class);
        assertThat(store.waiting(new Group("+861380", "10690000", 1, 2, false))).hasSize(1);
    }
}

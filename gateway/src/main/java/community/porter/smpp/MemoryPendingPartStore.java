package community.porter.smpp;

import community.porter.sms.PendingPartStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The component's {@link PendingPartStore} when none is configured: the same rules, in memory.
 * A restart loses the parts of unfinished messages, so Porter configures a database store; this
 * one serves the component on its own and its tests.
 *
 * <p>Bounded: past {@link #MAX_WAITING} waiting parts a new one is refused, and the consumer
 * answers it ESME_RX_T_APPN so the SMSC offers it again later, rather than dropping a part it
 * has acknowledged. Taken parts are forgotten after the retention given.
 */
final class MemoryPendingPartStore implements PendingPartStore {

    /** Most parts waiting at once. */
    static final int MAX_WAITING = 10_000;

    private final Clock clock;
    private final Duration retention;
    private final Map<Key, Kept> parts = new HashMap<>();
    private final Map<Long, Kept> byId = new HashMap<>();
    private long nextId = 1;
    private int waitingCount;

    MemoryPendingPartStore(Clock clock, Duration retention) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.retention = Objects.requireNonNull(retention, "retention");
    }

    @Override
    public synchronized Saved save(Part part) {
        Key key = new Key(part.group(), part.sequence());
        Kept existing = parts.get(key);
        if (existing != null) {
            if (existing.takenAt == null) {
                return Saved.ALREADY_WAITING;
            }
            if (existing.part.text().equals(part.text())) {
                return Saved.ALREADY_TAKEN;
            }
            // The handset used the reference again for a new message: forget the old one's parts.
            forget(k -> k.part.group().equals(part.group()) && k.takenAt != null);
        }
        if (waitingCount >= MAX_WAITING) {
            throw new IllegalStateException(MAX_WAITING + " parts of long messages are waiting already");
        }
        long id = nextId++;
        Kept kept = new Kept(new Part(id, part.group(), part.sequence(), part.connector(), part.text(),
                part.transportId(), part.receivedAt(), part.malformed()));
        parts.put(key, kept);
        byId.put(id, kept);
        waitingCount++;
        return Saved.ADDED;
    }

    @Override
    public synchronized List<Part> waiting(Group group) {
        return parts.values().stream()
                .filter(k -> k.takenAt == null && k.part.group().equals(group))
                .map(k -> k.part)
                .sorted(Comparator.comparingInt(Part::sequence))
                .toList();
    }

    @Override
    public synchronized List<Group> waitingSince(Instant cutoff, int limit) {
        Instant forgetBefore = clock.instant().minus(retention);
        forget(k -> k.takenAt != null && k.takenAt.isBefore(forgetBefore));
        Map<Group, Instant> oldest = new LinkedHashMap<>();
        for (Kept k : parts.values()) {
            if (k.takenAt == null) {
                oldest.merge(k.part.group(), k.part.receivedAt(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        return oldest.entrySet().stream()
                .filter(e -> e.getValue().isBefore(cutoff))
                .sorted(Map.Entry.comparingByValue())
                .limit(limit)
                .map(Map.Entry::getKey)
                .toList();
    }

    @Override
    public synchronized int taken(Collection<Long> partIds) {
        Instant now = clock.instant();
        int count = 0;
        for (Long id : partIds) {
            Kept kept = byId.get(id);
            if (kept != null && kept.takenAt == null) {
                kept.takenAt = now;
                waitingCount--;
                count++;
            }
        }
        return count;
    }

    private void forget(Predicate<Kept> which) {
        parts.values().removeIf(k -> {
            if (which.test(k)) {
                byId.remove(k.part.id());
                return true;
            }
            return false;
        });
    }

    private record Key(Group group, int sequence) {
    }

    private static final class Kept {
        final Part part;
        Instant takenAt;

        Kept(Part part) {
            this.part = part;
        }
    }
}

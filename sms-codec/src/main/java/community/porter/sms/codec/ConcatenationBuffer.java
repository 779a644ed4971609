package community.porter.sms.codec;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Collects the parts of incoming long messages in memory until each message is whole. Both
 * transports use it: parts may come in any order, twice, or never.
 *
 * <p>Parts belong together when they share the caller's key (which should name the connection
 * and the sender, so two senders' references never mix) and the reference, total and kind of
 * reference of their {@link ConcatInfo}. A message whose first part came longer than the
 * timeout ago is given up by {@link #expire()}, which returns what came of it, marked
 * incomplete; the caller decides what an incomplete message is worth.
 *
 * <p>For one timeout after a message is complete, a part arriving again with the same number
 * and text (an SMSC re-delivering a part whose response was lost) is ignored, rather than
 * starting a phantom message that would later expire as an incomplete one. A part with the same
 * reference but other text starts a new message, as a reference reused by the phone would.
 *
 * <p>Bounded: past {@code maxGroups} open messages, the oldest is given up at once, and the next
 * {@link #expire()} returns it. Thread-safe; every method holds the buffer's lock briefly.
 */
public final class ConcatenationBuffer {

    /** Open messages kept when the constructor is not told otherwise. */
    public static final int DEFAULT_MAX_GROUPS = 10_000;

    private final Clock clock;
    private final Duration timeout;
    private final int maxGroups;

    // Insertion order is arrival order of each message's first part: the eldest is the oldest.
    private final LinkedHashMap<GroupId, Group> open = new LinkedHashMap<>();
    private final LinkedHashMap<GroupId, Group> recentlyCompleted = new LinkedHashMap<>();
    private final List<Reassembled> pushedOut = new ArrayList<>();

    /**
     * A buffer that keeps at most {@link #DEFAULT_MAX_GROUPS} open messages.
     *
     * @param clock   time source (a fixed or mutable clock in tests)
     * @param timeout how long after its first part a message is waited for
     */
    public ConcatenationBuffer(Clock clock, Duration timeout) {
        this(clock, timeout, DEFAULT_MAX_GROUPS);
    }

    /**
     * @param clock     time source (a fixed or mutable clock in tests)
     * @param timeout   how long after its first part a message is waited for; positive
     * @param maxGroups most messages kept open at once; at least 1
     * @throws IllegalArgumentException when timeout or maxGroups is not positive
     */
    public ConcatenationBuffer(Clock clock, Duration timeout, int maxGroups) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, not " + timeout);
        }
        if (maxGroups < 1) {
            throw new IllegalArgumentException("max groups must be at least 1, not " + maxGroups);
        }
        this.maxGroups = maxGroups;
    }

    /**
     * Adds one part.
     *
     * @param key      who the part is from, e.g. {@code connector|sender}
     * @param info     where the part belongs
     * @param partText the part's decoded text
     * @return the whole message when this part completed it, its parts in sequence order;
     *         empty while parts are missing, and for a part already received
     */
    public synchronized Optional<Reassembled> add(String key, ConcatInfo info, String partText) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(partText, "partText");
        GroupId id = new GroupId(key, info.reference(), info.total(), info.sixteenBitReference());
        Instant now = clock.instant();
        forgetCompletedBefore(now.minus(timeout));

        Group group = open.get(id);
        if (group == null) {
            Group done = recentlyCompleted.get(id);
            if (done != null && partText.equals(done.parts.get(info.sequence()))) {
                return Optional.empty(); // a late copy of a part of a message already delivered
            }
            recentlyCompleted.remove(id);
            group = new Group(now);
            open.put(id, group);
            pushOutOldestBeyondBound();
        }
        group.parts.putIfAbsent(info.sequence(), partText);
        if (group.parts.size() < info.total()) {
            return Optional.empty();
        }
        open.remove(id);
        remember(id, group);
        return Optional.of(group.result(id, false));
    }

    /**
     * Gives up the messages whose first part came longer than the timeout ago, and returns
     * them with those pushed out by the bound since the last call, oldest first.
     *
     * @return the given-up messages, each marked incomplete, with the parts that came
     */
    public synchronized List<Reassembled> expire() {
        Instant now = clock.instant();
        forgetCompletedBefore(now.minus(timeout));
        List<Reassembled> expired = new ArrayList<>(pushedOut);
        pushedOut.clear();
        for (Iterator<Map.Entry<GroupId, Group>> it = open.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<GroupId, Group> entry = it.next();
            if (Duration.between(entry.getValue().startedAt, now).compareTo(timeout) > 0) {
                expired.add(entry.getValue().result(entry.getKey(), true));
                it.remove();
            }
        }
        return expired;
    }

    /**
     * @return how many messages are waiting for parts (for health and metrics)
     */
    public synchronized int pendingGroups() {
        return open.size();
    }

    private void pushOutOldestBeyondBound() {
        while (open.size() > maxGroups) {
            Iterator<Map.Entry<GroupId, Group>> eldest = open.entrySet().iterator();
            Map.Entry<GroupId, Group> entry = eldest.next();
            pushedOut.add(entry.getValue().result(entry.getKey(), true));
            eldest.remove();
        }
    }

    private void remember(GroupId id, Group group) {
        group.completedAt = clock.instant();
        recentlyCompleted.put(id, group);
        // The memory of completed messages is bounded like the open ones.
        while (recentlyCompleted.size() > maxGroups) {
            Iterator<GroupId> eldest = recentlyCompleted.keySet().iterator();
            eldest.next();
            eldest.remove();
        }
    }

    private void forgetCompletedBefore(Instant cutoff) {
        recentlyCompleted.values().removeIf(group -> group.completedAt.isBefore(cutoff));
    }

    /** What makes parts belong to one message. */
    private record GroupId(String key, int reference, int total, boolean sixteenBitReference) {
    }

    /** The parts of one message received so far, by sequence number. */
    private static final class Group {
        final Instant startedAt;
        final TreeMap<Integer, String> parts = new TreeMap<>();
        Instant completedAt;

        Group(Instant startedAt) {
            this.startedAt = startedAt;
        }

        Reassembled result(GroupId id, boolean incomplete) {
            String text = String.join("", parts.values());
            return new Reassembled(id.key(), id.reference(), text, incomplete, parts.size(), id.total());
        }
    }
}

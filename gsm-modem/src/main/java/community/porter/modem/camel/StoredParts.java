package community.porter.modem.camel;

import community.porter.modem.at.StoredSms;
import community.porter.modem.pdu.SmsDeliver;
import community.porter.sms.codec.ConcatInfo;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The parts of long messages lying in one modem's storage until their message is whole. The
 * storage itself is what keeps them: a part is deleted from the modem only with its whole
 * message, so a restart finds them again on the start sweep and nothing is kept elsewhere.
 * Not thread-safe: one modem's inbound thread uses it.
 */
final class StoredParts {

    /** Which message a part belongs to (3GPP TS 23.040 §9.2.3.24.1). */
    private record Key(String sender, int reference, int total, boolean sixteenBit) {
    }

    private static final class Group {
        final SortedMap<Integer, StoredSms.Readable> parts = new TreeMap<>();
        final List<Integer> copies = new ArrayList<>();
        final Instant firstSeen;

        Group(Instant firstSeen) {
            this.firstSeen = firstSeen;
        }
    }

    /**
     * A long message ready to route.
     *
     * @param parts      its parts in order
     * @param incomplete whether some never came
     * @param copies     indexes of copies of parts, deleted with the message
     */
    record Whole(List<StoredSms.Readable> parts, boolean incomplete, List<Integer> copies) {

        /** @return the text of the parts that came, in order */
        String text() {
            StringBuilder text = new StringBuilder();
            parts.forEach(part -> text.append(((SmsDeliver) part.pdu()).userData().text().orElse("")));
            return text.toString();
        }

        /** @return the first part that came, whose header stands for the message */
        SmsDeliver first() {
            return (SmsDeliver) parts.get(0).pdu();
        }

        /** @return where the parts and their copies are stored */
        List<Integer> indexes() {
            List<Integer> indexes = new ArrayList<>(parts.stream().map(StoredSms.Readable::index).toList());
            indexes.addAll(copies);
            return indexes;
        }
    }

    private final Map<Key, Group> groups = new HashMap<>();
    private final Clock clock;
    private final Duration timeout;

    StoredParts(Clock clock, Duration timeout) {
        this.clock = clock;
        this.timeout = timeout;
    }

    /** @return whether a part stored at that index is waiting here already */
    boolean holds(int index) {
        return groups.values().stream().anyMatch(g -> g.copies.contains(index)
                || g.parts.values().stream().anyMatch(p -> p.index() == index));
    }

    /**
     * @param part a part of a long message
     * @param concat its concatenation header
     * @return its message when this part completed it
     */
    Optional<Whole> add(StoredSms.Readable part, ConcatInfo concat) {
        SmsDeliver deliver = (SmsDeliver) part.pdu();
        Key key = new Key(deliver.originator().displayValue(), concat.reference(), concat.total(),
                concat.sixteenBitReference());
        Group group = groups.computeIfAbsent(key, k -> new Group(clock.instant()));
        // A copy of a part keeps the first: the other index is deleted with the message.
        StoredSms.Readable kept = group.parts.putIfAbsent(concat.sequence(), part);
        if (kept != null && kept.index() != part.index()) {
            group.copies.add(part.index());
        }
        if (group.parts.size() < concat.total()) {
            return Optional.empty();
        }
        groups.remove(key);
        return Optional.of(new Whole(new ArrayList<>(group.parts.values()), false, group.copies));
    }

    /** @return messages whose parts waited longer than the timeout, passed on with what came */
    List<Whole> expired() {
        Instant cutoff = clock.instant().minus(timeout);
        List<Whole> expired = new ArrayList<>();
        for (Iterator<Group> it = groups.values().iterator(); it.hasNext();) {
            Group group = it.next();
            if (group.firstSeen.isBefore(cutoff)) {
                it.remove();
                expired.add(new Whole(new ArrayList<>(group.parts.values()), true, group.copies));
            }
        }
        return expired;
    }

    /** Forgets every part: the storage is read again from the start after a reopen. */
    void clear() {
        groups.clear();
    }
}

package community.porter.smpp;

import community.porter.sms.InboundSms;
import community.porter.sms.codec.ConcatInfo;
import community.porter.sms.codec.ConcatenationBuffer;
import community.porter.sms.codec.Reassembled;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the parts of long MOs of one connection back together, around the codec's
 * {@link ConcatenationBuffer}. Besides the texts the buffer keeps, it remembers per message the
 * recipient, the SMSC id of its first part (the message's transport id) and what was malformed,
 * and it parks a completed message whose exchange failed, so that when the SMSC delivers the
 * refused completing part again the whole message is offered again (the buffer would otherwise
 * take that part for a late copy of a message already delivered).
 *
 * <p>Known gap: all of this is memory only. Parts other than the completing one are
 * acknowledged as they come, so a restart loses the parts of unfinished messages; closing
 * it means persisting parts before acknowledging them.
 */
final class SmscPartAssembler {

    private static final Logger LOG = LoggerFactory.getLogger(SmscPartAssembler.class);

    /**
     * A message put together (or given up on).
     *
     * @param sms       the message
     * @param malformed what was wrong with any of its parts, or {@code null}
     * @param retryKey  identifies the part that completed it, for {@link #park}; {@code null}
     *                  for expired messages
     */
    record Whole(InboundSms sms, String malformed, String retryKey) {
    }

    private final SmscBinding binding;
    private final ConcatenationBuffer buffer;
    private final Clock clock;
    private final Duration timeout;
    private final int maxGroups;
    private final Map<String, Meta> meta = new HashMap<>();
    private final LinkedHashMap<String, Parked> parked = new LinkedHashMap<>();

    SmscPartAssembler(SmscBinding binding, Clock clock, Duration timeout, int maxGroups) {
        this.binding = binding;
        this.clock = clock;
        this.timeout = timeout;
        this.maxGroups = maxGroups;
        this.buffer = new ConcatenationBuffer(clock, timeout, maxGroups);
    }

    /** @return the whole message when this part completes it (or re-delivers its completing part) */
    synchronized Optional<Whole> add(SmscBinding.Part part) {
        String retryKey = retryKey(part);
        Parked waiting = parked.remove(retryKey);
        if (waiting != null) {
            return Optional.of(waiting.whole());
        }
        String groupKey = groupKey(part.groupKey(), part.concat().reference());
        Meta m = meta.computeIfAbsent(groupKey, k -> new Meta(clock.instant()));
        m.note(part);
        Optional<Reassembled> done = buffer.add(part.groupKey(), part.concat(), part.sms().text());
        if (done.isEmpty()) {
            return Optional.empty();
        }
        meta.remove(groupKey);
        return Optional.of(whole(done.get(), m, retryKey));
    }

    /** The exchange of this message failed: keep it for the SMSC's re-delivery of its completing part. */
    synchronized void park(Whole whole) {
        if (whole.retryKey() == null) {
            return;
        }
        parked.put(whole.retryKey(), new Parked(whole, clock.instant()));
        while (parked.size() > maxGroups) {
            Iterator<Parked> eldest = parked.values().iterator();
            LOG.error("long MO from {} dropped from memory before the SMSC delivered it again", eldest.next().whole().sms().sender());
            eldest.remove();
        }
    }

    /** @return messages whose parts stopped coming, marked incomplete, oldest first */
    synchronized List<Whole> expire() {
        Instant cutoff = clock.instant().minus(timeout);
        parked.values().removeIf(p -> {
            boolean old = p.parkedAt().isBefore(cutoff);
            if (old) {
                LOG.error("long MO from {} was refused and not delivered again within {}; it is lost",
                        p.whole().sms().sender(), timeout);
            }
            return old;
        });
        List<Whole> expired = new ArrayList<>();
        for (Reassembled r : buffer.expire()) {
            Meta m = meta.remove(groupKey(r.key(), r.reference()));
            if (m != null) {
                expired.add(whole(r, m, null));
            }
        }
        // Meta of parts the buffer dropped as copies of finished messages.
        meta.values().removeIf(m -> m.firstSeen.isBefore(cutoff.minus(timeout)));
        return expired;
    }

    private Whole whole(Reassembled r, Meta m, String retryKey) {
        InboundSms sms = binding.reassembled(m.lastPart, r.text(), m.firstPartId(), r.incomplete());
        List<String> problems = new ArrayList<>(m.problems);
        if (r.incomplete()) {
            problems.add(0, "incomplete: " + r.partsReceived() + " of " + r.total() + " parts arrived");
        }
        return new Whole(sms, problems.isEmpty() ? null : String.join("; ", problems), retryKey);
    }

    private static String groupKey(String key, int reference) {
        return key + "#" + reference;
    }

    private static String retryKey(SmscBinding.Part part) {
        ConcatInfo c = part.concat();
        return part.groupKey() + "#" + c.reference() + "#" + c.total() + "#" + c.sequence() + "#" + c.sixteenBitReference();
    }

    private record Parked(Whole whole, Instant parkedAt) {
    }

    /** What the buffer does not keep about a message. */
    private static final class Meta {
        final Instant firstSeen;
        final Set<String> problems = new LinkedHashSet<>();
        InboundSms lastPart;
        String firstSequenceId;
        String earliestId;

        Meta(Instant firstSeen) {
            this.firstSeen = firstSeen;
        }

        void note(SmscBinding.Part part) {
            lastPart = part.sms();
            if (part.malformed() != null) {
                problems.add("part " + part.concat().sequence() + ": " + part.malformed());
            }
            String id = part.sms().transportId();
            if (earliestId == null) {
                earliestId = id;
            }
            if (part.concat().sequence() == 1) {
                firstSequenceId = id;
            }
        }

        /** The SMSC id of part 1 stands for the message, whatever order the parts came in. */
        String firstPartId() {
            return firstSequenceId != null ? firstSequenceId : earliestId;
        }
    }
}

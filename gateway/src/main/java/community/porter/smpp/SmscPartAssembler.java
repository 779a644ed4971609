package community.porter.smpp;

import community.porter.sms.InboundSms;
import community.porter.sms.PendingPartStore;
import community.porter.sms.PendingPartStore.Group;
import community.porter.sms.PendingPartStore.Part;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the parts of long MOs back together through a {@link PendingPartStore}, for one consumer.
 * Every part is kept in the store before the consumer acknowledges it, so parts kept before a
 * restart are completed by parts arriving after it, and a message whose parts stop coming is
 * given up after the timeout, counted from its first part's arrival, whether that was before a
 * restart or not.
 *
 * <p>A message is whole when a part of every number waits. It is then claimed
 * ({@link SmscPartClaims}) until its exchange is done, so it goes on once. Its parts are taken
 * in the transaction that stores it ({@link PendingPartStore#PART_IDS_HEADER}), or by
 * {@link #finish} when the route did not take them. The parts of a message whose exchange failed
 * stay waiting: when the SMSC delivers the refused part again, the message is offered again.
 */
final class SmscPartAssembler {

    private static final Logger LOG = LoggerFactory.getLogger(SmscPartAssembler.class);
    /** Most given-up messages one sweep passes on; the next sweep takes the rest. */
    static final int SWEEP_BATCH = 100;

    /**
     * A message put together, or given up on with the parts that came.
     *
     * @param sms       the message
     * @param malformed what was wrong with it or any of its parts, or {@code null}
     * @param group     which message it is, claimed until {@link #finish}
     * @param partIds   the store's ids of its parts, to take when it is stored
     */
    record Whole(InboundSms sms, String malformed, Group group, List<Long> partIds) {
    }

    private final PendingPartStore store;
    private final SmscPartClaims claims;
    private final Clock clock;
    private final Duration timeout;

    SmscPartAssembler(PendingPartStore store, SmscPartClaims claims, Clock clock, Duration timeout) {
        this.store = Objects.requireNonNull(store, "store");
        this.claims = Objects.requireNonNull(claims, "claims");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    /**
     * Keeps a part (committed when this returns, so it may be acknowledged) and tells whether its
     * message is now whole.
     *
     * @return the whole message, claimed, when every part waits and no one else passes it on
     * @throws RuntimeException when the part could not be kept; it must not be acknowledged
     */
    Optional<Whole> add(SmscBinding.Part part) {
        PendingPartStore.Saved saved = store.save(part.pending());
        if (saved == PendingPartStore.Saved.ALREADY_TAKEN) {
            LOG.debug("part {} of a long message from {} came again after its message was stored",
                    part.concat().sequence(), part.sms().sender());
            return Optional.empty();
        }
        return claims.claimIf(part.group(), () -> whole(part.group(), false));
    }

    /** @return messages whose time ran out, each claimed, with what came of them */
    List<Whole> expire() {
        List<Whole> givenUp = new ArrayList<>();
        for (Group group : store.waitingSince(clock.instant().minus(timeout), SWEEP_BATCH)) {
            claims.claimIf(group, () -> whole(group, true)).ifPresent(givenUp::add);
        }
        return givenUp;
    }

    /**
     * The exchange of a whole message is done. Call it before answering the SMSC, so that a
     * part it delivers again finds the message unclaimed (refused) or its parts taken (stored).
     *
     * @param stored         whether the message was stored
     * @param partsLeftOpen  whether the route left the parts for the consumer to take
     */
    void finish(Whole whole, boolean stored, boolean partsLeftOpen) {
        try {
            if (stored && partsLeftOpen) {
                store.taken(whole.partIds());
            }
        } finally {
            claims.release(whole.group());
        }
    }

    private Optional<Whole> whole(Group group, boolean timedOut) {
        List<Part> parts = store.waiting(group);
        boolean complete = parts.size() >= group.total();
        if (parts.isEmpty() || (!complete && !timedOut)) {
            return Optional.empty();
        }
        String text = parts.stream().map(Part::text).collect(Collectors.joining());
        Part representative = representative(parts);
        Instant lastArrival = parts.stream().map(Part::receivedAt).max(Comparator.naturalOrder()).orElseThrow();
        String transportId = representative.transportId() != null ? representative.transportId()
                : parts.stream().map(Part::transportId).filter(Objects::nonNull).findFirst().orElse(null);
        InboundSms sms = new InboundSms(representative.connector(), group.sender(), group.recipient(), text,
                transportId, null, lastArrival, !complete);
        List<String> problems = new ArrayList<>();
        if (!complete) {
            problems.add("incomplete: " + parts.size() + " of " + group.total() + " parts arrived");
        }
        parts.stream().filter(p -> p.malformed() != null)
                .forEach(p -> problems.add("part " + p.sequence() + ": " + p.malformed()));
        return Optional.of(new Whole(sms, problems.isEmpty() ? null : String.join("; ", problems), group,
                parts.stream().map(Part::id).toList()));
    }

    /** Part 1 stands for the message, whatever order the parts came in; without it, the earliest. */
    private static Part representative(List<Part> parts) {
        return parts.stream().filter(p -> p.sequence() == 1).findFirst()
                .orElseGet(() -> parts.stream().min(Comparator.comparing(Part::receivedAt)).orElseThrow());
    }
}

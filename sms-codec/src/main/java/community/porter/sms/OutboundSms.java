package community.porter.sms;

import java.time.Instant;
import java.util.Objects;

/**
 * One mobile-terminated message handed to a transport for sending. It has already been stored
 * in the outbox under {@link #id()}.
 *
 * <p>A long message can be left partly sent: the transport accepted parts 1 to k and then could
 * not take part k+1 (throttled, connection lost, no answer). Such a message carries how many
 * parts were accepted and the connector that took them; the transport sends only the rest. It is
 * pinned to that connector because the parts of one concatenated message must reach the handset
 * from the same originator with the same reference, and a second connector would number and
 * address them on its own: the handset would show two broken halves, or part 1 twice.
 *
 * @param id            the outbox id; transports use it to correlate results and receipts, and
 *                      derive the concatenation reference from it so every try carries the same
 * @param to            destination, E.164 with a leading {@code +}
 * @param from          source address (the service number), or {@code null} for the connection's
 *                      default
 * @param text          the text, split into parts by the transport
 * @param validUntil    after this instant the message must not be sent; {@code null} for no limit
 * @param receipt       whether a delivery receipt is requested
 * @param acceptedParts how many leading parts a transport already accepted; 0 for a message not
 *                      sent at all
 * @param pinnedTo      the connector that accepted those parts and must send the rest, or
 *                      {@code null} when none was accepted
 */
public record OutboundSms(long id, String to, String from, String text, Instant validUntil, boolean receipt,
        int acceptedParts, String pinnedTo) {

    public OutboundSms {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(text, "text");
        if (acceptedParts < 0) {
            throw new IllegalArgumentException("acceptedParts must not be negative: " + acceptedParts);
        }
        if ((acceptedParts > 0) != (pinnedTo != null)) {
            throw new IllegalArgumentException("a message with accepted parts is pinned to their connector, and only then: "
                    + acceptedParts + " parts, pinned to " + pinnedTo);
        }
    }

    /** A message none of whose parts was accepted yet. */
    public OutboundSms(long id, String to, String from, String text, Instant validUntil, boolean receipt) {
        this(id, to, from, text, validUntil, receipt, 0, null);
    }

    /** @return whether some parts were accepted, so the rest must go through {@link #pinnedTo()} */
    public boolean isPartlySent() {
        return acceptedParts > 0;
    }

    /**
     * The same message after a try in which a transport accepted some more parts: the next try
     * starts after them, on the same connector.
     *
     * @param accepted the parts accepted in that try; they must follow on from
     *                 {@link #acceptedParts()} and come from {@link #pinnedTo()} if it is set
     */
    public OutboundSms resumedAfter(SubmitOutcome accepted) {
        if (accepted.isEmpty()) {
            return this;
        }
        if (accepted.firstPart() != acceptedParts + 1) {
            throw new IllegalArgumentException("message " + id + ": parts 1-" + acceptedParts
                    + " were accepted, the next accepted part cannot be " + accepted.firstPart());
        }
        if (pinnedTo != null && !pinnedTo.equals(accepted.connector())) {
            throw new IllegalArgumentException("message " + id + " is pinned to " + pinnedTo + ", not "
                    + accepted.connector());
        }
        return new OutboundSms(id, to, from, text, validUntil, receipt, accepted.lastPart(), accepted.connector());
    }
}

package community.porter.sms;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Keeps the parts of long inbound messages until the whole message is stored, so that a part
 * can be acknowledged to its transport as soon as it is kept (SPEC §5: nothing acknowledged is
 * ever lost, not even half a message when Porter restarts between two parts).
 *
 * <p>A part stays <em>waiting</em> until the message it belongs to is stored, complete or given
 * up on; then it is <em>taken</em>. Taken parts are remembered for a while, so that a part the
 * transport delivers again after its message was stored is known as a copy rather than the
 * first part of a new message.
 *
 * <p>Implementations are thread-safe and every method commits before it returns, except that
 * {@link #taken} may join a transaction its caller has open.
 */
public interface PendingPartStore {

    /**
     * Exchange header listing the ids ({@code List<Long>}) of the waiting parts a whole message
     * was put together from. The route that stores the message marks them taken in the same
     * transaction and removes the header; when the header is still there after the message was
     * stored, the transport marks them taken itself.
     */
    String PART_IDS_HEADER = "PorterPendingPartIds";

    /** What {@link #save} made of a part. */
    enum Saved {
        /** Kept: it was new. */
        ADDED,
        /** A copy of a part that is waiting already; the first one is kept. */
        ALREADY_WAITING,
        /** A copy of a part of a message stored already; nothing to do with it. */
        ALREADY_TAKEN
    }

    /**
     * Which message a part belongs to. The sending handset chooses the reference, so the sender
     * scopes it; the recipient keeps apart messages to different service numbers; the part count
     * and the width of the reference are part of a message's identity in 3GPP TS 23.040. The
     * connection is deliberately not part of it: an SMSC may hand the parts of one message to
     * different binds of the same account, or deliver a part again on another bind after a
     * reconnect.
     *
     * @param sender              originator, as in {@link InboundSms#sender()}
     * @param recipient           the service number, empty when the transport gave none
     * @param reference           concatenation reference
     * @param total               how many parts the message has
     * @param sixteenBitReference whether the reference is 16-bit (IEI 0x08 or SAR TLVs)
     */
    record Group(String sender, String recipient, int reference, int total, boolean sixteenBitReference) {

        public Group {
            Objects.requireNonNull(sender, "sender");
            recipient = recipient == null ? "" : recipient;
        }
    }

    /**
     * One part.
     *
     * @param id          the store's id of the part; {@code null} before it is saved
     * @param group       the message it belongs to
     * @param sequence    which part it is, 1 to {@code group.total()}
     * @param connector   the connection it arrived on
     * @param text        its decoded text
     * @param transportId the transport's own id of this part (an SMSC message id), or {@code null}
     * @param receivedAt  when it arrived
     * @param malformed   what was wrong with its content, or {@code null}
     */
    record Part(Long id, Group group, int sequence, String connector, String text, String transportId,
            Instant receivedAt, String malformed) {

        public Part {
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(connector, "connector");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(receivedAt, "receivedAt");
        }
    }

    /**
     * Keeps a part, committed when this returns. A part whose number is already waiting in its
     * group is a copy (the first is kept); one whose number was taken with the same text is a
     * copy of a part of a stored message; with another text it starts a new message under a
     * reference the handset used again.
     */
    Saved save(Part part);

    /** @return the waiting parts of {@code group}, by sequence number; empty when none wait */
    List<Part> waiting(Group group);

    /**
     * @return groups with a waiting part that arrived before {@code cutoff} (oldest first, at
     *         most {@code limit}): messages whose time to complete has run out
     */
    List<Group> waitingSince(Instant cutoff, int limit);

    /**
     * Marks parts taken: their message is stored. Parts taken already stay as they are, so
     * calling it twice does no harm.
     *
     * @return how many of the parts were waiting until now
     */
    int taken(Collection<Long> partIds);
}

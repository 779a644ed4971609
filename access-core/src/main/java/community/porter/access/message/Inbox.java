package community.porter.access.message;

import community.porter.sms.InboundSms;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.charset.StandardCharsets;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores inbound messages durably and recognises re-delivered copies (SPEC §5).
 *
 * <p>A copy is recognised by the transport's identity of the message where it has one (an SMSC
 * message id, a modem's service-centre time stamp); otherwise only a message whose
 * acknowledgement may have been lost can be matched, once, by a later message with the same
 * sender, recipient and text from the same connection. A copy is stored too, as {@code DUPLICATE} with its
 * command-log row, so every inbound message leaves exactly one trace.
 */
@Service
public class Inbox {

    private final InboxRepository messages;
    private final CommandLogRepository commandLog;
    private final InboundParts parts;
    private final InboxProperties properties;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public Inbox(InboxRepository messages, CommandLogRepository commandLog, InboundParts parts,
            InboxProperties properties, TransactionTemplate transaction, ApplicationEventPublisher events, Clock clock) {
        this.messages = messages;
        this.commandLog = commandLog;
        this.parts = parts;
        this.properties = properties;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
    }

    /** Stores {@code sms} and commits; only then may the transport acknowledge it. */
    public StoredInbound store(InboundSms sms) {
        return store(sms, List.of());
    }

    /**
     * Stores a long message put together from waiting parts and marks those parts taken, in one
     * transaction: either the message is stored and its parts are gone from the waiting ones, or
     * neither.
     *
     * @param partIds the {@link InboundParts} ids of its parts; empty for any other message
     * @throws LongMessageStoredAlreadyException when some of the parts were taken already: the
     *         message was stored by another completion of the same parts, and nothing is stored
     */
    public StoredInbound store(InboundSms sms, Collection<Long> partIds) {
        String dedupKey = dedupKey(sms);
        try {
            return transaction.execute(status -> storeWithParts(sms, dedupKey, partIds));
        } catch (DataIntegrityViolationException raced) {
            // Two copies arrived at once: the other one won the unique key, so this one is the copy.
            return transaction.execute(status -> storeWithParts(sms, dedupKey, partIds));
        }
    }

    private StoredInbound storeWithParts(InboundSms sms, String dedupKey, Collection<Long> partIds) {
        // First, so that a second completion of the same parts waits here for the first to commit.
        int taken = parts.taken(partIds);
        if (taken < partIds.size()) {
            throw new LongMessageStoredAlreadyException(sms.sender(), partIds.size() - taken);
        }
        return storeInTransaction(sms, dedupKey);
    }

    private StoredInbound storeInTransaction(InboundSms sms, String dedupKey) {
        InboxMessage message = new InboxMessage(sms.connector(), sms.sender(), sms.recipient(), sms.text(),
                sms.transportId(), sms.smscTimestamp(), sms.receivedAt(), sms.incomplete(), dedupKey);
        Long originalId = dedupKey != null ? findByKey(dedupKey) : claimUnconfirmedOriginal(sms);
        if (originalId != null) {
            message.markDuplicateOf(originalId);
            messages.saveAndFlush(message);
            Instant now = clock.instant();
            commandLog.save(new CommandLogEntry(message.getId(), sms.sender(), message.getText(), null,
                    CommandOutcome.DUPLICATE, 0, "copy of message " + originalId, message.getReceivedAt(), now));
            return new StoredInbound(message.getId(), originalId);
        }
        messages.saveAndFlush(message);
        events.publishEvent(new InboundStored(message));
        return new StoredInbound(message.getId(), null);
    }

    private Long findByKey(String dedupKey) {
        return messages.findByDedupKey(dedupKey).map(InboxMessage::getId).orElse(null);
    }

    private Long claimUnconfirmedOriginal(InboundSms sms) {
        Instant since = clock.instant().minus(properties.redeliveryWindow());
        List<InboxMessage> candidates = messages.findUnconfirmed(sms.connector(), sms.sender(), sms.recipient(), sms.text(), since,
                PageRequest.of(0, 5));
        for (InboxMessage candidate : candidates) {
            if (messages.claimUnconfirmed(candidate.getId()) == 1) {
                return candidate.getId();
            }
        }
        return null;
    }

    /**
     * The identity under which a second copy collides: the transport's own message id, or the
     * sender, service-centre time stamp and text where the transport gives a time stamp (modems).
     * Null when the transport gives neither (plain SMPP).
     */
    static String dedupKey(InboundSms sms) {
        if (sms.transportId() != null && !sms.transportId().isBlank()) {
            return sms.connector() + "|id|" + sms.transportId();
        }
        if (sms.smscTimestamp() != null) {
            return sms.connector() + "|ts|" + sms.sender() + "|" + sms.smscTimestamp().toEpochMilli() + "|"
                    + sha256(sms.text());
        }
        return null;
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}

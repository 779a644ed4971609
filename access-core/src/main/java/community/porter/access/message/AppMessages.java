package community.porter.access.message;

import community.porter.access.person.InvalidPhoneNumberException;
import community.porter.access.person.PhoneNumbers;
import community.porter.sms.codec.Segmenter;
import java.time.Clock;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes in the messages other applications ask Porter to send, from the REST API and the
 * {@code porter.sms.outbound} queue alike: checks them, stores each once in the outbox (kind
 * {@code API}) and has it sent once the store has committed.
 *
 * <p>Idempotent by client reference: an application that is not sure its first try arrived (a
 * timeout, a queue redelivery) sends the same message with the same {@code clientRef} again and
 * gets the first message's id back; nothing is sent twice.
 */
@Service
public class AppMessages {

    private static final Logger log = LoggerFactory.getLogger(AppMessages.class);

    private static final int MAX_CLIENT_REF = 128;
    private static final int MAX_ORIGIN = 100;

    private final OutboxRepository outbox;
    private final PhoneNumbers phoneNumbers;
    private final AppMessagesProperties properties;
    private final String countryCode;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public AppMessages(OutboxRepository outbox, PhoneNumbers phoneNumbers, AppMessagesProperties properties,
            @Value("${porter.country-code:86}") String countryCode, ApplicationEventPublisher events, TransactionTemplate transaction, Clock clock) {
        this.outbox = outbox;
        this.phoneNumbers = phoneNumbers;
        this.properties = properties;
        this.countryCode = countryCode;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * Stores {@code message} to be sent, or finds the one stored before under its client reference.
     * Commits before returning when called outside a transaction.
     *
     * @throws AppMessageRejectedException when a field is missing or invalid; nothing is stored
     * @throws ClientRefConflictException  when the client reference belongs to a different message
     */
    public Submission submit(AppMessage message) {
        OutboxMessage checked = check(message);
        Submission submission;
        try {
            submission = transaction.execute(status -> store(checked));
        } catch (DataIntegrityViolationException raced) {
            // The same reference was stored by a concurrent submission: that one is the message.
            submission = transaction.execute(status -> store(copyOf(checked)));
        }
        if (submission.created()) {
            log.info("Message {} accepted from {}{}", submission.id(), origin(message.origin()),
                    checked.getClientRef() == null ? "" : " as " + checked.getClientRef());
        }
        return submission;
    }

    private static OutboxMessage copyOf(OutboxMessage m) {
        return new OutboxMessage(m.getKind(), m.getPriority(), m.getRecipient(), m.getText(), null, m.getClientRef(),
                m.getValidUntil(), m.getCreatedAt());
    }

    private Submission store(OutboxMessage message) {
        if (message.getClientRef() != null) {
            var earlier = outbox.findByClientRef(message.getClientRef());
            if (earlier.isPresent()) {
                return resubmitted(earlier.get(), message);
            }
        }
        long id = outbox.saveAndFlush(message).getId();
        events.publishEvent(new OutboxMessageQueued(id));
        return new Submission(id, true);
    }

    private static Submission resubmitted(OutboxMessage earlier, OutboxMessage again) {
        if (!earlier.getRecipient().equals(again.getRecipient()) || !earlier.getText().equals(again.getText())) {
            throw new ClientRefConflictException(again.getClientRef(), earlier.getId());
        }
        return new Submission(earlier.getId(), false);
    }

    private OutboxMessage check(AppMessage message) {
        Objects.requireNonNull(message, "message");
        String to = recipient(message.to());
        String text = text(message.text());
        if (message.validUntil() != null && !message.validUntil().isAfter(clock.instant())) {
            throw new AppMessageRejectedException("validUntil", "validUntil is not in the future");
        }
        String clientRef = blankToNull(message.clientRef());
        if (clientRef != null && (clientRef.length() > MAX_CLIENT_REF || hasControlCharacter(clientRef))) {
            throw new AppMessageRejectedException("clientRef",
                    "clientRef must be at most " + MAX_CLIENT_REF + " printable characters");
        }
        AppPriority priority = message.priority() == null ? AppPriority.NORMAL : message.priority();
        OutboxMessage stored = new OutboxMessage(OutboxMessage.Kind.API, priority.outboxPriority(), to, text, null,
                clientRef, message.validUntil(), clock.instant());
        return stored;
    }

    private String recipient(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new AppMessageRejectedException("to", "to is required");
        }
        try {
            return phoneNumbers.normalise(raw, countryCode);
        } catch (InvalidPhoneNumberException e) {
            throw new AppMessageRejectedException("to", e.getMessage());
        }
    }

    private String text(String text) {
        if (text == null || text.isBlank()) {
            throw new AppMessageRejectedException("text", "text is required");
        }
        if (!isWellFormedUnicode(text)) {
            // A lone surrogate has no encoding in any SMS alphabet; refusing it now beats failing at the SMSC.
            throw new AppMessageRejectedException("text", "text contains an unpaired surrogate character");
        }
        int parts = Segmenter.countParts(text);
        if (parts > properties.maxParts()) {
            throw new AppMessageRejectedException("text",
                    "text takes " + parts + " SMS parts; at most " + properties.maxParts() + " are allowed");
        }
        return text;
    }

    private static String origin(String origin) {
        String named = blankToNull(origin);
        if (named == null) {
            return "api";
        }
        return named.length() > MAX_ORIGIN ? named.substring(0, MAX_ORIGIN) : named;
    }

    private static boolean isWellFormedUnicode(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasControlCharacter(String value) {
        return value.chars().anyMatch(Character::isISOControl);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * What became of a submission.
     *
     * @param id      the outbox id of the message, to read its status by
     * @param created false when the message had been submitted before under the same client
     *                reference and this call stored nothing
     */
    public record Submission(long id, boolean created) {
    }
}

package community.porter.access.visitor;

import community.porter.access.message.AppMessageRejectedException;
import community.porter.access.message.Inbox;
import community.porter.access.message.InboundMessageStored;
import community.porter.access.message.StoredInbound;
import community.porter.access.person.InvalidPhoneNumberException;
import community.porter.access.person.PhoneNumbers;
import community.porter.sms.InboundSms;
import java.time.Clock;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Takes in visitors' requests from kiosks. A request takes exactly the path an {@code SQ} SMS
 * from the visitor's phone takes — stored in the inbox, one command-log row, the same checks
 * (blacklist, rate limits, room, approvers), approval SMS to the residents, the pass code by SMS
 * to the visitor — so a kiosk is one more way in, not a second set of rules.
 *
 * <p>The kiosk's request reference is the message's transport identity: a retried request is
 * recognised by the inbox as a copy and has no second effect.
 */
@Service
public class KioskVisitRequests {

    /** The connector name of kiosk requests, followed by {@code :<kiosk>} in the inbox. */
    public static final String CONNECTOR = "kiosk";

    private static final Pattern KIOSK = Pattern.compile("[A-Za-z0-9_-]{1,40}");
    private static final Pattern ROOM = Pattern.compile("[0-9A-Za-z]{1,8}-[0-9A-Za-z]{1,8}-[0-9A-Za-z]{1,8}");
    private static final int MAX_REF = 64;
    private static final int MAX_NAME = 40;

    private final Inbox inbox;
    private final PhoneNumbers phoneNumbers;
    private final String countryCode;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public KioskVisitRequests(Inbox inbox, PhoneNumbers phoneNumbers,
            @Value("${porter.country-code:86}") String countryCode, ApplicationEventPublisher events, Clock clock) {
        this.inbox = inbox;
        this.phoneNumbers = phoneNumbers;
        this.countryCode = countryCode;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Stores the request (committed when this returns) and has its command run.
     *
     * @throws AppMessageRejectedException when a field is missing or invalid; nothing is stored
     */
    public KioskIntake submit(KioskVisitRequest request) {
        InboundSms sms = asVisitRequest(request);
        StoredInbound stored = inbox.store(sms);
        if (stored.isDuplicate()) {
            return new KioskIntake(stored.duplicateOf(), true);
        }
        events.publishEvent(new InboundMessageStored(stored.inboxId()));
        return new KioskIntake(stored.inboxId(), false);
    }

    private InboundSms asVisitRequest(KioskVisitRequest request) {
        String kiosk = required("kiosk", request.kiosk());
        if (!KIOSK.matcher(kiosk).matches()) {
            throw new AppMessageRejectedException("kiosk", "kiosk must be 1 to 40 letters, digits, '-' or '_'");
        }
        String ref = required("requestRef", request.requestRef());
        if (ref.length() > MAX_REF || ref.chars().anyMatch(Character::isISOControl)) {
            throw new AppMessageRejectedException("requestRef", "requestRef must be at most " + MAX_REF
                    + " printable characters");
        }
        String phone = phone(required("visitorPhone", request.visitorPhone()));
        String name = required("visitorName", request.visitorName()).replaceAll("\\s+", " ");
        if (name.length() > MAX_NAME || name.chars().anyMatch(c -> Character.isISOControl(c) || Character.isDigit(c))) {
            throw new AppMessageRejectedException("visitorName", "visitorName must be at most " + MAX_NAME
                    + " characters, without digits");
        }
        String room = required("room", request.room());
        if (!ROOM.matcher(room).matches()) {
            throw new AppMessageRejectedException("room", "room must be written building-unit-room, e.g. 3-1-201");
        }
        StringBuilder text = new StringBuilder("SQ ").append(room).append(' ').append(name);
        if (request.type() != null && !request.type().isBlank()) {
            text.append(' ').append(type(request.type()).name());
        }
        return new InboundSms(CONNECTOR + ":" + kiosk, phone, null, text.toString(), ref, null, clock.instant(), false);
    }

    private String phone(String raw) {
        try {
            return phoneNumbers.normalise(raw, countryCode);
        } catch (InvalidPhoneNumberException e) {
            throw new AppMessageRejectedException("visitorPhone", e.getMessage());
        }
    }

    private static VisitorType type(String raw) {
        try {
            return VisitorType.valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new AppMessageRejectedException("type", "type must be one of KD, WM, WX, SS, FK");
        }
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new AppMessageRejectedException(field, field + " is required");
        }
        return value.strip();
    }
}

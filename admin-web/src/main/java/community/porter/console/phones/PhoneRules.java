package community.porter.console.phones;

import community.porter.access.org.OrgNode;
import community.porter.access.org.Room;
import community.porter.access.org.RoomRepository;
import community.porter.access.person.InvalidPhoneNumberException;
import community.porter.access.person.MembershipRole;
import community.porter.access.person.PhoneNumbers;
import community.porter.access.person.PhoneRepository;
import community.porter.access.visitor.VisitorsProperties;
import community.porter.console.security.ConsoleActor;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The checks a phone to register must pass, the same for the add form and for every CSV row, each
 * failure named by a message key the page translates. Reads the database (rooms, registered
 * numbers), so it runs inside the caller's transaction.
 */
@Component
class PhoneRules {

    /** The person's name column holds 100 characters. */
    static final int MAX_NAME = 100;

    /** Spreadsheets write roles in either language; the form sends the English constant. */
    private static final Map<String, MembershipRole> ROLES = Map.of(
            "OWNER", MembershipRole.OWNER, "业主", MembershipRole.OWNER,
            "FAMILY", MembershipRole.FAMILY, "家属", MembershipRole.FAMILY,
            "TENANT", MembershipRole.TENANT, "租户", MembershipRole.TENANT);

    /** ISO as a date input sends it, and the slashed form Excel writes in China. */
    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("uuuu/M/d")
            .withResolverStyle(ResolverStyle.STRICT);

    private final PhoneNumbers numbers;
    private final PhoneRepository phones;
    private final RoomRepository rooms;
    private final String countryCode;
    private final ZoneId zone;

    PhoneRules(PhoneNumbers numbers, PhoneRepository phones, RoomRepository rooms, VisitorsProperties visitors,
            @Value("${porter.country-code:86}") String countryCode) {
        this.numbers = numbers;
        this.phones = phones;
        this.rooms = rooms;
        this.countryCode = countryCode;
        // Dates typed in the console are days of the installation's zone, as visitor passes are.
        this.zone = visitors.timeZone();
    }

    /** The zone whose days the console reads and shows. */
    ZoneId zone() {
        return zone;
    }

    /** A name, or the key of what is wrong with it. */
    Checked<String> name(String raw) {
        String name = raw == null ? "" : raw.strip();
        if (name.isEmpty()) {
            return Checked.error("phones.error.name.missing");
        }
        return name.length() > MAX_NAME ? Checked.error("phones.error.name.tooLong") : Checked.ok(name);
    }

    /** The number in E.164, not registered yet. */
    Checked<String> phone(String raw) {
        Checked<String> number = number(raw);
        return number.ok() ? unregistered(number.value()) : number;
    }

    /** The number in E.164, registered or not. */
    Checked<String> number(String raw) {
        if (raw == null || raw.isBlank()) {
            return Checked.error("phones.error.phone.missing");
        }
        try {
            return Checked.ok(numbers.normalise(raw, countryCode));
        } catch (InvalidPhoneNumberException e) {
            return Checked.error("phones.error.phone.invalid");
        }
    }

    /** {@code e164} unless a phone with it is registered already (one phone row per number). */
    Checked<String> unregistered(String e164) {
        return phones.existsByE164(e164) ? Checked.error("phones.error.phone.registered") : Checked.ok(e164);
    }

    /** The room with this code in {@code community}, when it lies in the actor's scope. */
    Checked<Room> room(ConsoleActor actor, OrgNode community, String raw) {
        String code = raw == null ? "" : raw.strip();
        if (code.isEmpty()) {
            return Checked.error("phones.error.room.missing");
        }
        Optional<Room> room = rooms.findByCommunityIdAndCode(community.getId(), code);
        if (room.isEmpty()) {
            return Checked.error("phones.error.room.unknown");
        }
        return actor.covers(room.get().getUnit()) ? Checked.ok(room.get()) : Checked.error("phones.error.room.outOfScope");
    }

    Checked<MembershipRole> role(String raw) {
        MembershipRole role = raw == null ? null : ROLES.get(raw.strip().toUpperCase(Locale.ROOT));
        return role == null ? Checked.error("phones.error.role.invalid") : Checked.ok(role);
    }

    /** The start of the day {@code raw}, or {@code null} when blank. */
    Checked<Instant> validFrom(String raw) {
        return day(raw).map(day -> day == null ? null : day.atStartOfDay(zone).toInstant());
    }

    /** The end of the day {@code raw} (the membership ends after it), or {@code null} when blank. */
    Checked<Instant> validTo(String raw) {
        return day(raw).map(day -> day == null ? null : day.plusDays(1).atStartOfDay(zone).toInstant());
    }

    private Checked<LocalDate> day(String raw) {
        String text = raw == null ? "" : raw.strip();
        if (text.isEmpty()) {
            return Checked.ok(null);
        }
        for (DateTimeFormatter format : new DateTimeFormatter[] {DateTimeFormatter.ISO_LOCAL_DATE, SLASHED}) {
            try {
                return Checked.ok(LocalDate.parse(text, format));
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return Checked.error("phones.error.date.invalid");
    }

    /**
     * A checked value or the message key of why it was refused.
     *
     * @param value the value when {@code error} is {@code null}
     * @param error the message key of the refusal
     */
    record Checked<T>(T value, String error) {

        static <T> Checked<T> ok(T value) {
            return new Checked<>(value, null);
        }

        static <T> Checked<T> error(String key) {
            return new Checked<>(null, key);
        }

        boolean ok() {
            return error == null;
        }

        <R> Checked<R> map(java.util.function.Function<T, R> f) {
            return ok() ? ok(f.apply(value)) : error(error);
        }
    }
}

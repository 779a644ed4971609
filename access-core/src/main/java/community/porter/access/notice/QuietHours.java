package community.porter.access.notice;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hours of the night in which non-urgent broadcasts wait, written {@code 22:00-07:00} in the
 * community's time zone. The start is inside, the end is not; a span past midnight wraps.
 * {@link #NONE} has no quiet hours at all.
 *
 * @param start first quiet minute
 * @param end   first minute that is no longer quiet
 */
public record QuietHours(LocalTime start, LocalTime end) {

    /** No quiet hours. */
    public static final QuietHours NONE = new QuietHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);

    private static final Pattern SPAN = Pattern.compile("(\\d{1,2}:\\d{2})\\s*-\\s*(\\d{1,2}:\\d{2})");

    public QuietHours {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    /**
     * Reads {@code HH:mm-HH:mm}; a blank text means none.
     *
     * @throws IllegalArgumentException when the text is no such span
     */
    public static QuietHours parse(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        Matcher m = SPAN.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("quiet hours must read HH:mm-HH:mm, e.g. 22:00-07:00: '" + text + "'");
        }
        try {
            return new QuietHours(time(m.group(1)), time(m.group(2)));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("quiet hours must read HH:mm-HH:mm, e.g. 22:00-07:00: '" + text + "'", e);
        }
    }

    private static LocalTime time(String hhmm) {
        return LocalTime.parse(hhmm.length() == 4 ? "0" + hhmm : hhmm);
    }

    /** Whether {@code time} is quiet. */
    public boolean contains(LocalTime time) {
        if (start.equals(end)) {
            return false;
        }
        return start.isBefore(end)
                ? !time.isBefore(start) && time.isBefore(end)
                : !time.isBefore(start) || time.isBefore(end);
    }

    /** Whether the instant {@code at} is quiet in {@code zone}. */
    public boolean contains(Instant at, ZoneId zone) {
        return contains(at.atZone(zone).toLocalTime());
    }
}

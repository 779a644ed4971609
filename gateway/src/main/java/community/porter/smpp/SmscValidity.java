package community.porter.smpp;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** SMPP 3.4 §7.1.1 time formats for submit_sm's validity_period. */
final class SmscValidity {

    private static final DateTimeFormatter ABSOLUTE = DateTimeFormatter.ofPattern("yyMMddHHmmss").withZone(ZoneOffset.UTC);
    /** The relative form's day field has two digits. */
    private static final Duration LONGEST_RELATIVE = Duration.ofDays(99).plusHours(23).plusMinutes(59).plusSeconds(59);

    private SmscValidity() {
    }

    /**
     * @param validUntil when the message stops being worth delivering; {@code null} for the
     *                   SMSC's default validity
     * @param now        the current time; validUntil is after it
     * @return the validity_period field, or {@code null} for none
     */
    static String format(Instant validUntil, Instant now, SmscConfiguration.ValidityFormat format) {
        if (validUntil == null) {
            return null;
        }
        if (format == SmscConfiguration.ValidityFormat.ABSOLUTE) {
            // tenths of a second 0, offset 00 quarter-hours from UTC, '+'.
            return ABSOLUTE.format(validUntil) + "000+";
        }
        Duration left = Duration.between(now, validUntil);
        // Round up: a validity one second short could expire a message the caller still wanted sent.
        long seconds = left.getSeconds() + (left.getNano() > 0 ? 1 : 0);
        seconds = Math.max(1, Math.min(seconds, LONGEST_RELATIVE.getSeconds()));
        return String.format("0000%02d%02d%02d%02d000R",
                seconds / 86_400, seconds % 86_400 / 3600, seconds % 3600 / 60, seconds % 60);
    }
}

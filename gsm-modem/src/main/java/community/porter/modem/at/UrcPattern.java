package community.porter.modem.at;

import java.util.Objects;

/**
 * How one unsolicited result code is recognised.
 *
 * @param name     its name, given to {@link Urc#name()}
 * @param match    the text to match, compared ignoring case
 * @param wholeLine whether the line must be exactly {@code match} (e.g. {@code RING},
 *                 {@code Call Ready}), rather than start with it (e.g. {@code +CMTI:})
 * @param twoLines whether a data line follows (the PDU of +CMT, +CDS, +CBM in PDU mode)
 */
public record UrcPattern(String name, String match, boolean wholeLine, boolean twoLines) {

    /** Requires a name and a match. */
    public UrcPattern {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(match, "match");
        if (match.isBlank()) {
            throw new IllegalArgumentException("a URC pattern needs text to match");
        }
    }

    /**
     * @param prefix the start of the line, with its colon, e.g. {@code +CMTI:}
     * @return a one-line code named after the prefix without its colon
     */
    public static UrcPattern prefix(String prefix) {
        return new UrcPattern(nameOf(prefix), prefix, false, false);
    }

    /**
     * @param prefix the start of the header line, e.g. {@code +CDS:}
     * @return a code whose header line is followed by a PDU line
     */
    public static UrcPattern twoLine(String prefix) {
        return new UrcPattern(nameOf(prefix), prefix, false, true);
    }

    /**
     * @param line the whole line, e.g. {@code RING}
     * @return a code that is exactly that line
     */
    public static UrcPattern line(String line) {
        return new UrcPattern(line, line, true, false);
    }

    /**
     * @param line a line from the modem, stripped
     * @return whether this pattern recognises it
     */
    public boolean matches(String line) {
        if (wholeLine) {
            return line.equalsIgnoreCase(match);
        }
        return line.regionMatches(true, 0, match, 0, match.length());
    }

    private static String nameOf(String prefix) {
        String stripped = prefix.strip();
        return stripped.endsWith(":") ? stripped.substring(0, stripped.length() - 1) : stripped;
    }
}

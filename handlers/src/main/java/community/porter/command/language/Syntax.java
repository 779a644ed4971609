package community.porter.command.language;

import java.util.regex.Pattern;

/**
 * The shapes of command arguments, shared by the argument parsers and by the {@link Command}
 * records that guard their own invariants. Patterns are matched against upper-cased words and
 * are ASCII only ({@code [0-9]}, not {@code \d}), so that no exotic digit ever reaches a handler.
 */
final class Syntax {

    /** Longest visitor name, in characters (code points). */
    static final int NAME_MAX = 20;
    /** Longest repair or broadcast text, in characters (code points). */
    static final int TEXT_MAX = 300;
    /** Longest blacklist reason, in characters (code points). */
    static final int REASON_MAX = 100;
    /** Most access records {@code CX JL n} may ask for. */
    static final int RECORDS_MAX = 10;
    /** Most days an invitation {@code FK} may last (SPEC §3.2 pass validity). */
    static final int DAYS_MAX = 7;

    /** A door PIN. Any 4–6 digit word after {@code KM} is a PIN, never a door. */
    static final Pattern PIN = Pattern.compile("[0-9]{4,6}");
    static final Pattern APPROVAL_CODE = Pattern.compile("[0-9]{4}");
    static final Pattern BIND_CODE = Pattern.compile("[0-9]{6}");
    /** A phone as typed: raw digits, optionally international; E.164 normalisation is the handler's. */
    static final Pattern PHONE = Pattern.compile("\\+?[0-9]{5,20}");
    /** {@code building-unit-room}, e.g. {@code 3-1-201}; letters allowed for buildings like {@code A}. */
    static final Pattern ROOM = Pattern.compile("[A-Z0-9]{1,4}-[A-Z0-9]{1,4}-[A-Z0-9]{1,6}");
    /** A door: a unit entrance {@code 3-1}, {@code GATE} or a named door code, at most 16 long. */
    static final Pattern DOOR = Pattern.compile("(?=.{1,16}$)[A-Z0-9]+(-[A-Z0-9]+)*");
    static final Pattern CARD = Pattern.compile("[A-Z0-9]{2,20}");
    /** The unblock check: a PIN or the last 4 characters of a Chinese ID number (may end in X). */
    static final Pattern SECRET = Pattern.compile("[0-9X]{4,6}");
    static final Pattern CHANNEL = Pattern.compile("[A-Z]{2,8}");
    /** A broadcast scope: {@code GATE}, a building {@code 3}, a unit {@code 3-1}, a room. */
    static final Pattern SCOPE = Pattern.compile("[A-Z0-9]{1,4}(-[A-Z0-9]{1,6}){0,2}");
    static final Pattern DIGITS = Pattern.compile("[0-9]+");
    /** A count or a number of days: short enough to parse as an int whatever was typed. */
    static final Pattern SMALL_NUMBER = Pattern.compile("[0-9]{1,3}");

    private Syntax() {
    }

    static boolean matches(Pattern pattern, String text) {
        return text != null && pattern.matcher(text).matches();
    }

    /** Upper-cases ASCII letters only, so that the length never changes (unlike ß → SS). */
    static String asciiUpper(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 'a' && chars[i] <= 'z') {
                chars[i] = (char) (chars[i] - ('a' - 'A'));
            }
        }
        return new String(chars);
    }

    static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /**
     * Whether a visitor name can be shown to a resident: 1–20 characters, letters (any script),
     * digits, combining marks, spaces and the dots and dashes names use ({@code . ' - · ・}),
     * with at least one letter. Anything else (emoji, links, lone surrogates) is refused, because
     * the name is copied into an SMS a resident trusts.
     */
    static boolean isVisitorName(String name) {
        if (name == null || name.isBlank() || length(name) > NAME_MAX) {
            return false;
        }
        boolean letter = false;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                letter = true;
            } else if (!isNameMark(cp)) {
                return false;
            }
        }
        return letter;
    }

    private static boolean isNameMark(int cp) {
        int type = Character.getType(cp);
        return (cp >= '0' && cp <= '9')
                || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || " .'-\u00B7\u30FB".indexOf(cp) >= 0;
    }

    /** Whether free text is present and within {@code max} characters. */
    static boolean isFreeText(String text, int max) {
        return text != null && !text.isBlank() && length(text) <= max;
    }

    /** Guards a {@link Command} record's invariant; the parser never builds an invalid one. */
    static <T> T check(T value, boolean valid, String what) {
        if (!valid) {
            throw new IllegalArgumentException("invalid " + what + ": " + value);
        }
        return value;
    }
}

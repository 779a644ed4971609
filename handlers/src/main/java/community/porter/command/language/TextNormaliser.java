package community.porter.command.language;

import java.util.ArrayList;
import java.util.List;

/**
 * Normalises an SMS before matching (SPEC §3.1): full-width ASCII and the ideographic space are
 * folded to their ASCII forms, and every run of separators becomes one space. Separators are
 * white space, control and format characters, {@code , # :} (and, once folded, their full-width
 * forms {@code ， ＃ ：}), plus the ideographic comma and full stop {@code 、 。}, which Chinese
 * phones insert as readily as a comma; a sentence end ({@code . ! ?}) closing the message is
 * dropped. Case is kept: keywords are matched case-insensitively
 * where they are looked up, and free text keeps what the person typed.
 *
 * <p>Folding maps one character to one character, so a word's position in the normalised
 * tokens is also its position in the message; free text ({@code BX}, {@code GB}, a blacklist
 * reason) is cut from the message itself so that its punctuation survives.
 */
public final class TextNormaliser {

    private static final char FULL_WIDTH_FIRST = '\uFF01';
    private static final char FULL_WIDTH_LAST = '\uFF5E';
    private static final int FULL_WIDTH_OFFSET = 0xFEE0;
    private static final char IDEOGRAPHIC_SPACE = '\u3000';
    private static final char REPLACEMENT = '\uFFFD';

    private TextNormaliser() {
    }

    /**
     * The message folded and with its separators collapsed, e.g. {@code "ＫＭ　３－１"} →
     * {@code "KM 3-1"} and {@code " TY:4821 "} → {@code "TY 4821"}. A {@code null} message is
     * empty.
     */
    public static String normalise(String raw) {
        return tokenise(raw).normalised();
    }

    /** Folds full-width ASCII (U+FF01–U+FF5E) to ASCII and the ideographic space to a space. */
    public static String fold(String raw) {
        if (raw == null) {
            return "";
        }
        char[] chars = raw.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = fold(chars[i]);
        }
        return new String(chars);
    }

    static char fold(char c) {
        if (c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST) {
            return (char) (c - FULL_WIDTH_OFFSET);
        }
        return c == IDEOGRAPHIC_SPACE ? ' ' : c;
    }

    /** Whether a folded character separates words. */
    static boolean isSeparator(char c) {
        return switch (c) {
            case ',', '#', ':', '\u3001', '\u3002' -> true;
            // Control and format characters (tabs, NUL, zero-width space, BOM) separate rather
            // than glue: K, zero-width space, M must not become a keyword nobody typed.
            default -> Character.isWhitespace(c)
                    || Character.isSpaceChar(c)
                    || Character.isISOControl(c)
                    || Character.getType(c) == Character.FORMAT;
        };
    }

    /** Splits a message into folded words; never fails, whatever the input. */
    static TokenisedText tokenise(String raw) {
        String source = raw == null ? "" : raw;
        String folded = fold(source);
        List<Token> tokens = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= folded.length(); i++) {
            boolean boundary = i == folded.length() || isSeparator(folded.charAt(i));
            if (boundary && start >= 0) {
                tokens.add(new Token(folded.substring(start, i), start));
                start = -1;
            } else if (!boundary && start < 0) {
                start = i;
            }
        }
        dropSentenceEnd(tokens);
        return new TokenisedText(source, tokens);
    }

    /**
     * People end a message like a sentence ({@code TY 4821.}, {@code KM!}); a run of
     * {@code . ! ?} (full-width ones are folded by now) at the very end is not part of the last
     * argument, unless it is all the word there is ({@code ?} is the help keyword). Free text is
     * cut from the message itself and keeps it.
     */
    private static void dropSentenceEnd(List<Token> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        Token last = tokens.get(tokens.size() - 1);
        int end = last.text().length();
        while (end > 0 && ".!?".indexOf(last.text().charAt(end - 1)) >= 0) {
            end--;
        }
        if (end > 0 && end < last.text().length()) {
            tokens.set(tokens.size() - 1, last.upTo(end));
        }
    }

    /**
     * Free text as it will be stored and shown to people: white space runs become one space,
     * other control characters go, a lone surrogate (which no database or SMS encoder accepts)
     * becomes U+FFFD, and the ends are trimmed. Punctuation and full-width characters stay.
     */
    static String cleanFreeText(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (Character.isISOControl(c)) {
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else {
                out.append(Character.isSurrogate(c) ? REPLACEMENT : c);
            }
        }
        return out.toString();
    }
}

package community.porter.command.language;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words after a command's keyword, read front to back by an argument parser. Each method
 * that can fail takes the hint to fail with, so the grammar of a command reads as its code.
 */
final class Arguments {

    private final TokenisedText text;
    private final List<Token> tokens;
    private int position;

    Arguments(TokenisedText text, List<Token> tokens) {
        this.text = text;
        this.tokens = new ArrayList<>(tokens);
    }

    boolean hasMore() {
        return position < tokens.size();
    }

    int remaining() {
        return tokens.size() - position;
    }

    /** The next word, or the hint when there is none. */
    Token next(SyntaxHint missing, Object... args) {
        if (!hasMore()) {
            throw fail(missing, args);
        }
        return tokens.get(position++);
    }

    /** The next word upper-cased, required to match {@code shape}. */
    String nextMatching(Pattern shape, SyntaxHint missing, SyntaxHint wrong) {
        String word = next(missing).upper();
        if (!Syntax.matches(shape, word)) {
            throw fail(wrong);
        }
        return word;
    }

    /** The words not read yet, consuming them. */
    List<Token> rest() {
        List<Token> rest = List.copyOf(tokens.subList(position, tokens.size()));
        position = tokens.size();
        return rest;
    }

    /**
     * Everything from the next word to the end of the message as the person wrote it (see
     * {@link TextNormaliser#cleanFreeText(String)}), consuming it; empty when nothing is left.
     */
    String freeText() {
        if (!hasMore()) {
            return "";
        }
        int start = tokens.get(position).start();
        position = tokens.size();
        return text.freeTextFrom(start);
    }

    /** Fails with {@code surplus} (the command's usage) when words are left over. */
    void end(SyntaxHint surplus) {
        if (hasMore()) {
            throw fail(surplus);
        }
    }

    /**
     * Splits the next word where an ASCII argument of {@code shape} is followed straight away by
     * non-ASCII text, as in {@code 3-1-201张三} or {@code 13800000000骚扰}; the split is safe there
     * because no argument of these shapes contains a Chinese character. Any of {@code skip}
     * directly after the argument is dropped ({@code 3-1-201室}).
     */
    void splitBeforeText(Pattern shape, String skip) {
        if (!hasMore()) {
            return;
        }
        Token word = tokens.get(position);
        Matcher matcher = shape.matcher(word.upper());
        if (!matcher.lookingAt() || matcher.end() == word.text().length()
                || word.text().charAt(matcher.end()) <= 0x7F) {
            return;
        }
        int cut = matcher.end();
        Token head = word.upTo(cut);
        while (cut < word.text().length() && skip.indexOf(word.text().charAt(cut)) >= 0) {
            cut++;
        }
        tokens.set(position, head);
        if (cut < word.text().length()) {
            tokens.add(position + 1, word.from(cut));
        }
    }

    /** Splits the next word after {@code prefix} when digits follow it: {@code JL5} → {@code JL 5}. */
    void splitBeforeDigits(String prefix) {
        if (!hasMore()) {
            return;
        }
        Token word = tokens.get(position);
        String upper = word.upper();
        if (upper.startsWith(prefix) && upper.length() > prefix.length()
                && Syntax.matches(Syntax.DIGITS, upper.substring(prefix.length()))) {
            tokens.set(position, word.upTo(prefix.length()));
            tokens.add(position + 1, word.from(prefix.length()));
        }
    }

    /** Words joined by single spaces, as typed (folded). */
    static String join(List<Token> words) {
        return words.stream().map(Token::text).collect(Collectors.joining(" "));
    }

    static SyntaxException fail(SyntaxHint hint, Object... args) {
        return new SyntaxException(hint, args);
    }
}

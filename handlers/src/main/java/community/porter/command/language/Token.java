package community.porter.command.language;

/**
 * One word of a message after folding, with where it starts in the message, so that free text
 * can be cut from what the person actually wrote.
 *
 * @param text  the folded characters of the word, case as typed; never empty
 * @param start index of its first character in the message; folding keeps one character per
 *              character, so {@code text.length()} characters of the message belong to it
 */
record Token(String text, int start) {

    /** The word with ASCII letters upper-cased, for case-insensitive matching. */
    String upper() {
        return Syntax.asciiUpper(text);
    }

    /** The rest of this word after its first {@code length} characters. */
    Token from(int length) {
        return new Token(text.substring(length), start + length);
    }

    /** The first {@code length} characters of this word. */
    Token upTo(int length) {
        return new Token(text.substring(0, length), start);
    }
}

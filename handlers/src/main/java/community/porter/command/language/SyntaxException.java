package community.porter.command.language;

/**
 * Thrown by the argument parsers at the first argument that is wrong, and turned into a
 * {@link ParseError} by {@link CommandParser}; it never leaves this package. An exception keeps
 * each argument parser a straight line of "take, check, take"; it carries no stack trace because
 * it is an answer, not a fault.
 */
final class SyntaxException extends RuntimeException {

    private final transient SyntaxHint hint;
    private final transient Object[] args;

    SyntaxException(SyntaxHint hint, Object... args) {
        super(hint.key(), null, false, false);
        this.hint = hint;
        this.args = args.clone();
    }

    ParseError toParseError() {
        return ParseError.badSyntax(hint, args);
    }
}

package community.porter.command.language;

import java.util.List;
import java.util.Objects;

/**
 * A message that is not a well-formed command, with the reply that helps the person fix it.
 *
 * @param code       the command the keyword named, or {@code null} when the keyword is unknown
 * @param kind       the outcome for the command log (SPEC §3.4)
 * @param messageKey the bundle key of the hint; its text shows the right syntax
 * @param args       the hint's {@code {0}}, {@code {1}}… arguments (limits such as a maximum length)
 */
public record ParseError(CommandCode code, Kind kind, String messageKey, List<Object> args)
        implements ParseResult {

    /** Why the message is not a command; the names are the command-log outcomes. */
    public enum Kind {
        /** Empty, or the first word is no keyword. */
        UNKNOWN_COMMAND,
        /** A known keyword with missing, malformed or surplus arguments. */
        BAD_SYNTAX
    }

    public ParseError {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(messageKey, "messageKey");
        args = List.copyOf(args);
        if ((code == null) != (kind == Kind.UNKNOWN_COMMAND)) {
            throw new IllegalArgumentException("a code is known exactly when the syntax is bad");
        }
    }

    /** Empty message or unknown keyword: the hint points to {@code H}. */
    public static ParseError unknownCommand() {
        return new ParseError(null, Kind.UNKNOWN_COMMAND, ReplyKeys.UNKNOWN_COMMAND, List.of());
    }

    /** A known command written wrongly; {@code hint} tells how to write it. */
    public static ParseError badSyntax(SyntaxHint hint, Object... args) {
        return new ParseError(hint.command(), Kind.BAD_SYNTAX, hint.key(), List.of(args));
    }
}

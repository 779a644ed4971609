package community.porter.command.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns the text of an SMS into a {@link Command} or a {@link ParseError} (SPEC §3). Pure and
 * thread-safe: no I/O, no state, and it never throws, whatever the input (garbage, control
 * characters, lone surrogates, 10,000 characters).
 *
 * <p>The first word is the keyword ({@link CommandCode#of(String)}); a Chinese keyword may have
 * its argument written straight after it ({@code 开门1-1}). What follows is read by the command's
 * argument parser; the first wrong argument decides the hint.
 */
public final class CommandParser {

    /** Parses one message; {@code null} or blank is an unknown command. */
    public ParseResult parse(String rawText) {
        TokenisedText text = TextNormaliser.tokenise(rawText);
        if (text.tokens().isEmpty()) {
            return ParseError.unknownCommand();
        }
        Token first = text.tokens().get(0);
        List<Token> rest = text.tokens().subList(1, text.tokens().size());
        List<Token> arguments = new ArrayList<>();
        CommandCode code;
        Optional<CommandCode> whole = CommandCode.of(first.text());
        if (whole.isPresent()) {
            code = whole.get();
        } else {
            Optional<CommandCode.KeywordPrefix> prefix = CommandCode.ofPrefix(first.text());
            if (prefix.isEmpty()) {
                return ParseError.unknownCommand();
            }
            code = prefix.get().code();
            arguments.add(first.from(prefix.get().length()));
        }
        arguments.addAll(rest);
        try {
            return new Parsed(arguments(code, new Arguments(text, arguments)), text.normalised());
        } catch (SyntaxException e) {
            return e.toParseError();
        }
    }

    private static Command arguments(CommandCode code, Arguments args) {
        return switch (code) {
            case H -> ServiceArguments.help(args);
            case KM -> DoorArguments.openDoor(args);
            case SQ -> VisitorArguments.visitRequest(args);
            case TY -> VisitorArguments.approve(args);
            case JJ -> VisitorArguments.deny(args);
            case FK -> VisitorArguments.invite(args);
            case CX -> QueryArguments.query(args);
            case GS -> CardArguments.reportLost(args);
            case JG -> CardArguments.unblock(args);
            case DY -> NoticeArguments.subscribe(args);
            case TD -> NoticeArguments.unsubscribe(args);
            case BX -> ServiceArguments.repair(args);
            case BD -> ServiceArguments.bind(args);
            case GB -> NoticeArguments.broadcast(args);
            case LH -> VisitorArguments.blacklist(args);
            case YY -> ServiceArguments.language(args);
        };
    }
}

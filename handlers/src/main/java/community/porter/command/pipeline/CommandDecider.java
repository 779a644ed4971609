package community.porter.command.pipeline;

import community.porter.access.message.CommandOutcome;
import community.porter.command.language.Command;
import community.porter.command.language.CommandCode;
import community.porter.command.language.ParseError;
import community.porter.command.language.ParseResult;
import community.porter.command.language.Parsed;
import community.porter.command.language.ReplyKeys;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Decides what a parsed message comes to: rate limit, then who may send it, then its handler.
 * Nothing here changes state except the rate counters and, through the handler, the command's
 * own effects — which therefore only happen once every check has passed.
 */
@Component
public class CommandDecider {

    private final PhoneRateLimiter limiter;
    private final VisitorHelp visitorHelp;
    private final Map<CommandCode, CommandHandler<?>> handlers = new EnumMap<>(CommandCode.class);

    public CommandDecider(PhoneRateLimiter limiter, VisitorHelp visitorHelp, List<CommandHandler<?>> handlers) {
        this.limiter = limiter;
        this.visitorHelp = visitorHelp;
        for (CommandHandler<?> handler : handlers) {
            if (this.handlers.put(handler.code(), handler) != null) {
                throw new IllegalStateException("Two handlers for command " + handler.code());
            }
        }
    }

    /** The command code a parse result is about, when one was recognised. */
    public static Optional<CommandCode> codeOf(ParseResult parsed) {
        if (parsed instanceof Parsed ok) {
            return Optional.of(ok.command().code());
        }
        return Optional.ofNullable(((ParseError) parsed).code());
    }

    CommandResult decide(ParseResult parsed, CommandContext context) {
        Optional<CommandCode> code = codeOf(parsed);
        switch (limiter.check(context.phone(), code.filter(CommandCode.KM::equals).isPresent())) {
            case LIMITED_ANSWER:
                return CommandResult.of(CommandOutcome.RATE_LIMITED, ReplyKeys.ERROR_RATE_LIMITED);
            case LIMITED_SILENT:
                return CommandResult.silent(CommandOutcome.RATE_LIMITED, "over the limit, answered before");
            default:
                break;
        }
        CommandHandler<?> handler = code.map(handlers::get).orElse(null);
        if (context.incomplete() && handler != null && mayUse(handler.audience(), context)) {
            // Part of a long text is missing: running it could broadcast or file half a message.
            return CommandResult.of(CommandOutcome.BAD_SYNTAX, ReplyKeys.ERROR_INCOMPLETE);
        }
        if (parsed instanceof ParseError error) {
            return rejectSyntax(error, handler, context);
        }
        Command command = ((Parsed) parsed).command();
        if (handler == null) {
            return unknown(context);
        }
        if (!mayUse(handler.audience(), context)) {
            return visitorHelp.offer(context, CommandOutcome.NOT_REGISTERED);
        }
        return run(handler, command, context);
    }

    private CommandResult rejectSyntax(ParseError error, CommandHandler<?> handler, CommandContext context) {
        if (handler == null || !mayUse(handler.audience(), context)) {
            // An unknown phone learns how to ask for a visit, at most once a day; nothing more.
            return context.sender().isRegistered() ? unknown(context)
                    : visitorHelp.offer(context, CommandOutcome.NOT_REGISTERED);
        }
        if (error.kind() == ParseError.Kind.UNKNOWN_COMMAND) {
            return unknown(context);
        }
        return new CommandResult(CommandOutcome.BAD_SYNTAX,
                List.of(Reply.toSender(error.messageKey(), error.args().toArray())), error.messageKey());
    }

    private CommandResult unknown(CommandContext context) {
        return context.sender().isRegistered()
                ? CommandResult.of(CommandOutcome.UNKNOWN_COMMAND, ReplyKeys.UNKNOWN_COMMAND)
                : visitorHelp.offer(context, CommandOutcome.UNKNOWN_COMMAND);
    }

    private static boolean mayUse(Audience audience, CommandContext context) {
        return switch (audience) {
            case ANYONE -> true;
            case PENDING_PHONE -> context.sender().status() != null;
            case REGISTERED -> context.sender().isRegistered();
        };
    }

    @SuppressWarnings("unchecked")
    private static <C extends Command> CommandResult run(CommandHandler<C> handler, Command command,
            CommandContext context) {
        return handler.handle((C) command, context);
    }
}

package community.porter.command.visitor;

import community.porter.access.message.CommandOutcome;
import community.porter.access.visitor.VisitorBlacklist;
import community.porter.command.language.Command;
import community.porter.command.language.CommandCode;
import community.porter.command.language.ReplyKeys;
import community.porter.command.language.SyntaxHint;
import community.porter.command.pipeline.Audience;
import community.porter.command.pipeline.CommandContext;
import community.porter.command.pipeline.CommandHandler;
import community.porter.command.pipeline.CommandResult;
import community.porter.command.pipeline.Reply;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * {@code LH <phone> [reason]}: staff with {@code BLACKLIST} over a community bar a visitor phone
 * there; its live passes stop working at once. The visitor is not told.
 */
@Component
class BlacklistHandler implements CommandHandler<Command.Blacklist> {

    private final VisitorBlacklist blacklist;
    private final VisitorPhones phones;

    BlacklistHandler(VisitorBlacklist blacklist, VisitorPhones phones) {
        this.blacklist = blacklist;
        this.phones = phones;
    }

    @Override
    public CommandCode code() {
        return CommandCode.LH;
    }

    @Override
    public Audience audience() {
        return Audience.REGISTERED;
    }

    @Override
    public CommandResult handle(Command.Blacklist command, CommandContext context) {
        Optional<String> phone = phones.e164(command.phone());
        if (phone.isEmpty()) {
            return new CommandResult(CommandOutcome.BAD_SYNTAX, List.of(Reply.toSender(SyntaxHint.LH_PHONE.key())),
                    SyntaxHint.LH_PHONE.key());
        }
        VisitorBlacklist.Blacklisting done = blacklist.blacklist(context.sender(), phone.get(),
                command.reason().orElse(null));
        return switch (done.outcome()) {
            case NOT_ALLOWED -> CommandResult.of(CommandOutcome.FORBIDDEN, ReplyKeys.ERROR_FORBIDDEN);
            case ALREADY_BLACKLISTED -> CommandResult.of(CommandOutcome.OK, ReplyKeys.LH_ALREADY, phone.get());
            case DONE -> new CommandResult(CommandOutcome.OK, List.of(Reply.toSender(ReplyKeys.LH_DONE, phone.get(),
                    String.valueOf(done.passesRevoked()))), done.passesRevoked() + " pass(es) revoked");
            default -> throw new IllegalStateException("LH cannot come to " + done.outcome());
        };
    }
}

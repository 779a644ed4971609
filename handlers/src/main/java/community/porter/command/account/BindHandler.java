package community.porter.command.account;

import community.porter.access.message.CommandOutcome;
import community.porter.access.person.PhoneBindings;
import community.porter.access.person.PhoneStatus;
import community.porter.command.language.Command;
import community.porter.command.language.CommandCode;
import community.porter.command.language.ReplyKeys;
import community.porter.command.pipeline.Audience;
import community.porter.command.pipeline.CommandContext;
import community.porter.command.pipeline.CommandHandler;
import community.porter.command.pipeline.CommandResult;
import org.springframework.stereotype.Component;

/**
 * {@code BD <code>}: a pending phone confirms the binding the console started
 * ({@link PhoneBindings}); an unknown phone never reaches here (the pipeline answers it as a
 * visitor), an active one has nothing waiting, a suspended one is refused.
 */
@Component
class BindHandler implements CommandHandler<Command.Bind> {

    private final PhoneBindings bindings;

    BindHandler(PhoneBindings bindings) {
        this.bindings = bindings;
    }

    @Override
    public CommandCode code() {
        return CommandCode.BD;
    }

    @Override
    public Audience audience() {
        return Audience.PENDING_PHONE;
    }

    @Override
    public CommandResult handle(Command.Bind command, CommandContext context) {
        if (context.sender().status() == PhoneStatus.SUSPENDED) {
            return CommandResult.of(CommandOutcome.FORBIDDEN, ReplyKeys.ERROR_SUSPENDED);
        }
        PhoneBindings.Attempt attempt = bindings.confirm(context.sender().phoneId(), command.bindingCode());
        return switch (attempt.outcome()) {
            case CONFIRMED -> CommandResult.of(CommandOutcome.OK, ReplyKeys.BD_OK);
            case WRONG -> CommandResult.of(CommandOutcome.FORBIDDEN, ReplyKeys.BD_WRONG, attempt.triesLeft());
            case EXPIRED -> CommandResult.of(CommandOutcome.EXPIRED, ReplyKeys.BD_EXPIRED);
            case LOCKED -> CommandResult.of(CommandOutcome.FORBIDDEN, ReplyKeys.BD_LOCKED);
            case NONE -> CommandResult.of(CommandOutcome.NOT_FOUND, ReplyKeys.BD_NONE);
        };
    }
}

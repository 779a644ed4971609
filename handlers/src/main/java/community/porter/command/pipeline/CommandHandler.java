package community.porter.command.pipeline;

import community.porter.command.language.Command;
import community.porter.command.language.CommandCode;

/**
 * Runs one command of the SMS language. A handler decides and acts through the access core and
 * returns what should be answered; it never sends SMS itself, so its replies commit together
 * with its effects and the command-log row.
 *
 * @param <C> the command it runs
 */
public interface CommandHandler<C extends Command> {

    /** The command this handler runs. */
    CommandCode code();

    /** Who may send the command at all; finer rules (rooms, scope) are the handler's own. */
    Audience audience();

    /** Runs the command for a sender the pipeline has identified, authorised and rate-limited. */
    CommandResult handle(C command, CommandContext context);
}

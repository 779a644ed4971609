package community.porter.command.pipeline;

import community.porter.access.message.CommandOutcome;
import community.porter.access.message.UnregisteredContact;
import community.porter.access.message.UnregisteredContactRepository;
import community.porter.command.language.ReplyKeys;
import java.time.Clock;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * The visitor help for phones Porter does not know: sent at most once in 24 hours per phone,
 * then silence (SPEC §3.3), so nobody can use Porter to flood a number or run up its costs.
 */
@Component
public class VisitorHelp {

    private static final Duration QUIET_PERIOD = Duration.ofHours(24);

    private final UnregisteredContactRepository contacts;
    private final Clock clock;

    public VisitorHelp(UnregisteredContactRepository contacts, Clock clock) {
        this.contacts = contacts;
        this.clock = clock;
    }

    /**
     * Answers an unknown phone with the visitor help if it has not had it within 24 hours;
     * otherwise records {@code outcome} and stays silent. Joins the command's transaction.
     */
    public CommandResult offer(CommandContext context, CommandOutcome outcome) {
        UnregisteredContact contact = contacts.findById(context.phone())
                .orElseGet(() -> contacts.save(new UnregisteredContact(context.phone(), clock.instant())));
        if (contact.claimHelp(clock.instant(), QUIET_PERIOD)) {
            return new CommandResult(outcome, java.util.List.of(Reply.toSender(ReplyKeys.HELP_VISITOR)), "visitor help");
        }
        return CommandResult.silent(outcome, "visitor help already sent within 24 h");
    }
}

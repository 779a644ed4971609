package community.porter.command.query;

import community.porter.access.message.CommandOutcome;
import community.porter.command.language.Command;
import community.porter.command.language.CommandCode;
import community.porter.command.pipeline.Audience;
import community.porter.command.pipeline.CommandContext;
import community.porter.command.pipeline.CommandHandler;
import community.porter.command.pipeline.CommandResult;
import community.porter.command.pipeline.Reply;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@code CX}: a summary, {@code CX KP} cards, {@code CX JL [n]} the last n access records,
 * {@code CX FK} live visitor passes of the sender's rooms — or, for staff with {@code QUERY},
 * {@code CX <room>}: who lives there (masked names) and its doors. Each answer is cut to 3 parts by
 * the pipeline; lists are short by nature (n ≤ 10).
 */
@Component
class QueryHandler implements CommandHandler<Command.Query> {

    /** Records shown by {@code CX JL} without a count. */
    static final int DEFAULT_RECORDS = 5;

    private final OwnQueries own;
    private final RoomQuery room;

    QueryHandler(OwnQueries own, RoomQuery room) {
        this.own = own;
        this.room = room;
    }

    @Override
    public CommandCode code() {
        return CommandCode.CX;
    }

    @Override
    public Audience audience() {
        return Audience.REGISTERED;
    }

    @Override
    public CommandResult handle(Command.Query command, CommandContext context) {
        return switch (command.kind()) {
            case SUMMARY -> ok(own.summary(context));
            case CARDS -> ok(own.cards(context));
            case RECORDS -> ok(own.records(context, command.count().orElse(DEFAULT_RECORDS)));
            case PASSES -> ok(own.passes(context));
            case ROOM -> room.answer(command.room().orElseThrow(), context);
        };
    }

    private static CommandResult ok(String text) {
        return new CommandResult(CommandOutcome.OK, List.of(Reply.textToSender(text)), null);
    }
}

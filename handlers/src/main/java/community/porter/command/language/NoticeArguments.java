package community.porter.command.language;

import static community.porter.command.language.Arguments.fail;

import java.util.Optional;
import java.util.Set;

/** Arguments of the notice commands {@code DY [channel]}, {@code TD [channel]}, {@code GB <target> <text>}. */
final class NoticeArguments {

    /** {@code TD ALL} / {@code STOP ALL} mean what a bare {@code TD} means: opt out of everything. */
    private static final Set<String> ALL = Set.of("ALL", "全部");
    /** The whole community as a broadcast scope. */
    private static final Set<String> EVERYONE = Set.of("全部", "全体", "全體");

    private NoticeArguments() {
    }

    static Command.Subscribe subscribe(Arguments args) {
        return new Command.Subscribe(channel(args, SyntaxHint.DY, SyntaxHint.DY_CHANNEL));
    }

    static Command.Unsubscribe unsubscribe(Arguments args) {
        return new Command.Unsubscribe(channel(args, SyntaxHint.TD, SyntaxHint.TD_CHANNEL));
    }

    private static Optional<String> channel(Arguments args, SyntaxHint usage, SyntaxHint wrong) {
        if (!args.hasMore()) {
            return Optional.empty();
        }
        String word = args.next(usage).upper();
        args.end(usage);
        if (usage == SyntaxHint.TD && ALL.contains(word)) {
            return Optional.empty();
        }
        if (!Syntax.matches(Syntax.CHANNEL, word)) {
            throw fail(wrong);
        }
        return Optional.of(word);
    }

    /** {@code GB <channel or scope> <text>}; the target is not split from text stuck to it. */
    static Command.Broadcast broadcast(Arguments args) {
        String target = args.next(SyntaxHint.GB).upper();
        if (EVERYONE.contains(target)) {
            target = "ALL";
        } else if (!Syntax.matches(Syntax.CHANNEL, target) && !Syntax.matches(Syntax.SCOPE, target)) {
            throw fail(SyntaxHint.GB_TARGET);
        }
        String text = args.freeText();
        if (text.isEmpty()) {
            throw fail(SyntaxHint.GB_TEXT);
        }
        if (Syntax.length(text) > Syntax.TEXT_MAX) {
            throw fail(SyntaxHint.GB_LONG, Syntax.TEXT_MAX);
        }
        return new Command.Broadcast(target, text);
    }
}

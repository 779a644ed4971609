package community.porter.command.language;

import java.util.Optional;

/** Arguments of the card commands {@code GS [card]} and {@code JG <card> <secret>}. */
final class CardArguments {

    private CardArguments() {
    }

    static Command.ReportLost reportLost(Arguments args) {
        if (!args.hasMore()) {
            return new Command.ReportLost(Optional.empty());
        }
        String card = args.nextMatching(Syntax.CARD, SyntaxHint.GS, SyntaxHint.GS_CARD);
        args.end(SyntaxHint.GS);
        return new Command.ReportLost(Optional.of(card));
    }

    static Command.Unblock unblock(Arguments args) {
        String card = args.nextMatching(Syntax.CARD, SyntaxHint.JG, SyntaxHint.JG_CARD);
        String secret = args.nextMatching(Syntax.SECRET, SyntaxHint.JG_SECRET, SyntaxHint.JG_SECRET);
        args.end(SyntaxHint.JG);
        return new Command.Unblock(card, secret);
    }
}

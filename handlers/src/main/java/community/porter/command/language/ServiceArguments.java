package community.porter.command.language;

import static community.porter.command.language.Arguments.fail;

/** Arguments of {@code H}, {@code BX <text>}, {@code BD <code>} and {@code YY <lang>}. */
final class ServiceArguments {

    private ServiceArguments() {
    }

    static Command.Help help(Arguments args) {
        args.end(SyntaxHint.H);
        return new Command.Help();
    }

    static Command.Repair repair(Arguments args) {
        String text = args.freeText();
        if (text.isEmpty()) {
            throw fail(SyntaxHint.BX);
        }
        if (Syntax.length(text) > Syntax.TEXT_MAX) {
            throw fail(SyntaxHint.BX_LONG, Syntax.TEXT_MAX);
        }
        return new Command.Repair(text);
    }

    static Command.Bind bind(Arguments args) {
        String code = args.nextMatching(Syntax.BIND_CODE, SyntaxHint.BD, SyntaxHint.BD_CODE);
        args.end(SyntaxHint.BD);
        return new Command.Bind(code);
    }

    static Command.Language language(Arguments args) {
        String word = args.next(SyntaxHint.YY).text();
        ReplyLanguage lang = ReplyLanguage.of(word).orElseThrow(() -> fail(SyntaxHint.YY_LANG));
        args.end(SyntaxHint.YY);
        return new Command.Language(lang);
    }
}

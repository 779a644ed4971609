package community.porter.command.language;

import static community.porter.command.language.Arguments.fail;

import java.util.Map;
import java.util.Optional;

/** Arguments of {@code CX}: nothing, {@code KP}, {@code JL [n]}, {@code FK} or a room. */
final class QueryArguments {

    /** The sub-keywords, with the Chinese words people write for them. */
    private static final Map<String, QueryKind> KINDS = Map.ofEntries(
            Map.entry("KP", QueryKind.CARDS),
            Map.entry("卡", QueryKind.CARDS),
            Map.entry("门卡", QueryKind.CARDS),
            Map.entry("門卡", QueryKind.CARDS),
            Map.entry("JL", QueryKind.RECORDS),
            Map.entry("记录", QueryKind.RECORDS),
            Map.entry("記錄", QueryKind.RECORDS),
            Map.entry("FK", QueryKind.PASSES),
            Map.entry("访客", QueryKind.PASSES),
            Map.entry("訪客", QueryKind.PASSES));

    private QueryArguments() {
    }

    static Command.Query query(Arguments args) {
        if (!args.hasMore()) {
            return new Command.Query(QueryKind.SUMMARY);
        }
        splitRecordsCount(args);
        String word = args.next(SyntaxHint.CX).upper();
        QueryKind kind = KINDS.get(word);
        Command.Query query;
        if (kind == QueryKind.RECORDS) {
            query = new Command.Query(kind, count(args), Optional.empty());
        } else if (kind != null) {
            query = new Command.Query(kind);
        } else if (Syntax.matches(Syntax.ROOM, word)) {
            query = new Command.Query(QueryKind.ROOM, Optional.empty(), Optional.of(word));
        } else {
            throw fail(SyntaxHint.CX_KIND);
        }
        args.end(SyntaxHint.CX);
        return query;
    }

    /** {@code JL5} and {@code 记录5} are {@code JL 5}. */
    private static void splitRecordsCount(Arguments args) {
        for (String records : new String[] {"JL", "记录", "記錄"}) {
            args.splitBeforeDigits(records);
        }
    }

    private static Optional<Integer> count(Arguments args) {
        if (!args.hasMore()) {
            return Optional.empty();
        }
        String word = args.next(SyntaxHint.CX).upper();
        if (!Syntax.matches(Syntax.SMALL_NUMBER, word)) {
            throw fail(SyntaxHint.CX_COUNT, Syntax.RECORDS_MAX);
        }
        int n = Integer.parseInt(word);
        if (n < 1 || n > Syntax.RECORDS_MAX) {
            throw fail(SyntaxHint.CX_COUNT, Syntax.RECORDS_MAX);
        }
        return Optional.of(n);
    }
}

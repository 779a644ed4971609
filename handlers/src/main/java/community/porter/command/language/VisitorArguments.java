package community.porter.command.language;

import static community.porter.command.language.Arguments.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Arguments of the visitor commands: {@code SQ}, {@code TY}, {@code JJ}, {@code FK}, {@code LH}. */
final class VisitorArguments {

    /** Days for {@code FK}, optionally with a unit: {@code 3}, {@code 3天}, {@code 3D}. */
    private static final Pattern DAYS = Pattern.compile("([0-9]{1,3})(天|D|DAY|DAYS)?");
    /** What may follow a room number stuck to a name: {@code 3-1-201室张三}. */
    private static final String ROOM_SUFFIXES = "室号號";

    private VisitorArguments() {
    }

    /**
     * {@code SQ <room> <name> [type]}. The name may be several words ({@code John Smith}); a
     * last word that is a visitor type is the type, also when written straight after the name
     * ({@code 张三快递}). Visitors are the least practised senders, so a room stuck to the name
     * ({@code 申请3-1-201张三}) is split too.
     */
    static Command.VisitRequest visitRequest(Arguments args) {
        if (!args.hasMore()) {
            throw fail(SyntaxHint.SQ);
        }
        args.splitBeforeText(Syntax.ROOM, ROOM_SUFFIXES);
        String room = args.nextMatching(Syntax.ROOM, SyntaxHint.SQ, SyntaxHint.SQ_ROOM);
        List<Token> words = new ArrayList<>(args.rest());
        if (words.isEmpty() || words.size() == 1 && VisitorType.of(words.get(0).text()).isPresent()) {
            throw fail(SyntaxHint.SQ_NAME, Syntax.NAME_MAX);
        }
        VisitorType type = VisitorType.FK;
        Token last = words.get(words.size() - 1);
        Optional<VisitorType> lastType = VisitorType.of(last.text());
        Optional<String> stuckType = VisitorType.chineseSuffixOf(last.text());
        if (lastType.isPresent()) {
            type = lastType.get();
            words.remove(words.size() - 1);
        } else if (stuckType.isPresent()) {
            int nameLength = last.text().length() - stuckType.get().length();
            type = VisitorType.of(stuckType.get()).orElseThrow();
            words.set(words.size() - 1, last.upTo(nameLength));
        }
        String name = Arguments.join(words);
        if (!Syntax.isVisitorName(name)) {
            throw fail(SyntaxHint.SQ_NAME, Syntax.NAME_MAX);
        }
        return new Command.VisitRequest(room, name, type);
    }

    /** {@code TY <approval code>}. */
    static Command.Approve approve(Arguments args) {
        return new Command.Approve(approvalCode(args, SyntaxHint.TY, SyntaxHint.TY_CODE));
    }

    /** {@code JJ <approval code>}. */
    static Command.Deny deny(Arguments args) {
        return new Command.Deny(approvalCode(args, SyntaxHint.JJ, SyntaxHint.JJ_CODE));
    }

    private static String approvalCode(Arguments args, SyntaxHint usage, SyntaxHint wrong) {
        String code = args.nextMatching(Syntax.APPROVAL_CODE, usage, wrong);
        args.end(usage);
        return code;
    }

    /** {@code FK <phone> [type] [days]}; type and days in either order, each at most once. */
    static Command.Invite invite(Arguments args) {
        String phone = args.nextMatching(Syntax.PHONE, SyntaxHint.FK, SyntaxHint.FK_PHONE);
        VisitorType type = null;
        Integer days = null;
        while (args.hasMore()) {
            if (type != null && days != null) {
                throw fail(SyntaxHint.FK);
            }
            String word = args.next(SyntaxHint.FK).upper();
            Optional<VisitorType> asType = VisitorType.of(word);
            Matcher asDays = DAYS.matcher(word);
            if (asType.isPresent()) {
                if (type != null) {
                    throw fail(SyntaxHint.FK);
                }
                type = asType.get();
            } else if (asDays.matches()) {
                int n = Integer.parseInt(asDays.group(1));
                if (days != null) {
                    throw fail(SyntaxHint.FK);
                }
                if (n < 1 || n > Syntax.DAYS_MAX) {
                    throw fail(SyntaxHint.FK_DAYS, Syntax.DAYS_MAX);
                }
                days = n;
            } else if (Syntax.matches(Syntax.DIGITS, word)) {
                throw fail(SyntaxHint.FK_DAYS, Syntax.DAYS_MAX);
            } else {
                throw fail(SyntaxHint.FK_TYPE);
            }
        }
        return new Command.Invite(phone, type == null ? VisitorType.FK : type, Optional.ofNullable(days));
    }

    /** {@code LH <phone> [reason]}; the reason is free text. */
    static Command.Blacklist blacklist(Arguments args) {
        args.splitBeforeText(Syntax.PHONE, "");
        String phone = args.nextMatching(Syntax.PHONE, SyntaxHint.LH, SyntaxHint.LH_PHONE);
        String reason = args.freeText();
        if (Syntax.length(reason) > Syntax.REASON_MAX) {
            throw fail(SyntaxHint.LH_LONG, Syntax.REASON_MAX);
        }
        return new Command.Blacklist(phone, reason.isEmpty() ? Optional.empty() : Optional.of(reason));
    }
}

package community.porter.command.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import community.porter.command.language.Command.Approve;
import community.porter.command.language.Command.Bind;
import community.porter.command.language.Command.Blacklist;
import community.porter.command.language.Command.Broadcast;
import community.porter.command.language.Command.Deny;
import community.porter.command.language.Command.Help;
import community.porter.command.language.Command.Invite;
import community.porter.command.language.Command.Language;
import community.porter.command.language.Command.OpenDoor;
import community.porter.command.language.Command.Query;
import community.porter.command.language.Command.Repair;
import community.porter.command.language.Command.ReportLost;
import community.porter.command.language.Command.Subscribe;
import community.porter.command.language.Command.Unblock;
import community.porter.command.language.Command.Unsubscribe;
import community.porter.command.language.Command.VisitRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Well-formed messages: every command, every alias, every way of writing it. */
class CommandParserTest {

    private final CommandParser parser = new CommandParser();

    static void assertParses(CommandParser parser, String message, Command expected) {
        ParseResult result = parser.parse(message);
        assertThat(result).as("parse of \"%s\"", message).isInstanceOf(Parsed.class);
        assertThat(((Parsed) result).command()).as("command of \"%s\"", message).isEqualTo(expected);
    }

    // ---- every alias, in every form ----

    /** One well-formed example per command: its arguments after the keyword, and the command. */
    static final Map<CommandCode, Map.Entry<String, Command>> EXAMPLES = Map.ofEntries(
            Map.entry(CommandCode.H, Map.entry("", new Help())),
            Map.entry(CommandCode.KM, Map.entry("3-1 1234", new OpenDoor(Optional.of("3-1"), Optional.of("1234")))),
            Map.entry(CommandCode.SQ, Map.entry("3-1-201 张三 快递", new VisitRequest("3-1-201", "张三", VisitorType.KD))),
            Map.entry(CommandCode.TY, Map.entry("4821", new Approve("4821"))),
            Map.entry(CommandCode.JJ, Map.entry("4821", new Deny("4821"))),
            Map.entry(CommandCode.FK, Map.entry("13800000000 KD 3",
                    new Invite("13800000000", VisitorType.KD, Optional.of(3)))),
            Map.entry(CommandCode.CX, Map.entry("JL 5", new Query(QueryKind.RECORDS, Optional.of(5), Optional.empty()))),
            Map.entry(CommandCode.GS, Map.entry("d0001", new ReportLost(Optional.of("D0001")))),
            Map.entry(CommandCode.JG, Map.entry("D0001 1234", new Unblock("D0001", "1234"))),
            Map.entry(CommandCode.DY, Map.entry("tz", new Subscribe(Optional.of("TZ")))),
            Map.entry(CommandCode.TD, Map.entry("TZ", new Unsubscribe(Optional.of("TZ")))),
            Map.entry(CommandCode.BX, Map.entry("水管漏水", new Repair("水管漏水"))),
            Map.entry(CommandCode.BD, Map.entry("123456", new Bind("123456"))),
            Map.entry(CommandCode.GB, Map.entry("TZ 明天停水", new Broadcast("TZ", "明天停水"))),
            Map.entry(CommandCode.LH, Map.entry("13800000000 冒充快递",
                    new Blacklist("13800000000", Optional.of("冒充快递")))),
            Map.entry(CommandCode.YY, Map.entry("EN", new Language(ReplyLanguage.EN))));

    static Stream<org.junit.jupiter.params.provider.Arguments> everyKeywordInEveryForm() {
        List<org.junit.jupiter.params.provider.Arguments> cases = new ArrayList<>();
        for (CommandCode code : CommandCode.values()) {
            String args = EXAMPLES.get(code).getKey();
            Command expected = EXAMPLES.get(code).getValue();
            List<String> keywords = new ArrayList<>(code.aliases());
            keywords.add(0, code.name());
            for (String keyword : keywords) {
                String message = join(keyword, args);
                cases.add(arguments("as written", message, expected));
                cases.add(arguments("lower case", message.toLowerCase(java.util.Locale.ROOT), expected));
                cases.add(arguments("mixed case", mixedCase(keyword) + message.substring(keyword.length()), expected));
                cases.add(arguments("full width", fullWidth(message), expected));
                cases.add(arguments("padded", " \t" + message + "\n ", expected));
                if (keyword.chars().anyMatch(c -> c > 0x7F) && !args.isEmpty()) {
                    cases.add(arguments("stuck to its argument", keyword + args, expected));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "[{index}] {0}: \"{1}\"")
    @MethodSource("everyKeywordInEveryForm")
    void everyKeywordIsUnderstoodInEveryForm(String form, String message, Command expected) {
        assertParses(parser, message, expected);
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> everyCommandWithEverySeparator() {
        List<String> separators = List.of(" ", "  ", ",", "，", "#", "＃", ":", "：", "\t", "\n", "\r\n", "\u3000",
                " , ", "、", "\u00A0");
        return Stream.of(CommandCode.values())
                .filter(code -> !EXAMPLES.get(code).getKey().isEmpty())
                .flatMap(code -> separators.stream().map(sep -> arguments(
                        sep.codePoints().mapToObj(c -> String.format("U+%04X", c)).toList(),
                        code.name() + sep + EXAMPLES.get(code).getKey().replace(" ", sep),
                        EXAMPLES.get(code).getValue())));
    }

    @ParameterizedTest(name = "[{index}] separator {0}: \"{1}\"")
    @MethodSource("everyCommandWithEverySeparator")
    void everySeparatorSeparatesArguments(Object separator, String message, Command expected) {
        assertParses(parser, message, expected);
    }

    // ---- each command's grammar ----

    static Stream<org.junit.jupiter.params.provider.Arguments> wellFormedMessages() {
        return Stream.of(
                // H
                arguments("H", new Help()),
                arguments("?", new Help()),
                arguments("Help", new Help()),
                arguments("help?", new Help()),
                arguments("？", new Help()),
                // KM: door, PIN, either, both, either order
                arguments("KM", new OpenDoor(Optional.empty(), Optional.empty())),
                arguments("KM 3-1", new OpenDoor(Optional.of("3-1"), Optional.empty())),
                arguments("KM gate", new OpenDoor(Optional.of("GATE"), Optional.empty())),
                arguments("KM 大门", new OpenDoor(Optional.of("GATE"), Optional.empty())),
                arguments("開門大門", new OpenDoor(Optional.of("GATE"), Optional.empty())),
                arguments("KM garage-b2", new OpenDoor(Optional.of("GARAGE-B2"), Optional.empty())),
                arguments("KM 1234", new OpenDoor(Optional.empty(), Optional.of("1234"))),
                arguments("KM 123456", new OpenDoor(Optional.empty(), Optional.of("123456"))),
                arguments("KM 12", new OpenDoor(Optional.of("12"), Optional.empty())),
                arguments("KM 3-1 1234", new OpenDoor(Optional.of("3-1"), Optional.of("1234"))),
                arguments("KM 1234 3-1", new OpenDoor(Optional.of("3-1"), Optional.of("1234"))),
                arguments("开门1-1", new OpenDoor(Optional.of("1-1"), Optional.empty())),
                arguments("KM3-1", new OpenDoor(Optional.of("3-1"), Optional.empty())),
                arguments("KM ABCDEFGHIJKLMNOP", new OpenDoor(Optional.of("ABCDEFGHIJKLMNOP"), Optional.empty())),
                // SQ: name of one or more words, optional type as code or word, stuck forms
                arguments("SQ 3-1-201 张三", new VisitRequest("3-1-201", "张三", VisitorType.FK)),
                arguments("SQ 3-1-201 张三 kd", new VisitRequest("3-1-201", "张三", VisitorType.KD)),
                arguments("SQ 3-1-201 张三 外卖", new VisitRequest("3-1-201", "张三", VisitorType.WM)),
                arguments("SQ 3-1-201 张三 外賣", new VisitRequest("3-1-201", "张三", VisitorType.WM)),
                arguments("SQ 3-1-201 张三 维修", new VisitRequest("3-1-201", "张三", VisitorType.WX)),
                arguments("SQ 3-1-201 张三 維修", new VisitRequest("3-1-201", "张三", VisitorType.WX)),
                arguments("SQ 3-1-201 张三 送水", new VisitRequest("3-1-201", "张三", VisitorType.SS)),
                arguments("SQ 3-1-201 张三 访客", new VisitRequest("3-1-201", "张三", VisitorType.FK)),
                arguments("SQ 3-1-201 张三 訪客", new VisitRequest("3-1-201", "张三", VisitorType.FK)),
                arguments("SQ 3-1-201 张三 快遞", new VisitRequest("3-1-201", "张三", VisitorType.KD)),
                arguments("SQ 3-1-201 John Smith", new VisitRequest("3-1-201", "John Smith", VisitorType.FK)),
                arguments("SQ 3-1-201 John Smith WX", new VisitRequest("3-1-201", "John Smith", VisitorType.WX)),
                arguments("sq a-1-201 Li", new VisitRequest("A-1-201", "Li", VisitorType.FK)),
                arguments("SQ 3-1-201 阿卜杜·热合曼", new VisitRequest("3-1-201", "阿卜杜·热合曼", VisitorType.FK)),
                arguments("SQ 3-1-201 O'Brien", new VisitRequest("3-1-201", "O'Brien", VisitorType.FK)),
                arguments("SQ 3-1-201 顺丰3号 快递", new VisitRequest("3-1-201", "顺丰3号", VisitorType.KD)),
                arguments("SQ 3-1-201 张三快递", new VisitRequest("3-1-201", "张三", VisitorType.KD)),
                arguments("申请3-1-201张三", new VisitRequest("3-1-201", "张三", VisitorType.FK)),
                arguments("申请3-1-201张三快递", new VisitRequest("3-1-201", "张三", VisitorType.KD)),
                arguments("申請 3-1-201室 張三", new VisitRequest("3-1-201", "張三", VisitorType.FK)),
                arguments("申请 3-1-201室张三 送水", new VisitRequest("3-1-201", "张三", VisitorType.SS)),
                arguments("ＳＱ　３－１－２０１　张三　ＫＤ", new VisitRequest("3-1-201", "张三", VisitorType.KD)),
                arguments("SQ 3-1-201 " + "张".repeat(20), new VisitRequest("3-1-201", "张".repeat(20), VisitorType.FK)),
                // TY / JJ
                arguments("TY 0000", new Approve("0000")),
                arguments("同意4821", new Approve("4821")),
                arguments("TY4821", new Approve("4821")),
                arguments("拒絕 4821", new Deny("4821")),
                arguments("JJ:4821", new Deny("4821")),
                arguments("同意 4821.", new Approve("4821")),
                arguments("TY 4821。", new Approve("4821")),
                arguments("拒绝4821！", new Deny("4821")),
                // FK: type and days in either order, days with a unit
                arguments("FK 13800000000", new Invite("13800000000", VisitorType.FK, Optional.empty())),
                arguments("FK +8613800000000", new Invite("+8613800000000", VisitorType.FK, Optional.empty())),
                arguments("FK 13800000000 维修", new Invite("13800000000", VisitorType.WX, Optional.empty())),
                arguments("FK 13800000000 7", new Invite("13800000000", VisitorType.FK, Optional.of(7))),
                arguments("FK 13800000000 1天", new Invite("13800000000", VisitorType.FK, Optional.of(1))),
                arguments("FK 13800000000 2d", new Invite("13800000000", VisitorType.FK, Optional.of(2))),
                arguments("FK 13800000000 3 ss", new Invite("13800000000", VisitorType.SS, Optional.of(3))),
                arguments("访客13800000000 快递 2", new Invite("13800000000", VisitorType.KD, Optional.of(2))),
                arguments("FK 12345", new Invite("12345", VisitorType.FK, Optional.empty())),
                // CX
                arguments("CX", new Query(QueryKind.SUMMARY)),
                arguments("查询", new Query(QueryKind.SUMMARY)),
                arguments("CX KP", new Query(QueryKind.CARDS)),
                arguments("CX kp", new Query(QueryKind.CARDS)),
                arguments("查询门卡", new Query(QueryKind.CARDS)),
                arguments("查詢 卡", new Query(QueryKind.CARDS)),
                arguments("CX JL", new Query(QueryKind.RECORDS)),
                arguments("CX JL 1", new Query(QueryKind.RECORDS, Optional.of(1), Optional.empty())),
                arguments("CX JL 10", new Query(QueryKind.RECORDS, Optional.of(10), Optional.empty())),
                arguments("CX JL5", new Query(QueryKind.RECORDS, Optional.of(5), Optional.empty())),
                arguments("查询记录", new Query(QueryKind.RECORDS)),
                arguments("查询记录3", new Query(QueryKind.RECORDS, Optional.of(3), Optional.empty())),
                arguments("查詢 記錄 3", new Query(QueryKind.RECORDS, Optional.of(3), Optional.empty())),
                arguments("CX FK", new Query(QueryKind.PASSES)),
                arguments("查询访客", new Query(QueryKind.PASSES)),
                arguments("CX 3-1-201", new Query(QueryKind.ROOM, Optional.empty(), Optional.of("3-1-201"))),
                // GS / JG
                arguments("GS", new ReportLost(Optional.empty())),
                arguments("挂失", new ReportLost(Optional.empty())),
                arguments("掛失D0001", new ReportLost(Optional.of("D0001"))),
                arguments("GS " + "A".repeat(20), new ReportLost(Optional.of("A".repeat(20)))),
                arguments("JG d0001 1234", new Unblock("D0001", "1234")),
                arguments("JG D0001 123x", new Unblock("D0001", "123X")),
                arguments("解掛 D0001 654321", new Unblock("D0001", "654321")),
                // DY / TD
                arguments("DY", new Subscribe(Optional.empty())),
                arguments("訂閱 AQ", new Subscribe(Optional.of("AQ"))),
                arguments("DY notices", new Subscribe(Optional.of("NOTICES"))),
                arguments("TD", new Unsubscribe(Optional.empty())),
                arguments("STOP", new Unsubscribe(Optional.empty())),
                arguments("stop", new Unsubscribe(Optional.empty())),
                arguments("STOP ALL", new Unsubscribe(Optional.empty())),
                arguments("退订全部", new Unsubscribe(Optional.empty())),
                arguments("退订TS", new Unsubscribe(Optional.of("TS"))),
                // BX: free text keeps punctuation, case and full-width characters
                arguments("BX 厨房水管漏水，请尽快来！", new Repair("厨房水管漏水，请尽快来！")),
                arguments("报修：3号楼电梯坏了", new Repair("3号楼电梯坏了")),
                arguments("BX Kitchen pipe, leaking!\nPlease come", new Repair("Kitchen pipe, leaking! Please come")),
                arguments("BX 灯坏了😢", new Repair("灯坏了😢")),
                arguments("BX 漏水了!", new Repair("漏水了!")),
                arguments("BX " + "漏".repeat(300), new Repair("漏".repeat(300))),
                arguments("BX " + "😀".repeat(300), new Repair("😀".repeat(300))),
                // BD
                arguments("BD 000000", new Bind("000000")),
                arguments("绑定123456", new Bind("123456")),
                // GB: channel or scope, then free text
                arguments("GB TZ 明天9点停水，请储水。", new Broadcast("TZ", "明天9点停水，请储水。")),
                arguments("GB gate 门口施工", new Broadcast("GATE", "门口施工")),
                arguments("GB 3 三号楼今晚停电", new Broadcast("3", "三号楼今晚停电")),
                arguments("GB 3-1 电梯维护", new Broadcast("3-1", "电梯维护")),
                arguments("广播 全体 消防演习", new Broadcast("ALL", "消防演习")),
                arguments("GB AQ Fire drill at 10:00, stay calm", new Broadcast("AQ", "Fire drill at 10:00, stay calm")),
                // LH
                arguments("LH 13800000000", new Blacklist("13800000000", Optional.empty())),
                arguments("LH +8613800000000 冒充快递，多次骚扰", new Blacklist("+8613800000000", Optional.of("冒充快递，多次骚扰"))),
                arguments("拉黑13800000000骚扰", new Blacklist("13800000000", Optional.of("骚扰"))),
                // YY
                arguments("YY ZH", new Language(ReplyLanguage.ZH)),
                arguments("YY zh", new Language(ReplyLanguage.ZH)),
                arguments("YY CN", new Language(ReplyLanguage.ZH)),
                arguments("语言中文", new Language(ReplyLanguage.ZH)),
                arguments("語言 英文", new Language(ReplyLanguage.EN)),
                arguments("YY English", new Language(ReplyLanguage.EN)));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" is {1}")
    @MethodSource("wellFormedMessages")
    void wellFormedMessagesParseToTheirCommand(String message, Command expected) {
        assertParses(parser, message, expected);
    }

    @Test
    void theParsedCommandCarriesTheNormalisedText() {
        assertThat(parser.parse("  ＫＭ　３－１，１２３４ ")).isEqualTo(
                new Parsed(new OpenDoor(Optional.of("3-1"), Optional.of("1234")), "KM 3-1 1234"));
    }

    @Test
    void everyCommandsCodeIsItsKeyword() {
        EXAMPLES.forEach((code, example) -> assertThat(example.getValue().code()).isEqualTo(code));
    }

    private static String join(String keyword, String args) {
        return args.isEmpty() ? keyword : keyword + " " + args;
    }

    private static String mixedCase(String keyword) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < keyword.length(); i++) {
            char c = keyword.charAt(i);
            out.append(i % 2 == 0 ? Character.toLowerCase(c) : Character.toUpperCase(c));
        }
        return out.toString();
    }

    /** The message as a phone in full-width mode types it: ASCII to U+FF01–U+FF5E, space to U+3000. */
    static String fullWidth(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(c == ' ' ? '\u3000' : c >= '!' && c <= '~' ? (char) (c + 0xFEE0) : c);
        }
        return out.toString();
    }
}

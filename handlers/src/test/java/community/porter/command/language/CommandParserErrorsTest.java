package community.porter.command.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Messages that are not commands, and the hint each one gets. */
class CommandParserErrorsTest {

    private final CommandParser parser = new CommandParser();

    @ParameterizedTest(name = "[{index}] \"{0}\" is an unknown command")
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t\n", "，，", "hello", "你好", "开", "KMX 3-1", "门开", "OPEN", "1234", "3-1-201",
            "HI", "STOPP", "😀", "\uD800", "\u0000", "GSD0001", "快递 3-1-201 张三"})
    void blankMessagesAndUnknownKeywordsAreUnknownCommands(String message) {
        assertThat(parser.parse(message)).isEqualTo(ParseError.unknownCommand());
        assertThat(ParseError.unknownCommand()).satisfies(error -> {
            assertThat(error.code()).isNull();
            assertThat(error.kind()).isEqualTo(ParseError.Kind.UNKNOWN_COMMAND);
            assertThat(error.messageKey()).isEqualTo("unknown.command");
            assertThat(error.args()).isEmpty();
        });
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            H 1                        | syntax.h
            HELP me                    | syntax.h
            帮助我                      | syntax.h
            ? KM                       | syntax.h
            KM 3-1 GATE                | syntax.km
            KM 1234 5678               | syntax.km
            KM 3-1 1234 extra          | syntax.km
            KM 三号门                   | syntax.km.door
            KM 3/1                     | syntax.km.door
            KM -3-1                    | syntax.km.door
            KM 3--1                    | syntax.km.door
            KM ABCDEFGHIJKLMNOPQ       | syntax.km.door
            KM 3-1 123                 | syntax.km.pin
            KM 3-1 1234567             | syntax.km.pin
            KM 1234567                 | syntax.km.pin
            开门 3-1 12                 | syntax.km.pin
            SQ                         | syntax.sq
            申请                        | syntax.sq
            SQ 张三                     | syntax.sq.room
            SQ 3-1 张三                 | syntax.sq.room
            SQ 3-1-201-1 张三           | syntax.sq.room
            SQ 3-1-2011111 张三         | syntax.sq.room
            SQ 3栋1单元201 张三           | syntax.sq.room
            SQ 3-1-201                 | syntax.sq.name
            SQ 3-1-201 快递             | syntax.sq.name
            SQ 3-1-201 KD              | syntax.sq.name
            SQ 3-1-201 12345           | syntax.sq.name
            SQ 3-1-201 😀              | syntax.sq.name
            SQ 3-1-201 张三😀           | syntax.sq.name
            SQ 3-1-201 http://x.cn     | syntax.sq.name
            SQ 3-1-201 张三张三张三张三张三张三张三张三张三张三张 | syntax.sq.name
            TY                         | syntax.ty
            TY 4821 谢谢                | syntax.ty
            TY 482                     | syntax.ty.code
            TY 48210                   | syntax.ty.code
            TY abcd                    | syntax.ty.code
            同意 四八二一                | syntax.ty.code
            JJ                         | syntax.jj
            JJ 4821 4822               | syntax.jj
            拒绝48                      | syntax.jj.code
            FK                         | syntax.fk
            FK 138                     | syntax.fk.phone
            FK 1380000000012345678901  | syntax.fk.phone
            FK +86 13800000000         | syntax.fk.phone
            FK 138-0000-0000           | syntax.fk.phone
            FK 张三                     | syntax.fk.phone
            FK 13800000000 XX          | syntax.fk.type
            FK 13800000000 朋友         | syntax.fk.type
            FK 13800000000 0           | syntax.fk.days
            FK 13800000000 8           | syntax.fk.days
            FK 13800000000 8天          | syntax.fk.days
            FK 13800000000 12345       | syntax.fk.days
            FK 13800000000 KD WM       | syntax.fk
            FK 13800000000 2 3         | syntax.fk
            FK 13800000000 KD 2 extra  | syntax.fk
            CX XX                      | syntax.cx.kind
            CX 3-1                     | syntax.cx.kind
            查询余额                     | syntax.cx.kind
            CX JL 0                    | syntax.cx.count
            CX JL 11                   | syntax.cx.count
            CX JL 1000                 | syntax.cx.count
            CX JL five                 | syntax.cx.count
            CX JL0                     | syntax.cx.count
            CX KP 2                    | syntax.cx
            CX JL 5 6                  | syntax.cx
            CX 3-1-201 x               | syntax.cx
            GS D0001 D0002             | syntax.gs
            GS D                       | syntax.gs.card
            GS D-0001                  | syntax.gs.card
            GS 门卡                     | syntax.gs.card
            GS ABCDEFGHIJKLMNOPQRSTU   | syntax.gs.card
            JG                         | syntax.jg
            JG D0001 1234 x            | syntax.jg
            JG D-1 1234                | syntax.jg.card
            JG D0001                   | syntax.jg.secret
            JG D0001 123               | syntax.jg.secret
            JG D0001 1234567           | syntax.jg.secret
            JG D0001 12Y4              | syntax.jg.secret
            DY TZ TS                   | syntax.dy
            DY T                       | syntax.dy.channel
            DY TZ1                     | syntax.dy.channel
            DY ABCDEFGHI               | syntax.dy.channel
            DY 通知                     | syntax.dy.channel
            TD TZ TS                   | syntax.td
            STOP 12                    | syntax.td.channel
            退订 通知                   | syntax.td.channel
            BX                         | syntax.bx
            报修                        | syntax.bx
            BD                         | syntax.bd
            BD 123456 7                | syntax.bd
            BD 12345                   | syntax.bd.code
            BD 1234567                 | syntax.bd.code
            绑定abcdef                  | syntax.bd.code
            GB                         | syntax.gb
            GB 明天停水                  | syntax.gb.target
            GB 3号楼 明天停水             | syntax.gb.target
            GB 3-1-201-5 停水           | syntax.gb.target
            GB TZ                      | syntax.gb.text
            GB 3-1                     | syntax.gb.text
            LH                         | syntax.lh
            LH 张三                     | syntax.lh.phone
            LH 138                     | syntax.lh.phone
            YY                         | syntax.yy
            YY EN ZH                   | syntax.yy
            YY FR                      | syntax.yy.lang
            YY 日文                     | syntax.yy.lang
            """)
    void eachWrongArgumentGetsItsOwnHint(String message, String key) {
        ParseResult result = parser.parse(message);
        assertThat(result).as("parse of \"%s\"", message).isInstanceOf(ParseError.class);
        ParseError error = (ParseError) result;
        assertThat(error.kind()).isEqualTo(ParseError.Kind.BAD_SYNTAX);
        assertThat(error.messageKey()).as("hint for \"%s\"", message).isEqualTo(key);
        assertThat(error.code()).as("code for \"%s\"", message).isEqualTo(hintFor(key).command());
    }

    @Test
    void limitsAreGivenToTheHintAsArguments() {
        assertThat(parser.parse("SQ 3-1-201")).isEqualTo(
                new ParseError(CommandCode.SQ, ParseError.Kind.BAD_SYNTAX, "syntax.sq.name", List.of(20)));
        assertThat(((ParseError) parser.parse("FK 13800000000 9")).args()).containsExactly(7);
        assertThat(((ParseError) parser.parse("CX JL 11")).args()).containsExactly(10);
        assertThat(((ParseError) parser.parse("BX " + "x".repeat(301))).args()).containsExactly(300);
        assertThat(((ParseError) parser.parse("GB TZ " + "x".repeat(301))).args()).containsExactly(300);
        assertThat(((ParseError) parser.parse("LH 13800000000 " + "x".repeat(101))).args()).containsExactly(100);
    }

    @Test
    void freeTextOverItsLimitGetsTheLengthHint() {
        assertThat(keyOf("BX " + "漏".repeat(301))).isEqualTo("syntax.bx.long");
        assertThat(keyOf("BX " + "😀".repeat(301))).isEqualTo("syntax.bx.long");
        assertThat(keyOf("GB TZ " + "停".repeat(301))).isEqualTo("syntax.gb.long");
        assertThat(keyOf("LH 13800000000 " + "骚".repeat(101))).isEqualTo("syntax.lh.long");
        assertThat(keyOf("LH 13800000000 " + "骚".repeat(100))).isNull();
    }

    @Test
    void everyCommandWithoutItsRequiredArgumentsGetsItsUsage() {
        for (CommandCode code : CommandCode.values()) {
            ParseResult result = parser.parse(code.name());
            if (result instanceof ParseError error) {
                assertThat(error.messageKey()).as("bare %s", code).isEqualTo(SyntaxHint.usageOf(code).key());
            }
        }
    }

    private String keyOf(String message) {
        return parser.parse(message) instanceof ParseError error ? error.messageKey() : null;
    }

    private static SyntaxHint hintFor(String key) {
        for (SyntaxHint hint : SyntaxHint.values()) {
            if (hint.key().equals(key)) {
                return hint;
            }
        }
        throw new AssertionError("no hint with key " + key);
    }
}

package community.porter.command.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The parser answers every input, however broken, with a result and never an exception. */
class CommandParserRobustnessTest {

    private static final long SEED = 20261123L;
    private static final int SAMPLES = 10_000;

    private static final Set<String> KNOWN_KEYS = Stream.concat(
                    Stream.of(SyntaxHint.values()).map(SyntaxHint::key),
                    Stream.of(ReplyKeys.UNKNOWN_COMMAND))
            .collect(Collectors.toUnmodifiableSet());

    /** Characters garbage is made of: each pool is chosen as often as the others. */
    private static final List<String> POOLS = List.of(
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
            "0123456789-----++",
            " ,#:，＃：、。\t\n\r\u3000\u00A0",
            "\u0000\u0001\u0007\u001B\u007F\u0085\u009F\u200B\u200D\uFEFF\u00AD\u2028",
            "ＡＢＫＭＳＱＴＹ０１２３４５６７８９－＋！？",
            "开門门申请同意拒绝访客查询挂失解挂订阅退订报修绑定广播拉黑语言快递外卖维修送水室号天全部中文英文",
            "\uD800\uDBFF\uDC00\uDFFF",
            "😀🏠🚪👨‍👩‍👧𠀀",
            "éßŉﬀİıſ\u0301\u0308ÅΩ",
            "'\"{}[]\\|~^€<>%&*()=_!?/.;@");

    @Test
    void tenThousandGarbageMessagesNeverThrowAndAlwaysNameAKnownHint() {
        Random random = new Random(SEED);
        CommandParser parser = new CommandParser();
        for (int i = 0; i < SAMPLES; i++) {
            String message = garbage(random);
            ParseResult result = parseSafely(parser, message);
            assertConsistent(result, message);
            if (result instanceof Parsed parsed && !takesFreeText(parsed.command())) {
                assertThat(parser.parse(parsed.normalisedText()))
                        .as("reparse of the normalised form of %s", escape(message))
                        .isEqualTo(result);
            }
        }
    }

    @ParameterizedTest(name = "[{index}] {0} followed by 10,000 characters")
    @EnumSource(CommandCode.class)
    void tenThousandCharacterArgumentsAreRefusedQuickly(CommandCode code) {
        CommandParser parser = new CommandParser();
        for (String filler : List.of("1", "a", "漏", "-", "😀", "\uD800", "1-", " x")) {
            String message = code.name() + " " + filler.repeat(10_000 / filler.length());
            ParseResult result = parseSafely(parser, message);
            assertConsistent(result, message);
        }
    }

    @Test
    void tenThousandCharactersOfNothingButSeparatorsAreAnUnknownCommand() {
        assertThat(new CommandParser().parse(" ，\t".repeat(3_334))).isEqualTo(ParseError.unknownCommand());
    }

    private static ParseResult parseSafely(CommandParser parser, String message) {
        ParseResult[] result = new ParseResult[1];
        assertThatCode(() -> result[0] = parser.parse(message))
                .as("parse of %s", escape(message))
                .doesNotThrowAnyException();
        return result[0];
    }

    private static void assertConsistent(ParseResult result, String message) {
        assertThat(result).as("result for %s", escape(message)).isNotNull();
        if (result instanceof ParseError error) {
            assertThat(KNOWN_KEYS).as("key for %s", escape(message)).contains(error.messageKey());
        } else if (result instanceof Parsed parsed) {
            assertThat(parsed.normalisedText()).doesNotStartWith(" ").doesNotEndWith(" ").doesNotContain("  ");
            assertThat(parsed.command().code()).isNotNull();
        }
    }

    private static boolean takesFreeText(Command command) {
        return command instanceof Command.Repair
                || command instanceof Command.Broadcast
                || command instanceof Command.Blacklist;
    }

    /** A random message: half start with a keyword so the argument parsers get garbage too. */
    private static String garbage(Random random) {
        StringBuilder out = new StringBuilder();
        if (random.nextBoolean()) {
            CommandCode code = CommandCode.values()[random.nextInt(CommandCode.values().length)];
            List<String> keywords = code.aliases();
            out.append(random.nextBoolean() || keywords.isEmpty() ? code.name() : keywords.get(random.nextInt(keywords.size())));
            if (random.nextBoolean()) {
                out.append(' ');
            }
        }
        int length = random.nextInt(100) == 0 ? 10_000 : random.nextInt(40);
        for (int i = 0; i < length; i++) {
            String pool = POOLS.get(random.nextInt(POOLS.size()));
            out.append(pool.charAt(random.nextInt(pool.length())));
        }
        return out.toString();
    }

    private static String escape(String message) {
        String head = message.length() > 80 ? message.substring(0, 80) + "…(" + message.length() + ")" : message;
        return head.chars()
                .mapToObj(c -> c < 0x20 || c >= 0x7F ? String.format("\\u%04X", c) : String.valueOf((char) c))
                .collect(Collectors.joining("", "\"", "\""));
    }
}

package community.porter.command.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CommandCodeTest {

    @ParameterizedTest(name = "[{index}] \"{0}\" names {1}")
    @CsvSource(delimiter = '|', textBlock = """
            H    | H
            HELP | H
            help | H
            ?    | H
            ？   | H
            帮助  | H
            幫助  | H
            KM   | KM
            km   | KM
            Km   | KM
            ＫＭ  | KM
            ｋｍ  | KM
            开门  | KM
            開門  | KM
            SQ   | SQ
            申请  | SQ
            申請  | SQ
            TY   | TY
            同意  | TY
            JJ   | JJ
            拒绝  | JJ
            拒絕  | JJ
            FK   | FK
            访客  | FK
            訪客  | FK
            CX   | CX
            查询  | CX
            查詢  | CX
            GS   | GS
            挂失  | GS
            掛失  | GS
            JG   | JG
            解挂  | JG
            解掛  | JG
            DY   | DY
            订阅  | DY
            訂閱  | DY
            TD   | TD
            退订  | TD
            退訂  | TD
            STOP | TD
            Stop | TD
            ＳＴＯＰ | TD
            BX   | BX
            报修  | BX
            報修  | BX
            BD   | BD
            绑定  | BD
            綁定  | BD
            GB   | GB
            广播  | GB
            廣播  | GB
            LH   | LH
            拉黑  | LH
            YY   | YY
            语言  | YY
            語言  | YY
            """)
    void everyKeywordNamesItsCommand(String keyword, CommandCode code) {
        assertThat(CommandCode.of(keyword)).contains(code);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" names no command")
    @ValueSource(strings = {"", " ", "K", "KMM", "HI", "HELPME", "??", "开", "开门吧吧x", "STOPP", "门开", "ＫＭＸ"})
    void otherWordsNameNoCommand(String word) {
        assertThat(CommandCode.of(word)).isEmpty();
    }

    @Test
    void nullNamesNoCommand() {
        assertThat(CommandCode.of(null)).isEmpty();
        assertThat(CommandCode.ofPrefix(null)).isEmpty();
    }

    static Stream<Arguments> everyChineseAliasAsAPrefix() {
        return Stream.of(CommandCode.values()).flatMap(code -> code.aliases().stream()
                .filter(alias -> alias.chars().anyMatch(c -> c > 0x7F))
                .map(alias -> Arguments.of(alias, code)));
    }

    @ParameterizedTest(name = "[{index}] {0} followed by an argument is {1}")
    @MethodSource("everyChineseAliasAsAPrefix")
    void everyChineseAliasIsRecognisedAtTheStartOfAWord(String alias, CommandCode code) {
        assertThat(CommandCode.ofPrefix(alias + "1-1"))
                .contains(new CommandCode.KeywordPrefix(code, alias.length()));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" starts with {1}, {2} characters long")
    @CsvSource(delimiter = '|', textBlock = """
            开门1-1        | KM | 2
            同意4821       | TY | 2
            报修水管漏水     | BX | 2
            TY4821        | TY | 2
            ty4821        | TY | 2
            ＫＭ３－１      | KM | 2
            H1            | H  | 1
            FK+8613800000 | FK | 2
            """)
    void aKeywordStuckToItsArgumentIsFound(String word, CommandCode code, int length) {
        assertThat(CommandCode.ofPrefix(word)).contains(new CommandCode.KeywordPrefix(code, length));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" has no keyword prefix")
    @ValueSource(strings = {"开门", "KM", "KMX", "HELLO", "GSD0001", "XY1", "门开1", "STOP1"})
    void wordsThatAreOnlyAKeywordOrStartWithALetterAfterACodeHaveNoPrefix(String word) {
        assertThat(CommandCode.ofPrefix(word)).isEmpty();
    }
}

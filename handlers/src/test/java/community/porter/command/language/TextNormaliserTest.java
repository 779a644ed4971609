package community.porter.command.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextNormaliserTest {

    @ParameterizedTest(name = "[{index}] \"{0}\" normalises to \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            'KM 3-1'              | 'KM 3-1'
            '  KM 3-1  '          | 'KM 3-1'
            'ＫＭ　３－１'          | 'KM 3-1'
            'ｋｍ　３－１'          | 'km 3-1'
            'TY,4821'             | 'TY 4821'
            'TY，4821'            | 'TY 4821'
            'TY#4821'             | 'TY 4821'
            'TY＃4821'            | 'TY 4821'
            'TY:4821'             | 'TY 4821'
            'TY：4821'            | 'TY 4821'
            'TY、4821。'          | 'TY 4821'
            'TY , # : 4821'       | 'TY 4821'
            'SQ 3-1-201 Tom KD'   | 'SQ 3-1-201 Tom KD'
            '开门　1-1'            | '开门 1-1'
            '报修，水管漏水！'       | '报修 水管漏水'
            '报修，水管！漏水'       | '报修 水管!漏水'
            ''                    | ''
            '   '                 | ''
            '，，#：'              | ''
            'TY 4821.'            | 'TY 4821'
            '同意4821！！'          | '同意4821'
            'KM?!'                | 'KM'
            '?'                   | '?'
            '？'                  | '?'
            'BX !!!'              | 'BX !!!'
            'H?'                  | 'H'
            """)
    void foldsFullWidthAndCollapsesSeparatorsKeepingCase(String raw, String normalised) {
        assertThat(TextNormaliser.normalise(raw)).isEqualTo(normalised);
    }

    @ParameterizedTest(name = "[{index}] separator U+{0} splits words")
    @ValueSource(ints = {0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C, 0x3000, 0x00A0, 0x2003, 0x200B, 0xFEFF, 0x00, 0x07, 0x7F,
            0x85, ',', '#', ':', 0xFF0C, 0xFF03, 0xFF1A, 0x3001, 0x3002})
    void everySeparatorSplitsWordsAndCollapsesToOneSpace(int separator) {
        String sep = String.valueOf((char) separator);
        assertThat(TextNormaliser.normalise(sep + "JG" + sep + sep + "D0001" + sep + "1234" + sep))
                .isEqualTo("JG D0001 1234");
    }

    @Test
    void nullIsEmpty() {
        assertThat(TextNormaliser.normalise(null)).isEmpty();
        assertThat(TextNormaliser.fold(null)).isEmpty();
    }

    @Test
    void foldingCoversTheWholeFullWidthAsciiBlockAndNothingElse() {
        for (char c = '\uFF01'; c <= '\uFF5E'; c++) {
            assertThat(TextNormaliser.fold(String.valueOf(c)))
                    .as("U+%04X", (int) c)
                    .isEqualTo(String.valueOf((char) (c - 0xFEE0)));
        }
        assertThat(TextNormaliser.fold("\u3000")).isEqualTo(" ");
        assertThat(TextNormaliser.fold("\uFF00\uFF5F开門é")).isEqualTo("\uFF00\uFF5F开門é");
    }

    @Test
    void foldingKeepsOneCharacterPerCharacterSoPositionsStayValid() {
        String raw = "ＢＸ　厨房，水管漏水";
        TokenisedText text = TextNormaliser.tokenise(raw);
        assertThat(text.tokens()).extracting(Token::start).containsExactly(0, 3, 6);
        assertThat(text.freeTextFrom(text.tokens().get(1).start())).isEqualTo("厨房，水管漏水");
    }

    @ParameterizedTest(name = "[{index}] free text \"{0}\" is kept as \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            '水管漏水，请尽快！'          | '水管漏水，请尽快！'
            'Pipe  leaking,\tplease'   | 'Pipe leaking, please'
            '明天\n停水\r\n请储水  '      | '明天 停水 请储水'
            'Ａ座　电梯坏了'              | 'Ａ座 电梯坏了'
            """)
    void freeTextKeepsPunctuationAndCollapsesWhiteSpace(String raw, String clean) {
        assertThat(TextNormaliser.cleanFreeText(raw)).isEqualTo(clean);
    }

    @Test
    void freeTextDropsControlCharactersAndRepairsLoneSurrogates() {
        assertThat(TextNormaliser.cleanFreeText("a\u0000b\u0007c")).isEqualTo("abc");
        assertThat(TextNormaliser.cleanFreeText("x\uD800y\uDC00z")).isEqualTo("x\uFFFDy\uFFFDz");
        assertThat(TextNormaliser.cleanFreeText("漏水😀\uD83D")).isEqualTo("漏水😀\uFFFD");
    }
}

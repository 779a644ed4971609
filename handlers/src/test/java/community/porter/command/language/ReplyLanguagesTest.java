package community.porter.command.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ReplyLanguagesTest {

    @ParameterizedTest(name = "[{index}] \"{0}\" is answered in {1}")
    @CsvSource(delimiter = '|', textBlock = """
            开门               | ZH
            開門               | ZH
            KM 3-1            | EN
            SQ 3-1-201 张三    | ZH
            SQ 3-1-201 Tom    | EN
            ＫＭ　３－１        | EN
            BX 漏水            | ZH
            𠀀                 | ZH
            Café ü            | EN
            こんにちは          | EN
            😀                 | EN
            """)
    void chineseIdeographsMeanChineseAndAnythingElseEnglish(String text, ReplyLanguage lang) {
        assertThat(ReplyLanguages.detect(text)).isEqualTo(lang);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" is answered in English")
    @NullAndEmptySource
    @ValueSource(strings = {"\uD800", "\uDC00\uD800", "   "})
    void nothingReadableMeansEnglish(String text) {
        assertThat(ReplyLanguages.detect(text)).isEqualTo(ReplyLanguage.EN);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" names {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ZH      | ZH
            zh      | ZH
            CN      | ZH
            ＺＨ     | ZH
            中文     | ZH
            Chinese | ZH
            EN      | EN
            en      | EN
            英文     | EN
            English | EN
            """)
    void languageWordsNameTheirLanguage(String word, ReplyLanguage lang) {
        assertThat(ReplyLanguage.of(word)).contains(lang);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" names no language")
    @NullAndEmptySource
    @ValueSource(strings = {"FR", "日文", "Z", "ZHEN"})
    void otherWordsNameNoLanguage(String word) {
        assertThat(ReplyLanguage.of(word)).isEmpty();
    }
}

package community.porter.command.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BundleReplyTextsTest {

    private final BundleReplyTexts texts = new BundleReplyTexts();

    @Test
    void chineseIsReadAsUtf8() {
        assertThat(texts.text(ReplyKeys.YY_SET, ReplyLanguage.ZH)).isEqualTo("已改为中文回复。");
        assertThat(texts.text(ReplyKeys.YY_SET, ReplyLanguage.EN)).isEqualTo("Replies will be in English.");
    }

    @Test
    void argumentsFillThePlaceholders() {
        assertThat(texts.text(ReplyKeys.KM_OPENED, ReplyLanguage.ZH, "3-1单元门")).isEqualTo("3-1单元门已开门。");
        assertThat(texts.text(ReplyKeys.SQ_APPROVAL, ReplyLanguage.EN, "Tom", "courier", "0001", "3-1-201", "4821"))
                .isEqualTo("Visitor Tom (courier, phone ending 0001) asks to visit 3-1-201. "
                        + "Reply TY 4821 to let in, JJ 4821 to refuse.");
        assertThat(texts.text(SyntaxHint.CX_COUNT.key(), ReplyLanguage.EN, 10)).isEqualTo("Records: 1 to 10, e.g. CX JL 5.");
    }

    @Test
    void aKeyMissingInOneLanguageFallsBackToTheOtherThenToTheKey() {
        BundleReplyTexts partial = new BundleReplyTexts("messages/partial", getClass().getClassLoader());
        assertThat(partial.text("only.english", ReplyLanguage.ZH, "x")).isEqualTo("English only x");
        assertThat(partial.text("only.chinese", ReplyLanguage.EN)).isEqualTo("只有中文");
        assertThat(partial.text("nowhere", ReplyLanguage.EN)).isEqualTo("nowhere");
        assertThat(partial.has("only.english", ReplyLanguage.ZH)).isFalse();
    }

    @Test
    void aMissingBundleStopsStartUp() {
        assertThatThrownBy(() -> new BundleReplyTexts("messages/none", getClass().getClassLoader()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("messages/none_zh.properties");
    }

    @Test
    void nullArgumentsAreNoArguments() {
        assertThat(texts.text(ReplyKeys.BD_OK, ReplyLanguage.EN, (Object[]) null)).startsWith("Phone confirmed");
    }
}

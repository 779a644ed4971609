package community.porter.console.broadcasts;

import static community.porter.console.ConsoleTestData.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import community.porter.console.ConsoleTestData;
import community.porter.sms.codec.Segmenter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The live SMS counter of the compose form: characters, parts and encoding as the transports'
 * codec splits the text, and a warning past the configured limits.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BroadcastCounterTest {

    @Autowired MockMvc mvc;
    @Autowired ConsoleTestData data;

    ConsoleTestData.TwoCommittees tree;

    @BeforeEach
    void twoCommittees() {
        data.clear();
        tree = data.twoCommittees();
    }

    @AfterEach
    void clear() {
        data.clear();
    }

    @Test
    void aGsmTextIsOnePartOfSevenBitCharacters() throws Exception {
        count("Water off 10:00-12:00").andExpect(figures(21, 1, "GSM7"))
                .andExpect(content().string(not(containsString("counter-too"))));
    }

    @Test
    void anExtensionCharacterCostsTwoSeptetsSoItCanNeedASecondPart() throws Exception {
        // 159 characters: with one euro sign 160 septets (one part), with two 161 (two parts).
        String one = "€" + "a".repeat(158);
        String two = "€€" + "a".repeat(157);
        assertThat(Segmenter.countParts(two)).isEqualTo(2);
        count(one).andExpect(figures(159, 1, "GSM7"));
        count(two).andExpect(figures(159, 2, "GSM7"));
    }

    @Test
    void aChineseTextIsUcs2WithSeventyCharactersAPart() throws Exception {
        count("明天上午停水，请提前储水。").andExpect(figures(13, 1, "UCS2"));
        String seventyOne = "停".repeat(71);
        count(seventyOne).andExpect(figures(71, Segmenter.countParts(seventyOne), "UCS2"))
                .andExpect(figures(71, 2, "UCS2"));
    }

    @Test
    void aLongTextTakesThePartsTheSegmenterMakesAndIsWarnedPastTheLimits() throws Exception {
        String long400 = "a".repeat(400);
        count(long400).andExpect(figures(400, 3, "GSM7"));

        // Seven parts of Chinese: more than the six the transports send by default.
        String sevenParts = "通".repeat(67 * 6 + 1);
        count(sevenParts).andExpect(figures(sevenParts.length(), 7, "UCS2"))
                .andExpect(content().string(containsString("id=\"counter-too-many-parts\"")));
        count("a".repeat(1001)).andExpect(content().string(containsString("id=\"counter-too-long\"")));
    }

    @Test
    void lineBreaksAsBrowsersSendThemCountAsOneCharacter() throws Exception {
        count("line one\r\nline two").andExpect(figures(17, 1, "GSM7"));
    }

    @Test
    void aScriptTypedIsNeverEchoedRaw() throws Exception {
        count("<script>alert(1)</script>").andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<script>alert"))));
    }

    private ResultActions count(String text) throws Exception {
        return mvc.perform(post("/broadcasts/counter").with(signedIn(tree.staffA())).with(csrf()).param("text", text))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"counter\"")));
    }

    private static org.springframework.test.web.servlet.ResultMatcher figures(int chars, int parts, String encoding) {
        return content().string(containsString("data-chars=\"" + chars + "\" data-parts=\"" + parts
                + "\" data-encoding=\"" + encoding + "\""));
    }
}

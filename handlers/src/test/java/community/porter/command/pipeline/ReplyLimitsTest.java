package community.porter.command.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import community.porter.sms.codec.Alphabet;
import community.porter.sms.codec.Segmenter;
import community.porter.sms.codec.SmsTextCodec;
import org.junit.jupiter.api.Test;

/** A reply never exceeds three SMS parts (SPEC §3.3); what is cut is marked, and no more is cut than needed. */
class ReplyLimitsTest {

    @Test
    void aReplyThatFitsIsLeftAsItIs() {
        String threeFullGsmParts = "x".repeat(3 * 153);

        assertThat(ReplyLimits.fit("Door 1-1 is open.")).isEqualTo("Door 1-1 is open.");
        assertThat(ReplyLimits.fit(threeFullGsmParts)).isEqualTo(threeFullGsmParts);
    }

    @Test
    void aChineseReplyOverThreePartsIsCutToThreeWithAnEllipsis() {
        String text = "门禁记录".repeat(60);

        String fitted = ReplyLimits.fit(text);

        assertThat(Segmenter.countParts(fitted)).isEqualTo(3);
        assertThat(fitted).endsWith("…").hasSize(3 * 67);
        assertThat(text).startsWith(fitted.substring(0, fitted.length() - 1));
    }

    @Test
    void anEnglishReplyOverThreePartsStaysGsmTextAndKeepsAlmostThreePartsOfWords() {
        String text = "Last records: 1-1 opened, ".repeat(20);

        String fitted = ReplyLimits.fit(text);

        assertThat(Segmenter.countParts(fitted)).isEqualTo(3);
        assertThat(SmsTextCodec.choose(fitted)).as("alphabet of the cut reply").isEqualTo(Alphabet.GSM7);
        assertThat(fitted).hasSize(3 * 153).endsWith("...");
        assertThat(text).startsWith(fitted.substring(0, fitted.length() - 3));
    }

    @Test
    void aCharacterOutsideTheBasicPlaneIsNeverCutInHalf() {
        String text = "\uD842\uDFB7".repeat(150);

        String fitted = ReplyLimits.fit(text);

        assertThat(Segmenter.countParts(fitted)).isLessThanOrEqualTo(3);
        String kept = fitted.substring(0, fitted.length() - 1);
        assertThat(kept.length() % 2).as("whole surrogate pairs").isZero();
        assertThat(text).startsWith(kept);
    }
}

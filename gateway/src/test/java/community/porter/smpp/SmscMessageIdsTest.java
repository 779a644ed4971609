package community.porter.smpp;

import static org.assertj.core.api.Assertions.assertThat;

import community.porter.smpp.SmscMessageIds.IdFormat;
import org.junit.jupiter.api.Test;

class SmscMessageIdsTest {

    @Test
    void hexIdsLoseLeadingZerosAndCase() {
        assertThat(SmscMessageIds.normalise("00A1F2", IdFormat.HEX)).isEqualTo("a1f2");
        assertThat(SmscMessageIds.normalise(" a1f2 ", IdFormat.HEX)).isEqualTo("a1f2");
        assertThat(SmscMessageIds.normalise("0000", IdFormat.HEX)).isEqualTo("0");
    }

    @Test
    void decimalIdsLoseLeadingZeros() {
        assertThat(SmscMessageIds.normalise("0010485761", IdFormat.DECIMAL)).isEqualTo("10485761");
    }

    @Test
    void asIsKeepsTheIdButTrimsIt() {
        assertThat(SmscMessageIds.normalise(" 00Ab-1 ", IdFormat.AS_IS)).isEqualTo("00Ab-1");
    }

    @Test
    void idsThatAreNotNumbersInTheFormatAreKeptTrimmed() {
        assertThat(SmscMessageIds.normalise("0xyz", IdFormat.HEX)).isEqualTo("0xyz");
        assertThat(SmscMessageIds.normalise("0a1", IdFormat.DECIMAL)).isEqualTo("0a1");
    }

    @Test
    void blankIdsAreNull() {
        assertThat(SmscMessageIds.normalise(null, IdFormat.HEX)).isNull();
        assertThat(SmscMessageIds.normalise("  ", IdFormat.AS_IS)).isNull();
    }

    @Test
    void aDecimalReceiptIdMatchesAHexSubmitId() {
        assertThat(SmscMessageIds.convert("0010485761", IdFormat.DECIMAL, IdFormat.HEX))
                .isEqualTo(SmscMessageIds.normalise("00A00001", IdFormat.HEX));
        assertThat(SmscMessageIds.convert("A00001", IdFormat.HEX, IdFormat.DECIMAL)).isEqualTo("10485761");
    }

    @Test
    void convertingFromOrToAsIsOnlyNormalises() {
        assertThat(SmscMessageIds.convert("00A1", IdFormat.HEX, IdFormat.AS_IS)).isEqualTo("a1");
        assertThat(SmscMessageIds.convert("00A1", IdFormat.AS_IS, IdFormat.HEX)).isEqualTo("00A1");
    }
}

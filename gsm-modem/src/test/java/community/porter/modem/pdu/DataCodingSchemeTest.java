package community.porter.modem.pdu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import community.porter.sms.codec.Alphabet;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DataCodingSchemeTest {

    @ParameterizedTest(name = "TP-DCS 0x{0}: {1}, class {2}, compressed {3}")
    @CsvSource({
        // General data coding, 00xx.
        "00, GSM7, , false",
        "04, BINARY, , false",
        "08, UCS2, , false",
        "0C, GSM7, , false",           // reserved alphabet: the default one
        "10, GSM7, CLASS_0, false",
        "14, BINARY, CLASS_0, false",  // Telit +CMGL example
        "18, UCS2, CLASS_0, false",    // Huawei MU509 +CMGS example
        "1B, UCS2, CLASS_3, false",
        "20, GSM7, , true",
        "3A, UCS2, CLASS_2, true",
        // Marked for automatic deletion, 01xx: same bits.
        "40, GSM7, , false",
        "48, UCS2, , false",
        "55, BINARY, CLASS_1, false",
        // Reserved groups 1000-1011: the default alphabet.
        "80, GSM7, , false",
        "BF, GSM7, , false",
        // Message waiting indication groups.
        "C8, GSM7, , false",
        "D3, GSM7, , false",
        "E8, UCS2, , false",
        // Data coding / message class, 1111.
        "F0, GSM7, CLASS_0, false",
        "F1, GSM7, CLASS_1, false",
        "F5, BINARY, CLASS_1, false",  // traud.de operator logo example
        "F6, BINARY, CLASS_2, false",  // 9cbs.com 8-bit example
        "F7, BINARY, CLASS_3, false"   // Now SMS/MMS gateway operator logo form
    })
    void codingGroupsOfTs23038AreRead(String hex, Alphabet alphabet, MessageClass messageClass, boolean compressed) {
        DataCodingScheme dcs = new DataCodingScheme(Integer.parseInt(hex, 16));

        assertThat(dcs.alphabet()).isEqualTo(alphabet);
        assertThat(dcs.messageClass()).isEqualTo(Optional.ofNullable(messageClass));
        assertThat(dcs.compressed()).isEqualTo(compressed);
    }

    @Test
    void schemesForSendingUseTheGeneralGroup() {
        assertThat(DataCodingScheme.of(Alphabet.GSM7).value()).isEqualTo(0x00);
        assertThat(DataCodingScheme.of(Alphabet.UCS2).value()).isEqualTo(0x08);
        assertThat(DataCodingScheme.of(Alphabet.BINARY).value()).isEqualTo(0x04);
        assertThat(DataCodingScheme.of(Alphabet.GSM7, MessageClass.CLASS_0).value()).isEqualTo(0x10);
        assertThat(DataCodingScheme.of(Alphabet.UCS2, MessageClass.CLASS_0).value()).isEqualTo(0x18);
        assertThat(DataCodingScheme.of(Alphabet.BINARY, MessageClass.CLASS_2).value()).isEqualTo(0x16);
    }

    @Test
    void latinOneHasNoCodingInAPdu() {
        assertThatThrownBy(() -> DataCodingScheme.of(Alphabet.LATIN1)).isInstanceOf(IllegalArgumentException.class);
    }
}

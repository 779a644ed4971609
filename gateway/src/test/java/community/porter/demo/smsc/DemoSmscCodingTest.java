package community.porter.demo.smsc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import community.porter.sms.codec.Alphabet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the simulator reads data_coding values and destination addresses. */
class DemoSmscCodingTest {

    @ParameterizedTest(name = "data_coding 0x{0} is {1}")
    @CsvSource({
        "00, GSM7", "01, LATIN1", "03, LATIN1", "08, UCS2", "02, BINARY", "04, BINARY",
        "11, GSM7", "18, UCS2", "14, BINARY", "F0, GSM7", "F1, GSM7", "F4, BINARY", "C8, GSM7", "E0, UCS2", "80, BINARY"
    })
    void dataCodingNamesTheAlphabet(String hex, Alphabet alphabet) {
        assertThat(SubmitDecoder.alphabetOf((byte) Integer.parseInt(hex, 16))).isEqualTo(alphabet);
    }

    @ParameterizedTest(name = "{0} with TON {1} is {2}")
    @CsvSource({
        "8613800000001, 1, +8613800000001",
        "+8613800000001, 0, +8613800000001",
        "008613800000001, 0, +8613800000001",
        "13800000001, 2, +8613800000001",
        "013800000001, 2, +8613800000001",
        "13800000001, 0, +8613800000001",
        "8613800000001, 0, +8613800000001",
        "447700900123, 1, +447700900123"
    })
    void destinationsAreReadAsE164(String address, byte ton, String e164) {
        assertThat(PhoneNumbers.toE164(address, ton, "86")).isEqualTo(e164);
    }

    @Test
    void aSimulatedPhoneMustBeANumber() {
        assertThat(PhoneNumbers.digitsOf(" +8613800000001 ")).isEqualTo("8613800000001");
        assertThatThrownBy(() -> PhoneNumbers.digitsOf("+86 138")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PhoneNumbers.digitsOf(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void settingsRefuseWhatAnEsmeCouldNotBindWith() {
        DemoSmscSettings defaults = DemoSmscSettings.defaults();
        assertThat(defaults.port()).as("a free port by default").isZero();
        assertThatThrownBy(() -> defaults.withCredentials("porter", "toolongpassword"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("password");
        assertThatThrownBy(() -> defaults.withServiceNumber("1069-0000"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("service number");
        assertThatThrownBy(() -> defaults.withPort(70_000)).isInstanceOf(IllegalArgumentException.class);
    }
}

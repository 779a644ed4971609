package community.porter.access.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

    private final PhoneNumbers numbers = new PhoneNumbers();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            13800000001          | +8613800000001
            +8613800000001       | +8613800000001
            008613800000001      | +8613800000001
            8613800000001        | +8613800000001
            138 0000 0001        | +8613800000001
            138-0000-0001        | +8613800000001
            +86 138-0000-0001    | +8613800000001
            (+86) 138.0000.0001  | +8613800000001
            ＋８６１３８０００００００１ | +8613800000001
            '  13800000001  '    | +8613800000001
            010-12345678         | +861012345678
            01012345678          | +861012345678
            +44 7911 123456      | +447911123456
            0044 7911 123456     | +447911123456
            +1 212 555 0100      | +12125550100
            """)
    void typedNumbersBecomeE164WithTheDefaultCountryCode(String raw, String e164) {
        assertThat(numbers.normalise(raw, "86")).isEqualTo(e164);
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", "   ", "abc", "1380000000a", "138*0000*0001", "+86+13800000001",
        "1380000000", "138000000011", "+861380000000", "12345", "0000000000000",
        "+8613800000001234567", "13800000001 KM"})
    void whatIsNoPhoneNumberIsRejected(String raw) {
        assertThatThrownBy(() -> numbers.normalise(raw, "86"))
                .isInstanceOf(InvalidPhoneNumberException.class)
                .hasMessageContaining(raw.strip());
    }

    @Test
    void nullIsRejectedAsAnInvalidNumber() {
        assertThatThrownBy(() -> numbers.normalise(null, "86"))
                .isInstanceOf(InvalidPhoneNumberException.class);
    }

    @Test
    void theDefaultCountryCodeMayCarryAPlusAndOtherCountriesWork() {
        assertThat(numbers.normalise("07911 123456", "+44")).isEqualTo("+447911123456");
        assertThat(numbers.normalise("2125550100", "1")).isEqualTo("+12125550100");
        assertThat(numbers.normalise("12125550100", "1")).isEqualTo("+12125550100");
    }

    @Test
    void aMalformedDefaultCountryCodeIsAProgrammingError() {
        assertThatThrownBy(() -> numbers.normalise("13800000001", "086"))
                .isInstanceOf(IllegalArgumentException.class)
                .isNotInstanceOf(InvalidPhoneNumberException.class);
    }
}

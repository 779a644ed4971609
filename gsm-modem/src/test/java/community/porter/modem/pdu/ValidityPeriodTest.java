package community.porter.modem.pdu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValidityPeriodTest {

    @ParameterizedTest(name = "TP-VP {0} is {1}")
    @CsvSource({
        "0, PT5M",
        "11, PT1H",      // nRF91 +CMGS example, 0B
        "143, PT12H",
        "144, PT12H30M",
        "167, PT24H",    // Telit +CMGL example, A7
        "168, P2D",
        "170, P4D",      // dreamfabric SMS-SUBMIT, AA: "4 days"
        "176, P10D",     // Zoom 4575 manual: 176 (B0) is 10 days
        "196, P30D",
        "197, P35D",
        "255, P441D"     // 63 weeks
    })
    void relativeOctetsMeanTheirTs23040Periods(int octet, Duration expected) {
        assertThat(new ValidityPeriod.Relative(octet).duration()).isEqualTo(expected);
    }

    @Test
    void relativePeriodRoundsUpToTheNextOneTheFormatHas() {
        assertThat(ValidityPeriod.relative(Duration.ofMinutes(61)).octet()).isEqualTo(12);
        assertThat(ValidityPeriod.relative(Duration.ofHours(1)).octet()).isEqualTo(11);
        assertThat(ValidityPeriod.relative(Duration.ofDays(4)).octet()).isEqualTo(0xAA);
        assertThat(ValidityPeriod.relative(Duration.ofSeconds(1)).octet()).isZero();
        assertThat(ValidityPeriod.relative(Duration.ofDays(1000)).octet()).isEqualTo(255);
    }

    @Test
    void everyRelativeOctetIsTheShortestThatCoversItsOwnPeriod() {
        for (int octet = 0; octet <= 255; octet++) {
            Duration period = new ValidityPeriod.Relative(octet).duration();

            assertThat(ValidityPeriod.relative(period).octet()).as("octet %d", octet).isEqualTo(octet);
        }
    }

    @Test
    void emptyOrNegativePeriodsAreRefused() {
        assertThatThrownBy(() -> ValidityPeriod.relative(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ValidityPeriod.relative(Duration.ofMinutes(-5)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ValidityPeriod.Relative(256)).isInstanceOf(IllegalArgumentException.class);
    }
}

package community.porter.smpp;

import static org.assertj.core.api.Assertions.assertThat;

import community.porter.smpp.SmscConfiguration.ValidityFormat;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SmscValidityTest {

    private static final Instant NOW = Instant.parse("2026-11-03T10:15:00Z");

    @Test
    void relativeValidityCountsDaysHoursMinutesSeconds() {
        Instant until = NOW.plus(Duration.ofDays(2).plusHours(3).plusMinutes(4).plusSeconds(5));

        assertThat(SmscValidity.format(until, NOW, ValidityFormat.RELATIVE)).isEqualTo("000002030405000R");
    }

    @Test
    void relativeValidityRoundsUpAndIsCappedAtWhatTheFieldHolds() {
        assertThat(SmscValidity.format(NOW.plusMillis(1500), NOW, ValidityFormat.RELATIVE)).isEqualTo("000000000002000R");
        assertThat(SmscValidity.format(NOW.plus(Duration.ofDays(400)), NOW, ValidityFormat.RELATIVE)).isEqualTo("000099235959000R");
    }

    @Test
    void absoluteValidityIsInUtc() {
        assertThat(SmscValidity.format(NOW.plusSeconds(3600), NOW, ValidityFormat.ABSOLUTE)).isEqualTo("261103111500000+");
    }

    @Test
    void noValidUntilMeansTheSmscDefault() {
        assertThat(SmscValidity.format(null, NOW, ValidityFormat.RELATIVE)).isNull();
    }
}

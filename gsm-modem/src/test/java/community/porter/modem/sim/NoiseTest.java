package community.porter.modem.sim;

import static community.porter.modem.sim.HostSteps.drain;
import static community.porter.modem.sim.HostSteps.settle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The unsolicited lines modems scatter between answers. */
class NoiseTest {

    private SimulatedModem modem;
    private AtTerminal host;

    private void open(Dialect dialect) {
        modem = SimulatedModem.start(dialect);
        host = AtTerminal.open(modem.hostPath());
        settle(host);
    }

    @AfterEach
    void close() {
        if (host != null) {
            host.close();
        }
        if (modem != null) {
            modem.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void takes_the_family_noise_lines_in_turn_each_framed_as_an_unsolicited_line(Dialect dialect) {
        open(dialect);
        List<String> expected = dialect.noiseLines(modem.network());
        int mark = host.mark();

        List<String> printed = new ArrayList<>();
        for (int i = 0; i <= expected.size(); i++) {
            printed.add(modem.noise());
        }
        drain(host);

        assertThat(printed.subList(0, expected.size())).isEqualTo(expected);
        assertThat(printed.get(expected.size())).isEqualTo(expected.get(0));
        assertThat(host.raw(mark)).startsWith("\r\n" + expected.get(0) + "\r\n\r\n" + expected.get(1) + "\r\n");
    }

    @Test
    void huawei_reports_the_signal_it_is_given() {
        open(Dialect.HUAWEI);
        modem.signal(9);
        assertThat(modem.noise()).isEqualTo("^RSSI:9");
        drain(host);
        assertThat(host.command("AT+CSQ")).containsExactly("+CSQ: 9,99", "OK");
    }

    @Test
    void periodic_noise_is_off_by_default_and_stops_when_huawei_is_told_CURC_0() {
        open(Dialect.HUAWEI);
        assertThat(modem.periodicTicks()).isZero();
        int mark = host.mark();

        modem.periodicNoise(Optional.of(Duration.ofMillis(20)));
        host.awaitLine(mark, "^MODE:5,4"::equals);

        assertThat(host.command("AT^CURC=0")).last().isEqualTo("OK");
        int quiet = host.mark();
        long ticks = modem.periodicTicks();
        await().atMost(Duration.ofSeconds(5)).until(() -> modem.periodicTicks() >= ticks + 3);
        drain(host);
        assertThat(host.lines(quiet)).containsExactly("OK");
        assertThat(host.command("AT^CURC?")).containsExactly("^CURC: 0", "OK");
        modem.periodicNoise(Optional.empty());
    }

    @Test
    void wavecom_indications_stop_with_WIND_0() {
        open(Dialect.WAVECOM);
        modem.periodicNoise(Optional.of(Duration.ofMillis(20)));
        assertThat(host.command("AT+WIND=0")).last().isEqualTo("OK");
        int quiet = host.mark();
        long ticks = modem.periodicTicks();

        await().atMost(Duration.ofSeconds(5)).until(() -> modem.periodicTicks() >= ticks + 3);
        drain(host);

        assertThat(host.lines(quiet)).containsExactly("OK");
        assertThat(host.command("AT+WIND?")).containsExactly("+WIND: 0", "OK");
    }
}

package community.porter.modem.sim;

import static community.porter.modem.sim.HostSteps.drain;
import static community.porter.modem.sim.HostSteps.settle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The SIM PIN and PUK as 27.007 +CPIN has them, and what a locked SIM holds back. */
class SimPinTest {

    private SimulatedModem modem;
    private AtTerminal host;

    private void open(SimulatedModem.Builder builder) {
        modem = builder.start();
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
    void holds_sms_and_registration_back_until_the_pin_is_given(Dialect dialect) {
        Map<Dialect, String> unlockedMarks = Map.of(
                Dialect.HUAWEI, "^SRVST:2",
                Dialect.WAVECOM, "+WIND: 4",
                Dialect.ZTE, "+ZPASR: \"UMTS\"",
                Dialect.QUECTEL, "+QIND: SMS DONE",
                Dialect.SIMCOM, "SMS Ready");
        open(SimulatedModem.builder(dialect).pin("1234"));
        assertThat(host.command("AT+CMEE=1")).containsExactly("OK");

        assertThat(host.command("AT+CPIN?")).containsExactly("+CPIN: SIM PIN", "OK");
        assertThat(host.command("AT+CPMS?")).containsExactly("+CMS ERROR: 311");
        assertThat(host.command("AT+CMGL=4")).containsExactly("+CMS ERROR: 311");
        assertThat(host.command("AT+CIMI")).containsExactly("+CME ERROR: 11");
        assertThat(host.command("AT+CREG?")).containsExactly("+CREG: 0,0", "OK");
        assertThat(host.command("AT+CGSN")).as("the IMEI needs no PIN").containsExactly(modem.imei(), "OK");

        int mark = host.mark();
        host.write("AT+CPIN=\"1234\"\r");

        host.awaitLine(mark, unlockedMarks.get(dialect)::equals);
        assertThat(host.lines(mark).get(0)).isEqualTo("OK");
        await().atMost(Duration.ofSeconds(5)).until(() -> modem.registration() == Registration.HOME);
        drain(host); // the family's registration lines may follow the awaited one
        assertThat(host.command("AT+CPIN?")).containsExactly("+CPIN: READY", "OK");
        assertThat(host.command("AT+CPIN=\"1234\"")).as("no PIN asked for").containsExactly("+CME ERROR: 3");
        assertThat(host.command("AT+CREG?")).containsExactly("+CREG: 0,1", "OK");
    }

    @Test
    void three_wrong_pins_ask_for_the_puk_which_sets_a_new_pin() {
        open(SimulatedModem.builder(Dialect.QUECTEL).pin("1234").puk("87654321"));

        assertThat(host.command("AT+CPIN=\"0000\"")).containsExactly("+CME ERROR: 16");
        assertThat(modem.pinTriesLeft()).isEqualTo(2);
        assertThat(host.command("AT+CPIN=\"1111\"")).containsExactly("+CME ERROR: 16");
        assertThat(host.command("AT+CPIN=\"2222\"")).containsExactly("+CME ERROR: 16");

        assertThat(host.command("AT+CPIN?")).containsExactly("+CPIN: SIM PUK", "OK");
        assertThat(host.command("AT+CMGL=4")).containsExactly("+CMS ERROR: 316");
        assertThat(host.command("AT+CPIN=\"1234\"")).as("the right PIN is too late").containsExactly("+CME ERROR: 12");
        assertThat(host.command("AT+CPIN=\"11111111\",\"4321\"")).containsExactly("+CME ERROR: 16");
        assertThat(host.command("AT+CPIN=\"87654321\",\"4321\"")).containsExactly("OK");
        drain(host);
        assertThat(host.command("AT+CPIN?")).containsExactly("+CPIN: READY", "OK");

        modem.powerCycle();
        settle(host);
        assertThat(host.command("AT+CPIN?")).as("asked again after power-up").containsExactly("+CPIN: SIM PIN", "OK");
        assertThat(host.command("AT+CPIN=\"4321\"")).containsExactly("OK");
    }

    @Test
    void reports_errors_plainly_by_number_or_in_words_as_CMEE_says() {
        open(SimulatedModem.builder(Dialect.HUAWEI).pin("1234"));

        assertThat(host.command("AT+CMEE?")).containsExactly("+CMEE: 0", "OK");
        assertThat(host.command("AT+CIMI")).containsExactly("ERROR");
        assertThat(host.command("AT+CMEE=2")).containsExactly("OK");
        assertThat(host.command("AT+CIMI")).containsExactly("+CME ERROR: SIM PIN required");
        assertThat(host.command("AT+CMEE=1")).containsExactly("OK");
        assertThat(host.command("AT+CIMI")).containsExactly("+CME ERROR: 11");
        assertThat(host.command("AT+CMGL=4")).as("+CMS ERROR whatever CMEE says").containsExactly("+CMS ERROR: 311");
    }
}

package community.porter.modem.at;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The start-up sequence against scripted modems. Answers follow 27.005/27.007 and the SIMCom
 * SIM800 Series AT Command Manual, whose modem starts with echo on.
 */
class ModemInitialiserTest {

    private static final String CPMS = "AT+CPMS=\"SM\",\"SM\",\"SM\"";

    private AtSessionFixture fixture;

    @AfterEach
    void tearDown() {
        if (fixture != null) {
            fixture.close();
        }
    }

    private ModemInfo initialise(ModemSettings settings) throws AtException {
        return new ModemInitialiser(new ModemCommands(fixture.session)).initialise(settings);
    }

    /** Probe to the dialect, answered as a SIMCom SIM800 with echo on answers. */
    private ScriptedModem upToThePin() throws AtLinkException {
        fixture = new AtSessionFixture();
        return fixture.modem.echo(ScriptedModem.Echo.ON)
                .expectOk("AT")
                .expectThen("ATE0", modem -> {
                    modem.echo(ScriptedModem.Echo.OFF);
                    modem.send("\r\nOK\r\n");
                })
                .expectOk("AT+CMEE=1")
                .expect("AT+CGMI", "\r\nSIMCOM_Ltd\r\n\r\nOK\r\n")
                .expect("AT+CGMM", "\r\nSIMCOM_SIM800L\r\n\r\nOK\r\n");
    }

    /** From PDU mode to the ICCID. */
    private static ScriptedModem afterThePin(ScriptedModem modem) {
        return modem.expectOk("AT+CMGF=0")
                .expect("AT+CSMS=0", "\r\n+CSMS: 1,1,1\r\n\r\nOK\r\n")
                .expect(CPMS, "\r\n+CPMS: 2,50,2,50,2,50\r\n\r\nOK\r\n")
                .expectOk("AT+CNMI=2,1,0,2,0")
                .expectOk("AT+CREG=1")
                .expect("AT+CREG?", "\r\n+CREG: 1,1\r\n\r\nOK\r\n")
                .expect("AT+CSQ", "\r\n+CSQ: 24,0\r\n\r\nOK\r\n")
                .expect("AT+CGSN", "\r\n868000001234567\r\n\r\nOK\r\n")
                .expect("AT+CCID", "\r\n89860012345678901234\r\n\r\nOK\r\n");
    }

    @Test
    void aReadyModemIsSetUpInOrderAndDescribed() throws Exception {
        afterThePin(upToThePin().expect("AT+CPIN?", "\r\n+CPIN: READY\r\n\r\nOK\r\n"));

        ModemInfo info = initialise(ModemSettings.DEFAULT);

        assertThat(info).isEqualTo(new ModemInfo("SIMCOM_Ltd", "SIMCOM_SIM800L", ModemDialect.SIMCOM,
                "868000001234567", Optional.of("89860012345678901234"), new MessageStorage("SM", 2, 50), "2,1,0,2,0",
                new NetworkRegistration(NetworkRegistration.State.HOME, Optional.empty(), Optional.empty()),
                new SignalQuality(24, 0)));
        assertThat(fixture.modem.unexpected()).isEmpty();
        assertThat(fixture.modem.scriptDone()).isTrue();
    }

    @Test
    void theConfiguredPinIsEnteredOnceWhenTheSimAsks() throws Exception {
        afterThePin(upToThePin()
                .expect("AT+CPIN?", "\r\n+CPIN: SIM PIN\r\n\r\nOK\r\n")
                .expectOk("AT+CPIN=\"1234\"")
                .expect("AT+CPIN?", "\r\n+CPIN: READY\r\n\r\nOK\r\n"));

        initialise(ModemSettings.DEFAULT.withPin("1234"));

        assertThat(fixture.modem.received()).containsOnlyOnce("AT+CPIN=\"1234\"");
        assertThat(fixture.modem.unexpected()).isEmpty();
    }

    @Test
    void aRefusedPinIsNeverTriedAgain() throws Exception {
        upToThePin().expect("AT+CPIN?", "\r\n+CPIN: SIM PIN\r\n\r\nOK\r\n")
                .expect("AT+CPIN=\"1234\"", "\r\n+CME ERROR: 16\r\n");

        assertThatThrownBy(() -> initialise(ModemSettings.DEFAULT.withPin("1234")))
                .isInstanceOfSatisfying(SimNotReadyException.class, e -> {
                    assertThat(e.pinRefused()).isTrue();
                    assertThat(e.status()).isEqualTo(PinStatus.SIM_PIN);
                })
                .message().doesNotContain("1234");
        assertThat(fixture.modem.received()).containsOnlyOnce("AT+CPIN=\"1234\"").last().isEqualTo("AT+CPIN=\"1234\"");
    }

    @Test
    void aSimThatAsksForAPinNobodyConfiguredIsReported() throws Exception {
        upToThePin().expect("AT+CPIN?", "\r\n+CME ERROR: 11\r\n");

        assertThatThrownBy(() -> initialise(ModemSettings.DEFAULT))
                .isInstanceOfSatisfying(SimNotReadyException.class, e -> {
                    assertThat(e.pinRefused()).isFalse();
                    assertThat(e.status()).isEqualTo(PinStatus.SIM_PIN);
                });
        assertThat(fixture.modem.received()).noneMatch(unit -> unit.startsWith("AT+CPIN="));
    }

    @Test
    void aSimThatNeedsItsPukIsLeftToAPerson() throws Exception {
        upToThePin().expect("AT+CPIN?", "\r\n+CPIN: SIM PUK\r\n\r\nOK\r\n");

        assertThatThrownBy(() -> initialise(ModemSettings.DEFAULT.withPin("1234")))
                .isInstanceOfSatisfying(SimNotReadyException.class,
                        e -> assertThat(e.status()).isEqualTo(PinStatus.SIM_PUK));
        assertThat(fixture.modem.received()).noneMatch(unit -> unit.startsWith("AT+CPIN="));
    }

    @Test
    void aMissingSimIsReported() throws Exception {
        upToThePin().expect("AT+CPIN?", "\r\n+CME ERROR: 10\r\n");

        assertThatThrownBy(() -> initialise(ModemSettings.DEFAULT)).isInstanceOf(SimNotReadyException.class)
                .hasMessageContaining("no usable SIM");
    }

    @Test
    void refusedIndicationSettingsFallBackToTheNextCandidate() throws Exception {
        fixture = new AtSessionFixture();
        fixture.modem.expectOk("AT").expectOk("ATE0").expectOk("AT+CMEE=1")
                .expect("AT+CGMI", "\r\nZTE INCORPORATED\r\n\r\nOK\r\n")
                .expect("AT+CGMM", "\r\nMF626\r\n\r\nOK\r\n")
                .expect("AT+CPIN?", "\r\n+CPIN: READY\r\n\r\nOK\r\n")
                .expectOk("AT+CMGF=0")
                .expect("AT+CSMS=0", "\r\n+CMS ERROR: 303\r\n")
                .expect(CPMS, "\r\n+CPMS: 0,20,0,20,0,20\r\n\r\nOK\r\n")
                .expect("AT+CNMI=2,1,0,2,0", "\r\n+CMS ERROR: 303\r\n")
                .expectOk("AT+CNMI=2,1,0,1,0")
                .expect("AT+CREG=1", "\r\nERROR\r\n")
                .expect("AT+CREG?", "\r\n+CREG: 0,5\r\n\r\nOK\r\n")
                .expect("AT+CSQ", "\r\n+CSQ: 12,99\r\n\r\nOK\r\n")
                .expect("AT+CGSN", "\r\n+CME ERROR: 4\r\n")
                .expect("AT+CCID", "\r\n+ZICCID: x\r\n\r\nOK\r\n")
                .expect("AT+ICCID", "\r\nERROR\r\n").expect("AT^ICCID?", "\r\nERROR\r\n")
                .expect("AT+QCCID", "\r\nERROR\r\n");

        ModemInfo info = initialise(ModemSettings.DEFAULT);

        assertThat(info.dialect()).isEqualTo(ModemDialect.ZTE);
        assertThat(info.newMessageIndications()).isEqualTo("2,1,0,1,0");
        assertThat(info.imei()).isEmpty();
        assertThat(info.iccid()).isEmpty();
        assertThat(info.registration().state()).isEqualTo(NetworkRegistration.State.ROAMING);
        assertThat(fixture.modem.unexpected()).isEmpty();
    }

    @Test
    void aModemThatMissesTheFirstProbeIsProbedAgain() throws Exception {
        // A SIM800 detecting the baud rate takes the first AT to find it and does not answer it.
        fixture = new AtSessionFixture(AtSessionFixture.SETTINGS.withTimeouts(Duration.ofMillis(300),
                Duration.ofSeconds(3), Duration.ofSeconds(3), Duration.ofSeconds(3)));
        fixture.modem.expect("AT").expectResync().expectOk("AT")
                .expect("ATE0", "\r\n+CME ERROR: 3\r\n");

        assertThatThrownBy(() -> initialise(ModemSettings.DEFAULT)).isInstanceOf(CmeErrorException.class);
        assertThat(fixture.modem.received()).containsExactly("AT", "AT", "AT", "ATE0");
    }

    @Test
    void settingsHideThePinAndRefuseNonsense() {
        assertThat(ModemSettings.DEFAULT.withPin("1234").toString()).doesNotContain("1234");
        assertThatThrownBy(() -> ModemSettings.DEFAULT.withPin("12a4")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ModemSettings.DEFAULT.withStorage("sim")).isInstanceOf(IllegalArgumentException.class);
    }
}

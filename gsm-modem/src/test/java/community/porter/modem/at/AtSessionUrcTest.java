package community.porter.modem.at;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Unsolicited result codes: routed to the listener whether or not a command runs, and kept out
 * of command answers.
 */
class AtSessionUrcTest {

    /**
     * SMS-DELIVER "hellohello" from +27838890001, 28 octets after the SMSC field. Source: Lars
     * Pettersson, "SMS messages and the PDU format" (dreamfabric), receiving example.
     */
    private static final String DELIVER = "07917283010010F5040BC87238880900F10000993092516195800AE8329BFD4697D9EC37";

    /**
     * SMS-STATUS-REPORT printed without the SMSC field, 25 octets. Source: "Receiving SMS Status
     * Report message" (amro.blogspot.com).
     */
    private static final String STATUS_REPORT = "06000B910221815716F2709021510121807090215101718000";

    private final AtSessionFixture fixture;

    AtSessionUrcTest() throws AtLinkException {
        fixture = new AtSessionFixture();
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    private void awaitUrcs(int count) {
        await().atMost(Duration.ofSeconds(5)).until(() -> fixture.urcs.size() >= count);
    }

    @Test
    void aNewMessageIndicationInTheMiddleOfAListingGoesToTheListener() throws Exception {
        fixture.modem.expect("AT+CMGL=4",
                "\r\n+CMGL: 1,1,,28\r\n" + DELIVER + "\r\n",
                "+CMTI: \"SM\",3\r\n",
                "+CMGL: 2,0,,28\r\n" + DELIVER + "\r\n\r\nOK\r\n");

        AtResponse listing = fixture.session.execute(AtCommand.of("AT+CMGL=4").expecting("+CMGL:"));

        assertThat(listing.lines()).containsExactly("+CMGL: 1,1,,28", DELIVER, "+CMGL: 2,0,,28", DELIVER);
        awaitUrcs(1);
        assertThat(fixture.urcs).singleElement().satisfies(urc -> {
            assertThat(urc.is("+CMTI")).isTrue();
            assertThat(urc.value()).isEqualTo("\"SM\",3");
        });
    }

    @Test
    void aStatusReportWithItsPduLineInTheMiddleOfACommandGoesToTheListener() throws Exception {
        fixture.modem.expect("AT+CSQ", "\r\n+CDS: 25\r\n" + STATUS_REPORT + "\r\n", "\r\n+CSQ: 18,99\r\n\r\nOK\r\n");

        assertThat(fixture.session.execute(AtCommand.of("AT+CSQ")).lines()).containsExactly("+CSQ: 18,99");
        awaitUrcs(1);
        assertThat(fixture.urcs.get(0)).isEqualTo(new Urc(Optional.of("+CDS"), "+CDS: 25", Optional.of(STATUS_REPORT)));
    }

    @Test
    void aMessageRoutedDirectlyComesWithItsPdu() {
        // 27.005 §3.4.1: +CMT: [<alpha>],<length><CR><LF><pdu> when AT+CNMI routes messages directly.
        fixture.modem.send("\r\n+CMT: ,28\r\n" + DELIVER + "\r\n");

        awaitUrcs(1);
        assertThat(fixture.urcs.get(0).is("+CMT")).isTrue();
        assertThat(fixture.urcs.get(0).data()).contains(DELIVER);
    }

    @Test
    void aTwoLineCodeWithoutItsDataLineStillGoesOutAndTheLineAfterIsNotLost() throws Exception {
        fixture.modem.send("\r\n+CDS: 25\r\nRING\r\n");

        awaitUrcs(2);
        assertThat(fixture.urcs.get(0).data()).isEmpty();
        assertThat(fixture.urcs.get(1).is("RING")).isTrue();
    }

    @Test
    void registrationIsTheAnswerWhileAtCregRunsAndUnsolicitedOtherwise() throws Exception {
        fixture.modem.expect("AT+CREG?", "\r\n+CREG: 1,1\r\n\r\nOK\r\n")
                .expect("AT+CSQ", "\r\n+CREG: 5\r\n+CSQ: 20,99\r\n\r\nOK\r\n");
        fixture.modem.send("\r\n+CREG: 2\r\n");
        awaitUrcs(1);

        AtResponse registration = fixture.session.execute(AtCommand.of("AT+CREG?").expecting("+CREG:"));
        AtResponse signal = fixture.session.execute(AtCommand.of("AT+CSQ").expecting("+CSQ:"));

        assertThat(registration.lines()).containsExactly("+CREG: 1,1");
        assertThat(signal.lines()).containsExactly("+CSQ: 20,99");
        awaitUrcs(2);
        assertThat(fixture.urcLines()).containsExactly("+CREG: 2", "+CREG: 5");
    }

    @Test
    void pinReadyIsTheAnswerToAtCpinAndUnsolicitedAfterAReset() throws Exception {
        // SIMCom SIM800 and Quectel EC2x manuals: after a reset the modem prints RDY, +CFUN: 1,
        // +CPIN: READY, then Call Ready and SMS Ready (SIMCom) or +QIND: SMS DONE (Quectel).
        fixture.modem.expect("AT+CFUN=1,1", "\r\nOK\r\n",
                        "\r\nRDY\r\n\r\n+CFUN: 1\r\n\r\n+CPIN: READY\r\n\r\nCall Ready\r\n\r\nSMS Ready\r\n")
                .expect("AT+CPIN?", "\r\n+CPIN: READY\r\n\r\nOK\r\n");

        fixture.session.execute(AtCommand.of("AT+CFUN=1,1"));
        // A modem takes seconds to restart; its AT+CPIN? comes after the start-up lines.
        awaitUrcs(5);
        AtResponse pin = fixture.session.execute(AtCommand.of("AT+CPIN?").expecting("+CPIN:"));

        assertThat(pin.lines()).containsExactly("+CPIN: READY");
        awaitUrcs(5);
        assertThat(fixture.urcLines()).containsExactly("RDY", "+CFUN: 1", "+CPIN: READY", "Call Ready", "SMS Ready");
    }

    @Test
    void anUnknownLineWhileNoCommandRunsIsReportedAsUnrecognised() {
        fixture.modem.send("\r\n+XYZZY: 1\r\n");

        awaitUrcs(1);
        assertThat(fixture.urcs.get(0).unrecognised()).isTrue();
        assertThat(fixture.urcs.get(0).line()).isEqualTo("+XYZZY: 1");
    }

    @Test
    void aStrayFinalResultWhileNoCommandRunsIsDropped() throws Exception {
        fixture.modem.send("\r\nOK\r\n\r\nRING\r\n");
        awaitUrcs(1);

        assertThat(fixture.urcLines()).containsExactly("RING");
    }

    @Test
    void aCodeAddedToTheTableIsRecognised() throws Exception {
        AtSessionFixture custom = new AtSessionFixture(AtSessionFixture.SETTINGS
                .withUrcs(UrcTable.defaults().with(UrcPattern.prefix("+XYZZY:"))));
        try {
            custom.modem.expect("AT", "\r\n+XYZZY: 1\r\nOK\r\n");
            assertThat(custom.session.execute(AtCommand.of("AT")).lines()).isEmpty();
            await().atMost(Duration.ofSeconds(5)).until(() -> custom.urcs.size() == 1);
            assertThat(custom.urcs.get(0).is("+XYZZY")).isTrue();
        } finally {
            custom.close();
        }
    }

    @Test
    void theListenerMayRunCommandsOnTheSession() throws Exception {
        List<AtResponse> reads = new CopyOnWriteArrayList<>();
        fixture.onUrc = (from, urc) -> {
            try {
                reads.add(from.execute(AtCommand.of("AT+CMGR=" + urc.value().split(",")[1]).expecting("+CMGR:")));
            } catch (AtException e) {
                throw new IllegalStateException(e);
            }
        };
        fixture.modem.expect("AT+CMGR=4", "\r\n+CMGR: 0,,28\r\n" + DELIVER + "\r\n\r\nOK\r\n");
        fixture.modem.send("\r\n+CMTI: \"SM\",4\r\n");

        await().atMost(Duration.ofSeconds(5)).until(() -> reads.size() == 1);
        assertThat(reads.get(0).lines()).containsExactly("+CMGR: 0,,28", DELIVER);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "+CMTI: \"SM\",1", // 27.005 §3.4.1
        "+CDSI: \"SR\",2", // 27.005 §3.4.1
        "RING", "+CRING: VOICE", "NO CARRIER", "+CIEV: 1,3", "+CGREG: 1", "+CEREG: 1", // 27.007
        "^RSSI: 17", "^MODE: 5,4", "^BOOT: 20952548,0,0,0,72", "^SRVST: 2", "^SIMST: 1", "^HCSQ: \"LTE\",45,40,125,20",
        "+WIND: 4", // Sierra Wireless / Wavecom AT command manual, general indications
        "+ZDONR: \"CMCC\",460,0,\"CS_PS\",\"ROAM_OFF\"", "+ZPASR: \"UMTS\"", "+ZUSIMR: 2", // ZTE
        "RDY", "Call Ready", "SMS Ready", "*PSUTTZ: 2024,5,1,8,0,0,\"+32\",0", "NORMAL POWER DOWN", // SIMCom SIM800
        "+QIND: SMS DONE", "+QUSIM: 1", "POWERED DOWN" // Quectel EC2x
    })
    void theDefaultTableKnowsTheMakersCodes(String line) {
        assertThat(UrcTable.defaults().match(line)).as(line).isPresent();
    }
}

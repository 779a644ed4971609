package community.porter.modem.at;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import community.porter.modem.pdu.EncodedPdu;
import community.porter.modem.pdu.SmsDeliver;
import community.porter.modem.pdu.SmsStatusReport;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One AT command each, over the scripted modem, with answers in the formats of 27.005/27.007. */
class ModemCommandsTest {

    /**
     * SMS-DELIVER "hellohello" from +27838890001, 28 octets after the SMSC field. Source: Lars
     * Pettersson, "SMS messages and the PDU format" (dreamfabric), receiving example.
     */
    static final String DELIVER = "07917283010010F5040BC87238880900F10000993092516195800AE8329BFD4697D9EC37";

    /**
     * SMS-STATUS-REPORT with SMSC field 00, TP-MR 8, 26 octets. Source: CSDN blog article 1503482
     * on reading SMS-STATUS-REPORT with AT commands.
     */
    static final String STATUS_REPORT = "0006080D91683158136777F7602070416530006020704165300000";

    /** SMS-SUBMIT "hellohello", 23 octets. Source: dreamfabric, "SMS messages and the PDU format". */
    static final String SUBMIT = "0011000B916407281553F80000AA0AE8329BFD4697D9EC37";

    private final AtSessionFixture fixture;
    private final ModemCommands commands;

    ModemCommandsTest() throws AtLinkException {
        fixture = new AtSessionFixture();
        commands = new ModemCommands(fixture.session);
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    @Test
    void signalQualityIsConvertedToDbm() throws Exception {
        fixture.modem.expect("AT+CSQ", "\r\n+CSQ: 21,99\r\n\r\nOK\r\n")
                .expect("AT+CSQ", "\r\n+CSQ: 99,99\r\n\r\nOK\r\n");

        SignalQuality good = commands.signal();
        SignalQuality none = commands.signal();

        assertThat(good.dbm()).hasValue(-71);
        assertThat(none.dbm()).isEmpty();
        assertThat(new SignalQuality(0, 99).dbm()).hasValue(-113);
        assertThat(new SignalQuality(31, 0).dbm()).hasValue(-51);
        assertThat(new SignalQuality(100, 99).dbm()).hasValue(-116);
    }

    @Test
    void registrationIsReadFromTheAnswerAndFromTheUnsolicitedForm() throws Exception {
        fixture.modem.expect("AT+CREG?", "\r\n+CREG: 2,5,\"1A2B\",\"3C4D\"\r\n\r\nOK\r\n")
                .expect("AT+CREG?", "\r\n+CREG: 0,2\r\n\r\nOK\r\n");

        NetworkRegistration roaming = commands.registration();
        NetworkRegistration searching = commands.registration();

        assertThat(roaming).isEqualTo(new NetworkRegistration(NetworkRegistration.State.ROAMING,
                Optional.of("1A2B"), Optional.of("3C4D")));
        assertThat(roaming.registered()).isTrue();
        assertThat(searching.state()).isEqualTo(NetworkRegistration.State.SEARCHING);
        assertThat(searching.registered()).isFalse();
        assertThat(NetworkRegistration.fromUnsolicited(new Urc(Optional.of("+CREG"), "+CREG: 1", Optional.empty())))
                .map(NetworkRegistration::state).contains(NetworkRegistration.State.HOME);
    }

    @Test
    void identityAnswersWithOrWithoutTheirPrefix() throws Exception {
        fixture.modem.expect("AT+CGSN", "\r\n867345021234567\r\n\r\nOK\r\n")
                .expect("AT+CGSN", "\r\n+CGSN: \"867345021234567\"\r\n\r\nOK\r\n")
                .expect("AT+CGMI", "\r\nQuectel\r\n\r\nOK\r\n")
                .expect("AT+CGMM", "\r\n+CGMM: \"EC25\"\r\n\r\nOK\r\n");

        assertThat(commands.imei()).isEqualTo("867345021234567");
        assertThat(commands.imei()).isEqualTo("867345021234567");
        assertThat(commands.manufacturer()).isEqualTo("Quectel");
        assertThat(commands.model()).isEqualTo("EC25");
    }

    @Test
    void theIccidCommandsAreTriedInOrderUntilOneAnswers() throws Exception {
        fixture.modem.expect("AT+CCID", "\r\nERROR\r\n")
                .expect("AT+ICCID", "\r\n+CME ERROR: 4\r\n")
                .expect("AT^ICCID?", "\r\n^ICCID: 98680021436587092143\r\n\r\nOK\r\n");

        assertThat(commands.iccid()).contains("89860012345678901234");
    }

    @Test
    void anIccidWithPaddingLosesIt() throws Exception {
        fixture.modem.expect("AT+CCID", "\r\n8944200011231044047F\r\n\r\nOK\r\n");

        assertThat(commands.iccid()).contains("8944200011231044047");
    }

    @Test
    void noIccidCommandIsNoIccid() throws Exception {
        fixture.modem.expect("AT+CCID", "\r\nERROR\r\n").expect("AT+ICCID", "\r\nERROR\r\n")
                .expect("AT^ICCID?", "\r\nERROR\r\n").expect("AT+QCCID", "\r\nERROR\r\n");

        assertThat(commands.iccid()).isEmpty();
    }

    @Test
    void preferredStorageReportsItsCapacity() throws Exception {
        fixture.modem.expect("AT+CPMS=\"SM\",\"SM\",\"SM\"", "\r\n+CPMS: 20,20,20,20,20,20\r\n\r\nOK\r\n");

        MessageStorage storage = commands.preferredStorage("SM");

        assertThat(storage).isEqualTo(new MessageStorage("SM", 20, 20));
        assertThat(storage.full()).isTrue();
        assertThat(MessageStorage.parse("SM", "\"ME\",3,100,\"ME\",3,100,\"ME\",3,100"))
                .contains(new MessageStorage("ME", 3, 100));
    }

    @Test
    void aStoredMessageIsReadAndDecoded() throws Exception {
        fixture.modem.expect("AT+CMGR=3", "\r\n+CMGR: 0,,28\r\n" + DELIVER + "\r\n\r\nOK\r\n");

        Optional<StoredSms> read = commands.read(3);

        assertThat(read).get().isInstanceOfSatisfying(StoredSms.Readable.class, sms -> {
            assertThat(sms.index()).isEqualTo(3);
            assertThat(sms.status()).isEqualTo(StoredStatus.RECEIVED_UNREAD);
            assertThat(sms.rawPdu()).isEqualTo(DELIVER);
            assertThat(((SmsDeliver) sms.pdu()).originator().value()).isEqualTo("27838890001");
        });
    }

    @Test
    void anEmptySlotReadsAsNothing() throws Exception {
        // SIMCom answers an empty slot with a bare OK, others with +CMS ERROR: 321 or length 0.
        fixture.modem.expect("AT+CMGR=1", "\r\nOK\r\n")
                .expect("AT+CMGR=2", "\r\n+CMS ERROR: 321\r\n")
                .expect("AT+CMGR=3", "\r\n+CMGR: 0,,0\r\n\r\nOK\r\n");

        assertThat(commands.read(1)).isEmpty();
        assertThat(commands.read(2)).isEmpty();
        assertThat(commands.read(3)).isEmpty();
    }

    @Test
    void aPduWhoseLengthDisagreesIsMalformedWithItsRawHex() throws Exception {
        fixture.modem.expect("AT+CMGR=4", "\r\n+CMGR: 1,,27\r\n" + DELIVER + "\r\n\r\nOK\r\n");

        assertThat(commands.read(4)).get().isInstanceOfSatisfying(StoredSms.Malformed.class, sms -> {
            assertThat(sms.index()).isEqualTo(4);
            assertThat(sms.rawPdu()).isEqualTo(DELIVER);
            assertThat(sms.reason()).contains("27");
        });
    }

    @Test
    void aListingKeepsEveryMessageGoodOrBadAndRoutesAsideANewIndication() throws Exception {
        fixture.modem.expect("AT+CMGL=4",
                "\r\n+CMGL: 1,1,,28\r\n" + DELIVER + "\r\n",
                "+CMTI: \"SM\",5\r\n",
                "+CMGL: 2,0,\"Smith, J\",28\r\nZZZZ\r\n",
                "+CMGL: 3,0,,26\r\n" + STATUS_REPORT + "\r\n",
                "+CMGL: 4,0,,28\r\n",
                "+CMGL: 5,1,,28\r\n" + DELIVER + "\r\n\r\nOK\r\n");

        List<StoredSms> listing = commands.listAll();

        assertThat(listing).extracting(StoredSms::index).containsExactly(1, 2, 3, 4, 5);
        assertThat(listing.get(0)).isInstanceOf(StoredSms.Readable.class);
        assertThat(listing.get(1)).isInstanceOfSatisfying(StoredSms.Malformed.class,
                sms -> assertThat(sms.rawPdu()).isEqualTo("ZZZZ"));
        assertThat(listing.get(2)).isInstanceOfSatisfying(StoredSms.Readable.class,
                sms -> assertThat(((SmsStatusReport) sms.pdu()).messageReference()).isEqualTo(8));
        assertThat(listing.get(3)).isInstanceOfSatisfying(StoredSms.Malformed.class,
                sms -> assertThat(sms.reason()).contains("no PDU line"));
        assertThat(listing.get(4)).isInstanceOf(StoredSms.Readable.class);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> fixture.urcs.size() == 1);
        assertThat(StorageIndication.from(fixture.urcs.get(0))).contains(new StorageIndication(false, "SM", 5));
    }

    @Test
    void aSendReturnsTheMessageReference() throws Exception {
        fixture.modem.expect("AT+CMGS=23", "\r\n> ")
                .expect(SUBMIT + ScriptedModem.CTRL_Z, "\r\n+CMGS: 77\r\n\r\nOK\r\n");

        assertThat(commands.send(new EncodedPdu(SUBMIT, 23))).hasValue(77);
    }

    @Test
    void aSendAnsweredWithOkAloneWentOutWithoutAReference() throws Exception {
        fixture.modem.expect("AT+CMGS=23", "\r\n> ").expect(SUBMIT + ScriptedModem.CTRL_Z, "\r\nOK\r\n");

        assertThat(commands.send(new EncodedPdu(SUBMIT, 23))).isEmpty();
    }

    @Test
    void deleteRemovesOneIndex() throws Exception {
        fixture.modem.expectOk("AT+CMGD=7");

        commands.delete(7);

        assertThat(fixture.modem.received()).containsExactly("AT+CMGD=7");
    }

    @Test
    void resetUsesTheDialectsCommand() throws Exception {
        fixture.modem.expectOk("AT+CFUN=1,1").expectOk("ATZ");

        commands.reset(ModemDialect.SIMCOM);
        commands.reset(ModemDialect.GENERIC);

        assertThat(fixture.modem.received()).containsExactly("AT+CFUN=1,1", "ATZ");
        assertThat(ModemDialect.SIERRA_WAVECOM.resetCommand()).isEqualTo("AT+CFUN=1");
    }

    @Test
    void aModemThatRestartsBeforeAnsweringHasBeenReset() throws Exception {
        try (AtSessionFixture quick = new AtSessionFixture(AtSessionFixture.SETTINGS.withTimeouts(
                Duration.ofSeconds(3), Duration.ofMillis(300), Duration.ofSeconds(3), Duration.ofSeconds(3)))) {
            quick.modem.expect("AT+CFUN=1,1");

            new ModemCommands(quick.session).reset(ModemDialect.QUECTEL);

            assertThat(quick.modem.received()).containsExactly("AT+CFUN=1,1");
        }
    }

    @Test
    void dialectsAreRecognisedFromManufacturerAndModel() {
        assertThat(ModemDialect.recognise("huawei", "E3372")).isEqualTo(ModemDialect.HUAWEI);
        assertThat(ModemDialect.recognise("WAVECOM MODEM", "MULTIBAND  900E  1800")).isEqualTo(
                ModemDialect.SIERRA_WAVECOM);
        assertThat(ModemDialect.recognise("ZTE INCORPORATED", "MF626")).isEqualTo(ModemDialect.ZTE);
        assertThat(ModemDialect.recognise("SIMCOM_Ltd", "SIMCOM_SIM800L")).isEqualTo(ModemDialect.SIMCOM);
        assertThat(ModemDialect.recognise("Quectel", "EC25")).isEqualTo(ModemDialect.QUECTEL);
        assertThat(ModemDialect.recognise("", "")).isEqualTo(ModemDialect.GENERIC);
    }

    @Test
    void storageIndicationsAreReadFromTheirCodes() {
        assertThat(StorageIndication.from(new Urc(Optional.of("+CDSI"), "+CDSI: \"SR\",2", Optional.empty())))
                .contains(new StorageIndication(true, "SR", 2));
        assertThat(StorageIndication.from(new Urc(Optional.of("+CMTI"), "+CMTI: \"SM\"", Optional.empty()))).isEmpty();
        assertThat(StorageIndication.from(new Urc(Optional.of("RING"), "RING", Optional.empty()))).isEmpty();
    }

    @Test
    void aPinThatIsNotDigitsNeverGoesOut() {
        assertThatThrownBy(() -> commands.enterPin("12\"4")).isInstanceOf(IllegalArgumentException.class);
        assertThat(fixture.modem.received()).isEmpty();
    }
}

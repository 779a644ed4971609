package community.porter.modem.at;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Commands, answers and errors over the in-memory pipe. Answers are in the formats of ITU-T
 * V.250, 3GPP TS 27.005 and 27.007 and of the makers' manuals named where used.
 */
class AtSessionTest {

    private AtSessionFixture fixture;
    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void tearDown() {
        threads.shutdownNow();
        if (fixture != null) {
            fixture.close();
        }
    }

    private AtSession session() throws AtLinkException {
        if (fixture == null) {
            fixture = new AtSessionFixture();
        }
        return fixture.session;
    }

    private ScriptedModem modem() throws AtLinkException {
        session();
        return fixture.modem;
    }

    @Test
    void aQueryReturnsItsInformationLineAndOk() throws Exception {
        modem().expect("AT+CSQ", "\r\n+CSQ: 21,99\r\n\r\nOK\r\n");

        AtResponse response = session().execute(AtCommand.of("AT+CSQ").expecting("+CSQ:"));

        assertThat(response.lines()).containsExactly("+CSQ: 21,99");
        assertThat(response.value("+CSQ:")).contains("21,99");
        assertThat(response.finalResult()).contains("OK");
        assertThat(modem().received()).containsExactly("AT+CSQ");
    }

    @Test
    void anEchoedCommandIsDropped() throws Exception {
        modem().echo(ScriptedModem.Echo.ON).expect("AT+CGMI", "\r\nSIMCOM_Ltd\r\n\r\nOK\r\n");

        assertThat(session().execute(AtCommand.of("AT+CGMI")).lines()).containsExactly("SIMCOM_Ltd");
    }

    @Test
    void anEchoInAnotherCaseWithAnExtraCarriageReturnIsDropped() throws Exception {
        modem().echo(ScriptedModem.Echo.LOWER_CASE_EXTRA_CR)
                .expect("AT+CGMM", "\r\nSIM800\r\n\r\nOK\r\n")
                .expect("ATE0", "\r\nOK\r\n");

        assertThat(session().execute(AtCommand.of("AT+CGMM")).lines()).containsExactly("SIM800");
        assertThat(session().execute(AtCommand.of("ATE0")).lines()).isEmpty();
    }

    @Test
    void anAnswerCutIntoSingleBytesIsPutTogether() throws Exception {
        modem();
        fixture.link.maxRead(1);
        fixture.modem.expect("AT+CGSN", "\r\n", "8673", "4502", "1234567\r", "\n\r\nO", "K\r\n");

        assertThat(session().execute(AtCommand.of("AT+CGSN")).lines()).containsExactly("867345021234567");
    }

    @Test
    void lineEndsOfEveryKindAreAccepted() throws Exception {
        modem().expect("AT+CGMR", "\n+CGMR: 1.0\r\rOK\n");

        assertThat(session().execute(AtCommand.of("AT+CGMR")).lines()).containsExactly("+CGMR: 1.0");
    }

    @Test
    void errorIsACommandExceptionAndTheSessionGoesOn() throws Exception {
        modem().expect("AT+CNMI=3,3,3,3,3", "\r\nERROR\r\n").expectOk("AT");

        assertThatThrownBy(() -> session().execute(AtCommand.of("AT+CNMI=3,3,3,3,3")))
                .isExactlyInstanceOf(AtCommandException.class)
                .hasMessageContaining("AT+CNMI=3,3,3,3,3")
                .extracting(e -> ((AtCommandException) e).finalResult()).isEqualTo("ERROR");
        assertThat(session().execute(AtCommand.of("AT")).finalResult()).contains("OK");
    }

    @Test
    void huaweiCommandNotSupportIsAnError() throws Exception {
        // Huawei AT command interface specifications list COMMAND NOT SUPPORT as a final result.
        modem().expect("AT^FOO", "\r\nCOMMAND NOT SUPPORT\r\n");

        assertThatThrownBy(() -> session().execute(AtCommand.of("AT^FOO")))
                .isExactlyInstanceOf(AtCommandException.class);
    }

    @Test
    void numericCmeErrorsAreNamed() throws Exception {
        modem().expect("AT+CMGL=4", "\r\n+CME ERROR: 11\r\n")
                .expect("AT+CPIN?", "\r\n+CME ERROR: 10\r\n");

        assertThatThrownBy(() -> session().execute(AtCommand.of("AT+CMGL=4")))
                .isInstanceOfSatisfying(CmeErrorException.class, e -> {
                    assertThat(e.error()).contains(CmeError.SIM_PIN_REQUIRED);
                    assertThat(e.code()).hasValue(11);
                });
        assertThatThrownBy(() -> session().execute(AtCommand.of("AT+CPIN?")))
                .isInstanceOfSatisfying(CmeErrorException.class,
                        e -> assertThat(e.error()).contains(CmeError.SIM_NOT_INSERTED));
    }

    @Test
    void verboseCmeErrorsAreNamedToo() throws Exception {
        // After AT+CMEE=2 the words of 27.007 §9.2.1 replace the number.
        modem().expect("AT+CPMS=\"SM\"", "\r\n+CME ERROR: SIM busy\r\n");

        assertThatThrownBy(() -> session().execute(AtCommand.of("AT+CPMS=\"SM\"")))
                .isInstanceOfSatisfying(CmeErrorException.class, e -> {
                    assertThat(e.error()).contains(CmeError.SIM_BUSY);
                    assertThat(e.code()).hasValue(14);
                    assertThat(e.detail()).isEqualTo("SIM busy");
                });
    }

    @Test
    void cmsErrorsAreNamedAndSayWhetherToRetry() throws Exception {
        modem().expect("AT+CMGR=99", "\r\n+CMS ERROR: 321\r\n")
                .expect("AT+CMGW", "\r\n+CMS ERROR: 322\r\n")
                .expect("AT+CMGD=1", "\r\n+CMS ERROR: 332\r\n")
                .expect("AT+CMGD=2", "\r\n+CMS ERROR: 4711\r\n");

        assertThatThrownBy(() -> session().execute(AtCommand.of("AT+CMGR=99")))
                .isInstanceOfSatisfying(CmsErrorException.class, e -> {
                    assertThat(e.error()).contains(CmsError.INVALID_MEMORY_INDEX);
                    assertThat(e.temporary()).isFalse();
                });
        assertThatThrownBy(() -> session().execute(AtCommand.of("AT+CMGW")))
                .isInstanceOfSatisfying(CmsErrorException.class,
                        e -> assertThat(e.error()).contains(CmsError.MEMORY_FULL));
        assertThatThrownBy(() -> session().execute(AtCommand.of("AT+CMGD=1")))
                .isInstanceOfSatisfying(CmsErrorException.class, e -> {
                    assertThat(e.error()).contains(CmsError.NETWORK_TIMEOUT);
                    assertThat(e.temporary()).isTrue();
                });
        assertThatThrownBy(() -> session().execute(AtCommand.of("AT+CMGD=2")))
                .isInstanceOfSatisfying(CmsErrorException.class, e -> {
                    assertThat(e.error()).isEmpty();
                    assertThat(e.code()).hasValue(4711);
                    assertThat(e.temporary()).as("an unknown error is retried rather than dropped").isTrue();
                });
    }

    @Test
    void aSilentModemTimesOutWithinTheDeadlineAndTheSessionRecovers() throws Exception {
        modem().expect("AT+COPS?")
                .expectResync()
                .expect("AT+CSQ", "\r\n+CSQ: 15,0\r\n\r\nOK\r\n");

        long start = System.nanoTime();
        assertThatThrownBy(() -> session().execute(AtCommand.of("AT+COPS?").withTimeout(Duration.ofMillis(300))))
                .isInstanceOfSatisfying(AtTimeoutException.class,
                        e -> assertThat(e.stage()).isEqualTo(AtTimeoutException.Stage.NO_RESULT));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(300), Duration.ofSeconds(2));

        assertThat(session().execute(AtCommand.of("AT+CSQ").expecting("+CSQ:")).lines())
                .containsExactly("+CSQ: 15,0");
        assertThat(modem().received()).containsExactly("AT+COPS?", "AT", "AT+CSQ");
    }

    @Test
    void aLateAnswerIsNotTakenForTheNextCommands() throws Exception {
        // The late answer of AT+COPS? and the OK of the resync AT come together: the session
        // must drop both before AT+CSQ goes out.
        // Small reads and blank lines make the reader reach the AT's own OK only after the
        // session would already have written AT+CSQ, were it not waiting for quiet.
        fixture = new AtSessionFixture(AtSessionFixture.SETTINGS.withGraceAndResync(Duration.ofMillis(500),
                Duration.ofSeconds(2)));
        fixture.link.maxRead(8);
        fixture.modem.expect("AT+COPS?")
                .expect("AT", "\r\n+COPS: 0,0,\"CHINA MOBILE\"\r\n\r\nOK\r\n", "\r\n".repeat(2000), "\r\nOK\r\n")
                .expect("AT+CSQ", "\r\n+CSQ: 15,0\r\n\r\nOK\r\n");

        assertThatThrownBy(() -> session().execute(AtCommand.of("AT+COPS?").withTimeout(Duration.ofMillis(200))))
                .isInstanceOf(AtTimeoutException.class);

        assertThat(session().execute(AtCommand.of("AT+CSQ").expecting("+CSQ:")).lines())
                .containsExactly("+CSQ: 15,0");
        assertThat(fixture.urcLines()).containsExactly("+COPS: 0,0,\"CHINA MOBILE\"");
    }

    @Test
    void aModemThatStaysSilentFailsTheNextCommandQuicklyAndUnsent() throws Exception {
        AtSessionSettings settings = AtSessionFixture.SETTINGS.withGraceAndResync(Duration.ofMillis(50),
                Duration.ofMillis(300));
        fixture = new AtSessionFixture(settings);
        fixture.modem.expect("AT+COPS?").expect("AT").expect(ScriptedModem.ESC);

        assertThatThrownBy(() -> fixture.session.execute(AtCommand.of("AT+COPS?").withTimeout(Duration.ofMillis(200))))
                .isInstanceOf(AtTimeoutException.class);
        long start = System.nanoTime();
        assertThatThrownBy(() -> fixture.session.execute(AtCommand.of("AT+CSQ")))
                .isInstanceOfSatisfying(AtTimeoutException.class,
                        e -> assertThat(e.stage()).isEqualTo(AtTimeoutException.Stage.NOT_SENT));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        assertThat(fixture.modem.received()).doesNotContain("AT+CSQ");
    }

    @Test
    void garbageBytesNeverStopTheSession() throws Exception {
        modem().expectOk("AT");
        fixture.modem.sendBytes(new byte[] {0x00, (byte) 0xFF, (byte) 0xFE, 0x1B, 0x7F, (byte) 0x80, '\r', '\n'});
        fixture.modem.sendBytes(new byte[] {(byte) 0xC3, 0x28, 'x', '\r', '\n'});
        await().atMost(Duration.ofSeconds(5)).until(() -> fixture.urcs.size() == 2);

        assertThat(session().execute(AtCommand.of("AT")).finalResult()).contains("OK");
        assertThat(fixture.urcs).allSatisfy(urc -> assertThat(urc.unrecognised()).isTrue());
    }

    @Test
    void commandsFromSeveralThreadsNeverInterleaveOnTheWire() throws Exception {
        modem().expect("AT+CMGL=4").expect("AT+CSQ", "\r\n+CSQ: 9,99\r\n\r\nOK\r\n");

        Future<AtResponse> listing = threads.submit(() -> session().execute(AtCommand.of("AT+CMGL=4")));
        await().atMost(Duration.ofSeconds(5)).until(() -> modem().received().contains("AT+CMGL=4"));
        CountDownLatch secondCalled = new CountDownLatch(1);
        Future<AtResponse> signal = threads.submit(() -> {
            secondCalled.countDown();
            return session().execute(AtCommand.of("AT+CSQ"));
        });
        secondCalled.await();
        // The second command waits for the first one's answer: nothing new on the wire.
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2))
                .until(() -> modem().received().size() == 1);
        assertThat(signal).isNotDone();
        fixture.modem.send("\r\n+CMGL: 1,1,,5\r\n0000000000\r\n\r\nOK\r\n");

        assertThat(listing.get().lines()).containsExactly("+CMGL: 1,1,,5", "0000000000");
        assertThat(signal.get().lines()).containsExactly("+CSQ: 9,99");
        assertThat(modem().received()).containsExactly("AT+CMGL=4", "AT+CSQ");
    }

    @Test
    void aBrokenLinkFailsTheRunningCommandAndEveryLaterOne() throws Exception {
        modem().expectThen("AT+CSQ", modem -> fixture.link.breakLink());

        assertThatThrownBy(() -> session().execute(AtCommand.of("AT+CSQ"))).isInstanceOf(AtLinkException.class);
        await().atMost(Duration.ofSeconds(5)).until(() -> fixture.linkLosses.size() == 1);
        assertThat(session().isOpen()).isFalse();
        assertThatThrownBy(() -> session().execute(AtCommand.of("AT"))).isInstanceOf(AtLinkException.class);
    }

    @Test
    void closingFailsTheRunningCommand() throws Exception {
        modem().expect("AT+COPS=?");

        Future<AtResponse> scan = threads.submit(() -> session().execute(AtCommand.of("AT+COPS=?")));
        await().atMost(Duration.ofSeconds(5)).until(() -> modem().received().contains("AT+COPS=?"));
        session().close();

        assertThatThrownBy(scan::get).hasCauseInstanceOf(AtLinkException.class);
        assertThatThrownBy(() -> session().execute(AtCommand.of("AT"))).isInstanceOf(AtLinkException.class);
        assertThat(fixture.linkLosses).as("close is not a loss").isEmpty();
    }

    @Test
    void aSecretNeverAppearsInAnError() throws Exception {
        modem().expect("AT+CPIN=\"4321\"", "\r\n+CME ERROR: 16\r\n");

        assertThatThrownBy(() -> session().execute(AtCommand.of("AT+CPIN=\"4321\"").asSensitive()))
                .isInstanceOfSatisfying(CmeErrorException.class, e -> {
                    assertThat(e.error()).contains(CmeError.INCORRECT_PASSWORD);
                    assertThat(e.command()).isEqualTo("AT+CPIN=****");
                })
                .message().doesNotContain("4321");
    }

    @Test
    void commandTextThatWouldEndEarlyOnTheWireIsRefused() {
        assertThatThrownBy(() -> AtCommand.of("AT\rATZ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AtCommand.of("AT+CMGS=5").withPayload("00\u001A"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theWireCarriesExactlyTheCommandAndItsCarriageReturn() throws Exception {
        List<byte[]> written = new java.util.concurrent.CopyOnWriteArrayList<>();
        modem();
        fixture.link.connect(written::add);
        assertThatThrownBy(() -> session().execute(AtCommand.of("ATI").withTimeout(Duration.ofMillis(100))))
                .isInstanceOf(AtTimeoutException.class);
        assertThat(written.get(0)).containsExactly('A', 'T', 'I', '\r');
    }
}

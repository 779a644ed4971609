package community.porter.modem.at;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * AT+CMGS in PDU mode (3GPP TS 27.005 §3.5.1): the command, the {@code >} prompt, the PDU with
 * Ctrl-Z, then {@code +CMGS: <mr>} and OK.
 */
class AtSessionSendTest {

    /**
     * SMS-SUBMIT "hellohello" to +46708251358, 23 octets after the empty SMSC field. Source:
     * Lars Pettersson, "SMS messages and the PDU format" (dreamfabric), sending example.
     */
    private static final String PDU = "0011000B916407281553F80000AA0AE8329BFD4697D9EC37";
    private static final AtCommand SEND = AtCommand.of("AT+CMGS=23").completingOn("+CMGS:").withPayload(PDU);

    private AtSessionFixture fixture;

    @AfterEach
    void tearDown() {
        if (fixture != null) {
            fixture.close();
        }
    }

    private AtSessionFixture fixture() throws AtLinkException {
        if (fixture == null) {
            fixture = new AtSessionFixture();
        }
        return fixture;
    }

    @Test
    void thePduGoesAfterThePromptAndTheReferenceComesBack() throws Exception {
        fixture().modem.expect("AT+CMGS=23", "\r\n> ")
                .expect(PDU + ScriptedModem.CTRL_Z, "\r\n+CMGS: 5\r\n\r\nOK\r\n");

        AtResponse response = fixture.session.execute(SEND);

        assertThat(response.value("+CMGS:")).contains("5");
        assertThat(response.finalResult()).contains("OK");
        assertThat(fixture.modem.received()).containsExactly("AT+CMGS=23", PDU + ScriptedModem.CTRL_Z);
    }

    @Test
    void aPromptWithoutItsSpaceWillDo() throws Exception {
        fixture().modem.expect("AT+CMGS=23", "\r\n>")
                .expect(PDU + ScriptedModem.CTRL_Z, "\r\n+CMGS: 6\r\n\r\nOK\r\n");

        assertThat(fixture.session.execute(SEND).value("+CMGS:")).contains("6");
    }

    @Test
    void withEchoOnTheCommandAndThePduEchoesAreDropped() throws Exception {
        // With ATE1 the modem echoes the command and then the PDU typed after the prompt,
        // Ctrl-Z included.
        fixture().modem.echo(ScriptedModem.Echo.ON)
                .expect("AT+CMGS=23", "\r\n> ")
                .expect(PDU + ScriptedModem.CTRL_Z, PDU + "\u001A", "\r\n+CMGS: 7\r\n\r\nOK\r\n");

        AtResponse response = fixture.session.execute(SEND);

        assertThat(response.lines()).containsExactly("+CMGS: 7");
    }

    @Test
    void anUnsolicitedCodeBetweenThePromptAndTheResultGoesToTheListener() throws Exception {
        // Huawei modems report signal changes with ^RSSI at any time (Huawei MU509 AT command
        // interface specification).
        fixture().modem.expect("AT+CMGS=23", "\r\n> ", "\r\n^RSSI: 14\r\n")
                .expect(PDU + ScriptedModem.CTRL_Z, "\r\n^RSSI: 15\r\n", "\r\n+CMGS: 8\r\n\r\nOK\r\n");

        assertThat(fixture.session.execute(SEND).lines()).containsExactly("+CMGS: 8");
        await().atMost(Duration.ofSeconds(5)).until(() -> fixture.urcs.size() == 2);
        assertThat(fixture.urcLines()).containsExactly("^RSSI: 14", "^RSSI: 15");
        assertThat(fixture.urcs).allSatisfy(urc -> assertThat(urc.is("^RSSI")).isTrue());
    }

    @Test
    void anErrorInsteadOfThePromptFailsTheSendWithoutThePdu() throws Exception {
        fixture().modem.expect("AT+CMGS=23", "\r\n+CMS ERROR: 304\r\n");

        assertThatThrownBy(() -> fixture.session.execute(SEND))
                .isInstanceOfSatisfying(CmsErrorException.class,
                        e -> assertThat(e.error()).contains(CmsError.INVALID_PDU_MODE_PARAMETER));
        assertThat(fixture.modem.received()).containsExactly("AT+CMGS=23");
    }

    @Test
    void aNetworkErrorAfterThePduIsACmsError() throws Exception {
        fixture().modem.expect("AT+CMGS=23", "\r\n> ")
                .expect(PDU + ScriptedModem.CTRL_Z, "\r\n+CMS ERROR: 42\r\n");

        assertThatThrownBy(() -> fixture.session.execute(SEND))
                .isInstanceOfSatisfying(CmsErrorException.class, e -> {
                    assertThat(e.error()).contains(CmsError.CONGESTION);
                    assertThat(e.temporary()).isTrue();
                });
    }

    @Test
    void noPromptSendsEscAndTheSessionRecovers() throws Exception {
        fixture = new AtSessionFixture(AtSessionFixture.SETTINGS.withTimeouts(Duration.ofSeconds(3),
                Duration.ofSeconds(3), Duration.ofSeconds(3), Duration.ofMillis(300)));
        fixture.modem.expect("AT+CMGS=23")
                .expect(ScriptedModem.ESC)
                .expectResync()
                .expect("AT+CSQ", "\r\n+CSQ: 20,99\r\n\r\nOK\r\n");

        assertThatThrownBy(() -> fixture.session.execute(SEND))
                .isInstanceOfSatisfying(AtTimeoutException.class,
                        e -> assertThat(e.stage()).isEqualTo(AtTimeoutException.Stage.NO_PROMPT));
        assertThat(fixture.modem.received()).containsExactly("AT+CMGS=23", ScriptedModem.ESC);

        assertThat(fixture.session.execute(AtCommand.of("AT+CSQ")).lines()).containsExactly("+CSQ: 20,99");
    }

    @Test
    void noResultAfterThePduSaysTheMessageMayHaveGone() throws Exception {
        fixture().modem.expect("AT+CMGS=23", "\r\n> ").expect(PDU + ScriptedModem.CTRL_Z);

        assertThatThrownBy(() -> fixture.session.execute(SEND.withTimeout(Duration.ofMillis(300))))
                .isInstanceOfSatisfying(AtTimeoutException.class,
                        e -> assertThat(e.stage()).isEqualTo(AtTimeoutException.Stage.PAYLOAD_SENT))
                .hasMessageContaining("may have sent");
    }

    @Test
    void aModemThatSendsNoOkAfterTheReferenceCompletesByTheCommandsRule() throws Exception {
        fixture().modem.expect("AT+CMGS=23", "\r\n> ")
                .expect(PDU + ScriptedModem.CTRL_Z, "\r\n+CMGS: 9\r\n")
                .expect("AT+CSQ", "\r\n+CSQ: 20,99\r\n\r\nOK\r\n");

        AtResponse response = fixture.session.execute(SEND);

        assertThat(response.value("+CMGS:")).contains("9");
        assertThat(response.finalResult()).isEmpty();
        assertThat(fixture.session.execute(AtCommand.of("AT+CSQ")).lines()).containsExactly("+CSQ: 20,99");
    }

    @Test
    void withoutTheRuleAMissingOkIsATimeout() throws Exception {
        AtCommand strict = AtCommand.of("AT+CMGS=23").expecting("+CMGS:").withPayload(PDU)
                .withTimeout(Duration.ofMillis(400));
        fixture().modem.expect("AT+CMGS=23", "\r\n> ").expect(PDU + ScriptedModem.CTRL_Z, "\r\n+CMGS: 9\r\n");

        assertThatThrownBy(() -> fixture.session.execute(strict)).isInstanceOf(AtTimeoutException.class);
    }

    @Test
    void theOkAfterTheReferenceIsNotLeftForTheNextCommand() throws Exception {
        fixture().modem.expect("AT+CMGS=23", "\r\n> ")
                .expect(PDU + ScriptedModem.CTRL_Z, "\r\n+CMGS: 10\r\n", "\r\nOK\r\n")
                .expect("AT+CPMS?", "\r\n+CPMS: \"SM\",3,20,\"SM\",3,20,\"SM\",3,20\r\n\r\nOK\r\n");

        assertThat(fixture.session.execute(SEND).finalResult()).contains("OK");
        assertThat(fixture.session.execute(AtCommand.of("AT+CPMS?")).lines())
                .containsExactly("+CPMS: \"SM\",3,20,\"SM\",3,20,\"SM\",3,20");
    }
}

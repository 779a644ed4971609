package community.porter.modem.sim;

import static community.porter.modem.sim.HostSteps.CTRL_Z;
import static community.porter.modem.sim.HostSteps.ESC;
import static community.porter.modem.sim.HostSteps.drain;
import static community.porter.modem.sim.HostSteps.messageReference;
import static community.porter.modem.sim.HostSteps.pdus;
import static community.porter.modem.sim.HostSteps.send;
import static community.porter.modem.sim.HostSteps.settle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import community.porter.modem.pdu.Address;
import community.porter.modem.pdu.EncodedPdu;
import community.porter.modem.pdu.SmsDeliver;
import community.porter.modem.pdu.SubmitPduEncoder;
import community.porter.modem.pdu.SubmitRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What a test makes the modem do wrong, and the odd input a modem copes with. */
class FaultInjectionTest {

    private static final EncodedPdu DOOR_OPEN = SubmitPduEncoder.encode(
            SubmitRequest.to(Address.international("8613900000001"), "door open")).get(0).pdu();

    private SimulatedModem modem;
    private AtTerminal host;

    private void open(SimulatedModem.Builder builder) {
        modem = builder.start();
        host = AtTerminal.open(modem.hostPath());
        settle(host);
    }

    private void open(Dialect dialect) {
        open(SimulatedModem.builder(dialect));
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

    /** Writes and waits until the modem has read every byte, answered or not. */
    private void writeAndAwaitRead(String text) {
        long before = modem.bytesReceived();
        host.write(text);
        await().atMost(Duration.ofSeconds(5)).until(() -> modem.bytesReceived() >= before + text.length());
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void a_hung_modem_answers_nothing_until_it_recovers(Dialect dialect) {
        open(dialect);
        assertThat(host.command("AT+CNMI=2,1,0,0,0")).containsExactly("OK");
        modem.hang();

        int mark = host.mark();
        writeAndAwaitRead("AT+CSQ\r");
        modem.deliver("+8613912345678", "while hung");
        modem.noise();

        assertThat(modem.commands()).last().isEqualTo("AT+CSQ");
        modem.recover();
        assertThat(host.command("AT")).containsExactly("OK");
        assertThat(host.lines(mark)).as("no answer, no indication, no noise while hung").containsExactly("OK");
        assertThat(modem.storage()).as("the message still reached the SIM").hasSize(1);
    }

    @Test
    void a_hang_that_allows_it_ends_with_a_reset() {
        open(SimulatedModem.builder(Dialect.QUECTEL));
        modem.hang(true);
        int mark = host.mark();
        writeAndAwaitRead("AT\r");

        host.write("AT+CFUN=1,1\r");

        host.awaitLine(mark, "+QIND: SMS DONE"::equals);
        assertThat(host.lines(mark)).startsWith("OK", "RDY");
        assertThat(modem.isHung()).isFalse();
        assertThat(modem.boots()).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void hangs_after_the_prompt_of_the_next_send(Dialect dialect) {
        open(dialect);
        modem.hangOnNext("at+cmgs");

        int mark = host.mark();
        host.write("AT+CMGS=" + DOOR_OPEN.tpduLength() + "\r");
        host.awaitPrompt(mark, "> ");
        writeAndAwaitRead(DOOR_OPEN.hex() + CTRL_Z);
        writeAndAwaitRead("AT\r");

        assertThat(modem.isHung()).isTrue();
        assertThat(modem.submitted()).isEmpty();
        modem.recover();
        assertThat(host.command("AT")).containsExactly("OK");
        assertThat(host.lines(mark)).containsExactly("> ", "OK");
        assertThat(host.raw(mark)).startsWith("\r\n> \r\nOK\r\n");
        assertThat(messageReference(send(host, DOOR_OPEN, "> "))).as("sends again once recovered").isZero();
    }

    @Test
    void hangs_before_answering_the_next_matching_command() {
        open(SimulatedModem.builder(Dialect.HUAWEI));
        modem.hangOnNext("AT+CSQ");
        int mark = host.mark();

        writeAndAwaitRead("AT+CPMS?\r");
        host.awaitFinal(mark);
        writeAndAwaitRead("AT+CSQ\r");

        assertThat(modem.isHung()).isTrue();
        modem.recover();
        assertThat(host.command("AT")).containsExactly("OK");
        assertThat(host.lines(mark)).noneMatch(line -> line.startsWith("+CSQ"));
    }

    @Test
    void leaves_the_final_OK_off_where_told() {
        open(SimulatedModem.builder(Dialect.ZTE));
        modem.dropOkAfter("AT+CNMI");
        modem.dropOkAfter("AT+CPMS");

        int mark = host.mark();
        writeAndAwaitRead("AT+CNMI=2,1,0,0,0\r");
        writeAndAwaitRead("AT+CPMS?\r");
        drain(host);

        assertThat(host.lines(mark)).containsExactly("+CPMS: \"SM\",0,20,\"SM\",0,20,\"SM\",0,20", "OK");
        int query = host.mark();
        writeAndAwaitRead("AT+CNMI?\r");
        drain(host);
        assertThat(host.lines(query)).as("the command took effect").containsExactly("+CNMI: 2,1,0,0,0", "OK");
        modem.clearFaults();
        assertThat(host.command("AT+CNMI?")).containsExactly("+CNMI: 2,1,0,0,0", "OK");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void refuses_a_pdu_that_does_not_match_its_length_or_is_not_a_submit(Dialect dialect) {
        open(dialect);

        assertThat(send(host, new EncodedPdu(DOOR_OPEN.hex(), DOOR_OPEN.tpduLength() + 1), "> "))
                .containsExactly("+CMS ERROR: 304");
        assertThat(send(host, new EncodedPdu(DOOR_OPEN.hex() + "00", DOOR_OPEN.tpduLength()), "> "))
                .containsExactly("+CMS ERROR: 304");
        assertThat(send(host, new EncodedPdu("ZZ", 1), "> ")).containsExactly("+CMS ERROR: 304");
        EncodedPdu deliver = IncomingSms.of("+8613912345678", "not a submit").pdus().get(0);
        assertThat(send(host, deliver, "> ")).containsExactly("+CMS ERROR: 304");
        assertThat(host.command("AT+CMGS=0")).containsExactly("+CMS ERROR: 304");
        assertThat(modem.submitted()).isEmpty();
        assertThat(messageReference(send(host, DOOR_OPEN, "> "))).as("fine after all that").isZero();
    }

    @Test
    void esc_after_the_prompt_cancels_the_send() {
        open(SimulatedModem.builder(Dialect.WAVECOM));
        int mark = host.mark();
        host.write("AT+CMGS=" + DOOR_OPEN.tpduLength() + "\r");
        host.awaitPrompt(mark, "> ");

        int afterPrompt = host.mark();
        host.write(DOOR_OPEN.hex().substring(0, 10) + ESC);

        assertThat(host.awaitFinal(afterPrompt)).containsExactly("OK");
        assertThat(modem.submitted()).isEmpty();
    }

    @Test
    void fails_the_next_send_as_told_and_without_network() {
        open(SimulatedModem.builder(Dialect.SIMCOM));
        modem.failNextSend(500);

        assertThat(send(host, DOOR_OPEN, "> ")).containsExactly("+CMS ERROR: 500");
        assertThat(messageReference(send(host, DOOR_OPEN, "> "))).isZero();
        modem.registration(Registration.SEARCHING);
        assertThat(send(host, DOOR_OPEN, "> ")).containsExactly("+CMS ERROR: 331");
        assertThat(host.command("AT+CFUN=4")).containsExactly("OK");
        modem.registration(Registration.HOME);
        assertThat(send(host, DOOR_OPEN, "> ")).as("radio off").containsExactly("+CMS ERROR: 331");
        assertThat(host.command("AT+CFUN=1")).containsExactly("OK");
        assertThat(messageReference(send(host, DOOR_OPEN, "> "))).isEqualTo(1);
        assertThat(modem.submitted()).hasSize(2);
    }

    @Test
    void takes_its_time_to_send_and_reads_nothing_meanwhile() {
        open(SimulatedModem.builder(Dialect.QUECTEL));
        modem.sendLatency(Duration.ofMillis(300));
        int mark = host.mark();
        host.write("AT+CMGS=" + DOOR_OPEN.tpduLength() + "\r");
        host.awaitPrompt(mark, "> ");
        int afterPrompt = host.mark();

        host.write(DOOR_OPEN.hex() + CTRL_Z + "AT+CSQ\r");

        await().atMost(Duration.ofSeconds(5)).until(() -> host.lines(afterPrompt).size() >= 4);
        assertThat(host.lines(afterPrompt)).containsExactly("+CMGS: 0", "OK", "+CSQ: 20,99", "OK");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void prints_noise_after_the_prompt_and_before_the_result_when_told(Dialect dialect) {
        open(dialect);
        modem.noiseBetweenPromptAndResult(true);
        List<String> noise = dialect.noiseLines(modem.network());
        int mark = host.mark();

        List<String> result = send(host, DOOR_OPEN, "> ");

        assertThat(result).last().isEqualTo("OK");
        assertThat(host.raw(mark)).startsWith("\r\n> \r\n" + noise.get(0) + "\r\n");
        assertThat(host.lines(mark)).containsSubsequence(noise.get(1), "+CMGS: 0", "OK");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void prints_noise_between_listed_messages_when_told(Dialect dialect) {
        open(dialect);
        modem.deliver("+8613912345678", "first");
        modem.deliver("+8613912345678", "second");
        drain(host);
        modem.noiseInsideListing(true);

        List<String> listing = host.command("AT+CMGL=4");

        assertThat(listing.get(2)).isEqualTo(dialect.noiseLines(modem.network()).get(0));
        assertThat(pdus(listing, "+CMGL:")).extracting(pdu -> ((SmsDeliver) pdu).userData().text().orElseThrow())
                .containsExactly("first", "second");
    }

    @Test
    void a_prompt_without_the_space_when_the_firmware_leaves_it_out() {
        open(SimulatedModem.builder(Dialect.WAVECOM).prompt(">"));
        int mark = host.mark();

        List<String> result = send(host, DOOR_OPEN, ">");

        assertThat(host.raw(mark)).startsWith("\r\n>\r\n+CMGS: 0\r\n");
        assertThat(messageReference(result)).isZero();
    }

    @Test
    void text_mode_is_accepted_or_refused_but_its_commands_are_not_simulated() {
        open(SimulatedModem.builder(Dialect.HUAWEI));
        assertThat(host.command("AT+CMGF=1")).containsExactly("OK");
        assertThat(host.command("AT+CMGL=4")).containsExactly("+CMS ERROR: 302");
        assertThat(host.command("AT+CMGF=0")).containsExactly("OK");
        close();

        open(SimulatedModem.builder(Dialect.HUAWEI).textMode(false));
        assertThat(host.command("AT+CMGF=1")).containsExactly("ERROR");
        assertThat(host.command("AT+CMGF=?")).containsExactly("+CMGF: (0)", "OK");
    }

    @Test
    void skips_garbage_before_AT_and_leaves_lines_without_AT_unanswered() {
        open(SimulatedModem.builder(Dialect.ZTE));
        host.write(new byte[] {0x00, (byte) 0xFF, 'x', 'y'});
        assertThat(host.command("AT+CSQ")).containsExactly("+CSQ: 20,99", "OK");

        int mark = host.mark();
        writeAndAwaitRead("junk\r");
        assertThat(host.command("at+csq")).as("lower case is fine").containsExactly("+CSQ: 20,99", "OK");
        assertThat(host.lines(mark)).containsExactly("+CSQ: 20,99", "OK");
        assertThat(modem.commands()).containsSubsequence("junk", "at+csq");
    }

    @Test
    void runs_several_commands_of_one_line_and_stops_at_the_first_error() {
        open(SimulatedModem.builder(Dialect.QUECTEL));

        assertThat(host.command("AT+CMGF=0;+CSQ;+CREG?")).containsExactly("+CSQ: 20,99", "+CREG: 0,1", "OK");
        assertThat(host.command("ATE0V1Q0")).containsExactly("OK");
        assertThat(host.command("AT+CMEE=2;+NOPE;+CMEE=0")).containsExactly("ERROR");
        assertThat(host.command("AT+CMEE?")).as("ran up to the error").containsExactly("+CMEE: 2", "OK");
        assertThat(host.command("AT+CSQ\bQ")).as("backspace edits").containsExactly("+CSQ: 20,99", "OK");
    }

    @Test
    void puts_garbage_on_the_line_when_told() {
        open(SimulatedModem.builder(Dialect.HUAWEI));
        int mark = host.mark();

        modem.garbage(new byte[] {(byte) 0xFE, 0x01, 'Q'});
        drain(host);

        assertThat(host.raw(mark).getBytes(StandardCharsets.ISO_8859_1)).startsWith(0xFE, 0x01, 'Q');
    }

    @Test
    void echoes_the_pdu_typed_after_the_prompt_while_echo_is_on() {
        open(SimulatedModem.builder(Dialect.HUAWEI));
        assertThat(host.command("ATE1")).containsExactly("OK");
        int mark = host.mark();

        List<String> result = send(host, DOOR_OPEN, "> ");

        assertThat(host.raw(mark)).startsWith("AT+CMGS=" + DOOR_OPEN.tpduLength() + "\r\r\n> " + DOOR_OPEN.hex() + CTRL_Z);
        assertThat(messageReference(result)).isZero();
    }

    @Test
    void never_blocks_the_test_on_a_host_that_does_not_read() {
        try (SimulatedModem unread = SimulatedModem.start(Dialect.ZTE)) {
            String line = "x".repeat(1000);
            assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
                for (int i = 0; i < 6000; i++) {
                    unread.noise(line);
                }
            });
            assertThat(unread.droppedOutput()).as("a UART with nobody listening loses output").isPositive();
            assertThat(unread.deliver("+8613912345678", "still stored")).hasSize(1);
        }
    }

    @Test
    void echo_can_be_switched_by_the_test_as_firmware_sometimes_does() {
        open(SimulatedModem.builder(Dialect.SIMCOM));
        modem.echo(true);
        assertThat(host.command("AT+CSQ")).containsExactly("AT+CSQ", "+CSQ: 20,99", "OK");
        modem.echo(false);
        assertThat(host.command("AT+CSQ")).containsExactly("+CSQ: 20,99", "OK");
    }
}

package community.porter.modem.serial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import community.porter.modem.at.AtCommand;
import community.porter.modem.at.AtResponse;
import community.porter.modem.at.AtSession;
import community.porter.modem.at.AtSessionSettings;
import community.porter.modem.at.Urc;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The real serial path: jSerialComm opens one end of a socat pseudo-terminal pair, and a tiny
 * modem stand-in answers on the other end through plain file streams.
 */
class JSerialCommLinkPtyTest {

    /** SMS-SUBMIT "hellohello", 23 octets. Source: dreamfabric, "SMS messages and the PDU format". */
    private static final String PDU = "0011000B916407281553F80000AA0AE8329BFD4697D9EC37";

    private SocatPtyPair pair;
    private TinyModem modem;

    @AfterEach
    void tearDown() throws Exception {
        if (modem != null) {
            modem.close();
        }
        if (pair != null) {
            pair.close();
        }
    }

    @Test
    void anAtExchangeASendAndANewMessageIndicationCrossAPseudoTerminal() throws Exception {
        pair = SocatPtyPair.start();
        modem = new TinyModem(pair.second(), Map.of(
                "AT+CSQ", "\r\n+CSQ: 21,99\r\n\r\nOK\r\n",
                "AT+CMGS=23", "\r\n> ",
                PDU + "\u001A", "\r\n+CMGS: 42\r\n\r\nOK\r\n"));
        List<Urc> urcs = new CopyOnWriteArrayList<>();

        try (AtSession session = AtSession.open(new JSerialCommLink(pair.first(), SerialSettings.DEFAULT),
                AtSessionSettings.DEFAULT, (from, urc) -> urcs.add(urc))) {
            AtResponse signal = session.execute(AtCommand.of("AT+CSQ").expecting("+CSQ:"));
            AtResponse sent = session.execute(AtCommand.of("AT+CMGS=23").completingOn("+CMGS:").withPayload(PDU));
            modem.send("\r\n+CMTI: \"SM\",5\r\n");

            assertThat(signal.lines()).containsExactly("+CSQ: 21,99");
            assertThat(sent.value("+CMGS:")).contains("42");
            await().atMost(Duration.ofSeconds(5)).until(() -> urcs.size() == 1);
            assertThat(urcs.get(0).is("+CMTI")).isTrue();
            assertThat(urcs.get(0).value()).isEqualTo("\"SM\",5");
        }
        assertThat(modem.received).containsExactly("AT+CSQ", "AT+CMGS=23", PDU + "\u001A");
    }

    @Test
    void aDeviceThatIsNotThereCannotBeOpened() {
        JSerialCommLink link = new JSerialCommLink("/dev/porter-no-such-modem", SerialSettings.DEFAULT);
        org.assertj.core.api.Assertions.assertThatThrownBy(link::open).isInstanceOf(IOException.class)
                .hasMessageContaining("/dev/porter-no-such-modem");
        assertThat(link.isOpen()).isFalse();
    }

    /** Answers units (a command up to CR, a payload up to Ctrl-Z) from a fixed table. */
    private static final class TinyModem implements AutoCloseable {

        final List<String> received = new CopyOnWriteArrayList<>();
        private final InputStream in;
        private final OutputStream out;
        private final Thread thread;

        TinyModem(String device, Map<String, String> answers) throws IOException {
            in = new FileInputStream(device);
            out = new FileOutputStream(device);
            thread = new Thread(() -> serve(answers), "tiny-modem");
            thread.setDaemon(true);
            thread.start();
        }

        synchronized void send(String text) throws IOException {
            out.write(text.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
        }

        private void serve(Map<String, String> answers) {
            StringBuilder unit = new StringBuilder();
            try {
                int b;
                while ((b = in.read()) >= 0) {
                    if (b == '\r' || b == 0x1A) {
                        String text = unit + (b == 0x1A ? "\u001A" : "");
                        unit.setLength(0);
                        received.add(text);
                        String answer = answers.get(text);
                        if (answer != null) {
                            send(answer);
                        }
                    } else if (b != '\n') {
                        unit.append((char) b);
                    }
                }
            } catch (IOException e) {
                // The pair was closed: the stand-in's work is done.
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
            out.close();
        }
    }
}

package community.porter.modem.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fazecast.jSerialComm.SerialPort;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The simulator through jSerialComm, the library Porter's modem transport opens ports with. */
class JSerialCommHostTest {

    @TempDir
    Path devices;

    @Test
    void answers_a_host_that_opens_the_link_with_jSerialComm() {
        Path link = devices.resolve("ttyUSB0");
        try (SimulatedModem modem = SimulatedModem.builder(Dialect.QUECTEL).link(link).start()) {
            SerialPort port = SerialPort.getCommPort(link.toString());
            port.setComPortParameters(115200, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
            port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, 200, 0);
            assertThat(port.openPort()).as("jSerialComm opens the pty through its link").isTrue();
            try {
                byte[] command = "ATE0;+CGSN\r".getBytes(StandardCharsets.ISO_8859_1);
                assertThat(port.writeBytes(command, command.length)).isEqualTo(command.length);

                String answer = readUntil(port, "\r\nOK\r\n");

                assertThat(answer).contains("RDY", "\r\n" + modem.imei() + "\r\n\r\nOK\r\n");
            } finally {
                port.closePort();
            }
        }
    }

    /** Reads with jSerialComm's own read timeout until the text ends as expected, or 5 s pass. */
    private static String readUntil(SerialPort port, String end) {
        StringBuilder received = new StringBuilder();
        byte[] buffer = new byte[256];
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!received.toString().endsWith(end) && System.nanoTime() < deadline) {
            int n = port.readBytes(buffer, buffer.length);
            if (n > 0) {
                received.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
            }
        }
        return received.toString();
    }
}

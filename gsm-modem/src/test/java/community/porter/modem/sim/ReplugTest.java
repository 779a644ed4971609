package community.porter.modem.sim;

import static community.porter.modem.sim.HostSteps.listedIndexes;
import static community.porter.modem.sim.HostSteps.settle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pulling the modem out and plugging it in again, as a USB modem re-enumerates. */
class ReplugTest {

    @TempDir
    Path devices;

    @Test
    void comes_back_under_a_new_path_with_the_same_identity_and_messages() throws Exception {
        Path first = devices.resolve("ttyUSB0");
        Path second = devices.resolve("ttyUSB3");
        try (SimulatedModem modem = SimulatedModem.builder(Dialect.HUAWEI).link(first).pin("1234").start()) {
            assertThat(modem.hostPath()).isEqualTo(first);
            assertThat(Files.readSymbolicLink(first).toString()).startsWith("/dev/pts/");
            int stored = modem.deliver("+8613912345678", "before the reset").get(0);
            AtTerminal before = AtTerminal.open(first);
            settle(before);
            assertThat(before.command("AT+CPIN=\"1234\"")).containsExactly("OK");

            modem.unplug();

            await().atMost(Duration.ofSeconds(5)).until(before::ended);
            before.close();
            assertThat(first).doesNotExist();
            assertThat(modem.isPlugged()).isFalse();
            assertThatThrownBy(modem::hostPath).isInstanceOf(IllegalStateException.class);

            modem.replug(second);

            assertThat(modem.hostPath()).isEqualTo(second);
            assertThat(first).doesNotExist();
            try (AtTerminal after = AtTerminal.open(second)) {
                settle(after);
                assertThat(after.command("AT+CGSN")).containsExactly(modem.imei(), "OK");
                assertThat(after.command("AT^ICCID?")).containsExactly("^ICCID: " + modem.iccid(), "OK");
                assertThat(after.command("AT+CPIN?")).as("powered up again").containsExactly("+CPIN: SIM PIN", "OK");
                assertThat(after.command("AT+CPIN=\"1234\"")).containsExactly("OK");
                assertThat(listedIndexes(after.command("AT+CMGL=4"))).containsExactly(stored);
            }
            assertThat(modem.boots()).isEqualTo(2);
        }
    }

    @Test
    void comes_back_under_the_same_path_and_recovers_from_a_hang() {
        Path link = devices.resolve("modem");
        try (SimulatedModem modem = SimulatedModem.builder(Dialect.SIMCOM).link(link).start()) {
            modem.hang();

            modem.replug();

            assertThat(modem.isHung()).isFalse();
            try (AtTerminal host = AtTerminal.open(link)) {
                assertThat(host.command("AT")).containsSubsequence("RDY", "SMS Ready", "AT", "OK");
            }
        }
    }

    @Test
    void notices_when_its_pty_goes_away_without_being_told() throws Exception {
        try (SimulatedModem modem = SimulatedModem.start(Dialect.ZTE)) {
            Path device = modem.hostDevice();
            ProcessHandle socat = ProcessHandle.current().children()
                    .filter(child -> child.info().commandLine().orElse("").contains("socat"))
                    .findFirst().orElseThrow();

            socat.destroy();

            await().atMost(Duration.ofSeconds(5)).until(() -> !modem.isPlugged());
            assertThat(device.toString()).startsWith("/dev/pts/");
        }
    }
}

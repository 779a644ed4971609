package community.porter.modem.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.EOFException;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** socat's two ptys, back to back. */
class PtyPairTest {

    @TempDir
    Path directory;

    @Test
    void carries_bytes_both_ways_control_characters_included() throws Exception {
        try (PtyPair pair = PtyPair.open();
             OutputStream toModem = new FileOutputStream(pair.hostSide().toFile());
             InputStream atModem = new FileInputStream(pair.modemSide().toFile());
             OutputStream toHost = new FileOutputStream(pair.modemSide().toFile());
             InputStream atHost = new FileInputStream(pair.hostSide().toFile())) {
            assertThat(pair.modemSide().toString()).startsWith("/dev/pts/");
            assertThat(pair.hostSide()).isEqualTo(pair.hostDevice()).isNotEqualTo(pair.modemSide());

            byte[] sent = "0011\u001A\r\n\u001B".getBytes(StandardCharsets.ISO_8859_1);
            toModem.write(sent);
            assertThat(readExactly(atModem, sent.length)).as("raw: Ctrl-Z, CR and ESC pass untouched").isEqualTo(sent);

            toHost.write("\r\nOK\r\n".getBytes(StandardCharsets.ISO_8859_1));
            assertThat(new String(readExactly(atHost, 6), StandardCharsets.ISO_8859_1)).isEqualTo("\r\nOK\r\n");
        }
    }

    @Test
    void names_the_host_side_with_a_link_that_goes_when_the_pair_closes() throws Exception {
        Path link = directory.resolve("ttyGSM0");
        PtyPair pair = PtyPair.open(link);

        assertThat(pair.hostSide()).isEqualTo(link);
        assertThat(Files.readSymbolicLink(link)).isEqualTo(pair.hostDevice());
        assertThat(pair.isOpen()).isTrue();

        pair.close();

        assertThat(pair.isOpen()).isFalse();
        assertThat(link).doesNotExist();
    }

    @Test
    void replaces_a_stale_link_but_no_other_file() throws Exception {
        Path stale = directory.resolve("stale");
        Files.createSymbolicLink(stale, directory.resolve("gone"));
        try (PtyPair pair = PtyPair.open(stale)) {
            assertThat(Files.readSymbolicLink(stale)).isEqualTo(pair.hostDevice());
        }

        Path file = Files.writeString(directory.resolve("file"), "keep me");
        assertThatThrownBy(() -> PtyPair.open(file)).isInstanceOf(IllegalArgumentException.class);
        assertThat(file).hasContent("keep me");
        assertThatThrownBy(() -> PtyPair.open(directory.resolve("a,b"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reserves");
    }

    /** A tty cannot seek, which {@code FileInputStream.readNBytes} tries; read it plainly. */
    private static byte[] readExactly(InputStream in, int length) throws IOException {
        byte[] bytes = new byte[length];
        int read = 0;
        while (read < length) {
            int n = in.read(bytes, read, length - read);
            if (n < 0) {
                throw new EOFException("after " + read + " bytes");
            }
            read += n;
        }
        return bytes;
    }
}

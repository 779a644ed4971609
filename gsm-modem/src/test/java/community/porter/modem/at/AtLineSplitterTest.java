package community.porter.modem.at;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AtLineSplitterTest {

    private final List<String> events = new ArrayList<>();
    private final AtLineSplitter splitter = new AtLineSplitter(new AtLineSplitter.Sink() {
        @Override
        public void line(String line) {
            events.add(line);
        }

        @Override
        public void prompt() {
            events.add(">");
        }
    });

    private void feed(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        splitter.feed(bytes, 0, bytes.length);
    }

    @Test
    void everyKindOfLineEndEndsALineAndEmptyLinesAreDropped() {
        feed("\r\nOK\r\n");
        feed("A\rB\nC\n\rD\r\r\nE\r");
        assertThat(events).containsExactly("OK", "A", "B", "C", "D", "E");
    }

    @Test
    void aLineCutAcrossManyReadsIsPutTogether() {
        for (char c : "\r\n+CSQ: 21,99\r\n".toCharArray()) {
            feed(String.valueOf(c));
        }
        assertThat(events).containsExactly("+CSQ: 21,99");
    }

    @Test
    void thePromptComesWithOrWithoutItsSpaceAndWithoutALineEnd() {
        feed("\r\n> ");
        feed("\r\n>");
        feed("\r\n> 0011\r\n");
        assertThat(events).containsExactly(">", ">", ">", "0011");
    }

    @Test
    void aGreaterThanSignInsideALineIsText() {
        feed("+COPS: 0,0,\"A>B\"\r\n");
        assertThat(events).containsExactly("+COPS: 0,0,\"A>B\"");
    }

    @Test
    void controlCharactersAreDroppedAndHighBytesKept() {
        byte[] noise = {0x00, 0x1A, 'O', (byte) 0xFF, 'K', 0x07, '\r', '\n'};
        splitter.feed(noise, 0, noise.length);
        assertThat(events).containsExactly("O\u00FFK");
    }

    @Test
    void aLineWithNoEndIsCutAtTheLimit() {
        feed("A".repeat(AtLineSplitter.MAX_LINE + 10) + "\r\n");
        assertThat(events).hasSize(2);
        assertThat(events.get(0)).hasSize(AtLineSplitter.MAX_LINE);
        assertThat(events.get(1)).hasSize(10);
    }
}

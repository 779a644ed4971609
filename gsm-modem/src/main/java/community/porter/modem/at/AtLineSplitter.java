package community.porter.modem.at;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Splits the bytes a modem sends into lines and send prompts. Fed from one reader thread.
 *
 * <ul>
 *   <li>CR and LF each end a line, so CRLF, LFCR, a lone CR or LF, and a doubled CR (an echo
 *       of {@code AT...\r} followed by {@code \r\n}) all work; empty lines are dropped.</li>
 *   <li>A {@code >} at the start of a line is the prompt of AT+CMGS (27.005 §3.5.1: the modem
 *       sends {@code <CR><LF><greater_than><space>} and no line end); it is reported at once,
 *       and one space right after it is swallowed, since some modems send it and some do
 *       not.</li>
 *   <li>Other control characters (NUL, the Ctrl-Z a modem echoes after a PDU, noise on a
 *       line at the wrong baud rate) are dropped; bytes from 0x80 are kept as ISO-8859-1, so
 *       garbage becomes a line the session can report instead of an error.</li>
 *   <li>A line longer than {@link #MAX_LINE} characters without an end is cut there, so noise
 *       with no line end cannot grow memory without bound.</li>
 * </ul>
 */
final class AtLineSplitter {

    /** Longer than any real AT line: a +CMGL PDU line is at most about 360 hex digits. */
    static final int MAX_LINE = 4096;

    private static final Logger LOG = LoggerFactory.getLogger(AtLineSplitter.class);

    /** What the splitter finds. */
    interface Sink {

        /** @param line a complete line, without its line end; never empty */
        void line(String line);

        /** The modem sent the {@code >} prompt. */
        void prompt();
    }

    private final Sink sink;
    private final StringBuilder line = new StringBuilder();
    private boolean afterPrompt;
    private int droppedControls;

    AtLineSplitter(Sink sink) {
        this.sink = sink;
    }

    /**
     * @param bytes  what was read
     * @param offset where it starts
     * @param length how many bytes
     */
    void feed(byte[] bytes, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            accept(bytes[i] & 0xFF);
        }
        if (droppedControls > 0) {
            LOG.debug("dropped {} control characters from the modem", droppedControls);
            droppedControls = 0;
        }
    }

    private void accept(int b) {
        boolean swallowSpace = afterPrompt && b == ' ';
        afterPrompt = false;
        if (swallowSpace) {
            return;
        }
        if (b == '\r' || b == '\n') {
            endLine();
        } else if (b == '>' && line.isEmpty()) {
            afterPrompt = true;
            sink.prompt();
        } else if (b < 0x20 || b == 0x7F) {
            droppedControls++;
        } else {
            line.append((char) b);
            if (line.length() >= MAX_LINE) {
                LOG.warn("the modem sent {} characters without a line end; cutting the line there", MAX_LINE);
                endLine();
            }
        }
    }

    private void endLine() {
        if (line.isEmpty()) {
            return;
        }
        String text = line.toString().strip();
        line.setLength(0);
        if (!text.isEmpty()) {
            sink.line(text);
        }
    }
}

package community.porter.modem.sim;

/**
 * Turns the bytes a host sends into what a modem acts on (V.250 §5.2, 27.005 §3.5.1): command
 * lines ended by CR (a LF after it is skipped, backspace edits), and after the AT+CMGS prompt
 * the PDU in hex, ended by Ctrl-Z to send or ESC to cancel. Not thread-safe; the modem guards it.
 */
final class LineDiscipline {

    /** Where finished input goes. */
    interface Listener {

        /** @param line a command line, without its CR */
        void commandLine(String line);

        /** @param hex what was typed after the prompt, without the Ctrl-Z, CRs and LFs */
        void pduEntered(String hex);

        /** ESC after the prompt: the host cancelled the send. */
        void pduCancelled();
    }

    static final int CTRL_Z = 0x1A;
    static final int ESC = 0x1B;
    private static final int BACKSPACE = 0x08;
    /** Longer lines are thrown away; real modems have a buffer of a few hundred bytes. */
    private static final int MAX_LINE = 2048;

    private final Listener listener;
    private final StringBuilder line = new StringBuilder();
    private boolean pduMode;
    private boolean overflow;

    LineDiscipline(Listener listener) {
        this.listener = listener;
    }

    /** After the prompt: what follows is a PDU until Ctrl-Z or ESC. */
    void expectPdu() {
        pduMode = true;
        line.setLength(0);
    }

    /** @return whether the modem is waiting for a PDU after its prompt */
    boolean expectingPdu() {
        return pduMode;
    }

    /** Forgets half-typed input, as a reset does. */
    void reset() {
        pduMode = false;
        overflow = false;
        line.setLength(0);
    }

    /** @param b the next byte from the host */
    void accept(int b) {
        if (pduMode) {
            acceptPdu(b);
        } else {
            acceptCommand(b);
        }
    }

    private void acceptPdu(int b) {
        switch (b) {
            case CTRL_Z -> {
                String hex = line.toString();
                reset();
                listener.pduEntered(hex);
            }
            case ESC -> {
                reset();
                listener.pduCancelled();
            }
            case '\r', '\n' -> {
                // Hosts that end the PDU with CR before Ctrl-Z are common; it is not part of it.
            }
            default -> append(b);
        }
    }

    private void acceptCommand(int b) {
        switch (b) {
            case '\r' -> {
                String text = line.toString();
                boolean dropped = overflow;
                reset();
                if (!dropped) {
                    listener.commandLine(text);
                }
            }
            case '\n', CTRL_Z, ESC, 0 -> {
                // LF after CR, and stray control bytes, are not part of a command line.
            }
            case BACKSPACE -> {
                if (!line.isEmpty()) {
                    line.setLength(line.length() - 1);
                }
            }
            default -> append(b);
        }
    }

    private void append(int b) {
        if (line.length() >= MAX_LINE) {
            overflow = true;
            return;
        }
        line.append((char) (b & 0xFF));
    }
}

package community.porter.modem.at;

import community.porter.modem.serial.PipeLink;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/**
 * A modem stand-in that follows a script: for each unit it expects from the session (a command
 * ended by CR, a payload ended by Ctrl-Z, an ESC), it writes the given chunks back. It can also
 * send bytes at any moment, echo commands, and record what came that the script did not expect.
 *
 * <p>Units are recorded as text: a command without its CR, a payload followed by
 * {@link #CTRL_Z}, an ESC as {@link #ESC} (after whatever preceded it).
 */
final class ScriptedModem {

    /** Ends a payload unit. */
    static final String CTRL_Z = "\u001A";
    /** An ESC unit. */
    static final String ESC = "\u001B";

    private final PipeLink link;
    private final StringBuilder unit = new StringBuilder();
    private final Deque<Step> script = new ArrayDeque<>();
    private final List<String> received = new ArrayList<>();
    private final List<String> unexpected = new ArrayList<>();
    private Echo echo = Echo.OFF;

    ScriptedModem(PipeLink link) {
        this.link = link;
        link.connect(this::receive);
    }

    /** How the modem echoes commands. */
    enum Echo {
        OFF,
        /** As sent, followed by CR (ATE1). */
        ON,
        /** In lower case with an extra CR, as some modems do. */
        LOWER_CASE_EXTRA_CR
    }

    ScriptedModem echo(Echo mode) {
        this.echo = mode;
        return this;
    }

    /**
     * @param expectedUnit the command (or payload with {@link #CTRL_Z}) that comes next
     * @param chunks       what to write back, each chunk fed on its own
     * @return this
     */
    synchronized ScriptedModem expect(String expectedUnit, String... chunks) {
        script.add(new Step(expectedUnit, modem -> {
            for (String chunk : chunks) {
                modem.send(chunk);
            }
        }));
        return this;
    }

    /**
     * @param expectedUnit the unit that comes next
     * @param action       what the modem does then
     * @return this
     */
    synchronized ScriptedModem expectThen(String expectedUnit, Consumer<ScriptedModem> action) {
        script.add(new Step(expectedUnit, action));
        return this;
    }

    /** A command that gets the usual {@code OK}. */
    ScriptedModem expectOk(String command) {
        return expect(command, "\r\nOK\r\n");
    }

    /** The {@code AT} a session sends to get back in step after a timeout, answered OK. */
    ScriptedModem expectResync() {
        return expectOk("AT");
    }

    /**
     * @param text bytes to send now, as ISO-8859-1
     */
    void send(String text) {
        link.feed(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    /**
     * @param bytes raw bytes to send now
     */
    void sendBytes(byte[] bytes) {
        link.feed(bytes);
    }

    synchronized List<String> received() {
        return List.copyOf(received);
    }

    synchronized List<String> unexpected() {
        return List.copyOf(unexpected);
    }

    synchronized boolean scriptDone() {
        return script.isEmpty();
    }

    private void receive(byte[] bytes) {
        for (byte b : bytes) {
            char c = (char) (b & 0xFF);
            switch (c) {
                case '\r' -> complete(unit.toString(), unit + "\r");
                case '\u001A' -> complete(unit + CTRL_Z, null);
                case '\u001B' -> complete(unit + ESC, null);
                case '\n' -> { }
                default -> unit.append(c);
            }
        }
    }

    private void complete(String text, String echoText) {
        unit.setLength(0);
        Step step;
        synchronized (this) {
            received.add(text);
            step = script.peek();
            if (step != null && step.unit().equals(text)) {
                script.poll();
            } else {
                unexpected.add(text);
                step = null;
            }
        }
        if (echoText != null && echo == Echo.ON) {
            send(echoText);
        } else if (echoText != null && echo == Echo.LOWER_CASE_EXTRA_CR) {
            send(echoText.toLowerCase() + "\r");
        }
        if (step != null) {
            step.action().accept(this);
        }
    }

    private record Step(String unit, Consumer<ScriptedModem> action) {
    }
}

package community.porter.modem.sim;

import static org.assertj.core.api.Assertions.assertThat;

import community.porter.modem.pdu.EncodedPdu;
import community.porter.modem.pdu.PduDecoder;
import community.porter.modem.pdu.SmsPdu;
import java.util.ArrayList;
import java.util.List;

/** What a host does with a modem in these tests, spelt out once: send a PDU, read listings. */
final class HostSteps {

    static final String CTRL_Z = "\u001A";
    static final String ESC = "\u001B";

    private HostSteps() {
    }

    /** Sends AT then ATE0, so later answers hold no echo and no boot lines still in flight. */
    static void settle(AtTerminal host) {
        assertThat(host.command("AT")).last().isEqualTo("OK");
        assertThat(host.command("ATE0")).last().isEqualTo("OK");
    }

    /**
     * Sends AT and waits for its OK: whatever the modem wrote before, unsolicited lines of a
     * delivery for one, has then been read, so the next answer holds only its own lines.
     */
    static void drain(AtTerminal host) {
        assertThat(host.command("AT")).last().isEqualTo("OK");
    }

    /**
     * AT+CMGS=<length>, the prompt, the PDU and Ctrl-Z.
     *
     * @return the lines after the PDU, the final code last
     */
    static List<String> send(AtTerminal host, EncodedPdu pdu, String prompt) {
        int beforePrompt = host.mark();
        host.write("AT+CMGS=" + pdu.tpduLength() + "\r");
        host.awaitPrompt(beforePrompt, prompt);
        int afterPrompt = host.mark();
        host.write(pdu.hex() + CTRL_Z);
        return host.awaitFinal(afterPrompt);
    }

    /** @return the message reference of a +CMGS answer */
    static int messageReference(List<String> answer) {
        assertThat(answer).last().isEqualTo("OK");
        String line = answer.stream().filter(l -> l.startsWith("+CMGS: ")).findFirst().orElseThrow();
        return Integer.parseInt(line.substring("+CMGS: ".length()));
    }

    /**
     * Decodes the PDUs of a +CMGL, +CMGR, +CDS or +CMT answer: each header line with the
     * prefix ends in the {@code <length>}, the PDU follows on the next line.
     */
    static List<SmsPdu> pdus(List<String> lines, String prefix) {
        List<SmsPdu> pdus = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                String header = lines.get(i);
                int length = Integer.parseInt(header.substring(header.lastIndexOf(',') + 1).replace(prefix, "").trim());
                pdus.add(PduDecoder.decode(lines.get(i + 1), length));
            }
        }
        return pdus;
    }

    /** @return the indexes of a +CMGL answer, in order */
    static List<Integer> listedIndexes(List<String> lines) {
        return lines.stream().filter(line -> line.startsWith("+CMGL: "))
                .map(line -> Integer.parseInt(line.substring(7, line.indexOf(','))))
                .toList();
    }
}

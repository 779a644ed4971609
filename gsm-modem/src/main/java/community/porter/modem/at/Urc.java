package community.porter.modem.at;

import java.util.Objects;
import java.util.Optional;

/**
 * An unsolicited result code: a line the modem sent on its own, such as {@code +CMTI: "SM",3}
 * (a message was stored), {@code ^RSSI: 17} or {@code RING}.
 *
 * @param name    the table entry that recognised it, e.g. {@code +CMTI} or {@code RING}; empty
 *                for a line no entry recognises
 * @param line    the line as the modem sent it
 * @param data    the second line of a two-line code (the PDU of +CMT, +CDS and +CBM)
 */
public record Urc(Optional<String> name, String line, Optional<String> data) {

    /** Requires every component. */
    public Urc {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(data, "data");
    }

    /**
     * @param name a code's name, e.g. {@code +CMTI}
     * @return whether this is that code (case ignored)
     */
    public boolean is(String name) {
        return this.name.map(n -> n.equalsIgnoreCase(name)).orElse(false);
    }

    /**
     * @return whether no table entry recognised the line
     */
    public boolean unrecognised() {
        return name.isEmpty();
    }

    /**
     * @return what follows the first colon, stripped (e.g. {@code "SM",3} of +CMTI), or the
     *         whole line when it has no colon
     */
    public String value() {
        int colon = line.indexOf(':');
        return colon < 0 ? line.strip() : line.substring(colon + 1).strip();
    }
}

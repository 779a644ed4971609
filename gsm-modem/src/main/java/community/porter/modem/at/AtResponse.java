package community.porter.modem.at;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer to a command that succeeded.
 *
 * @param lines       the information lines, in order, without echo and unsolicited codes (the
 *                    {@code +CMGR:} header and the PDU line after it, the pairs of a
 *                    {@code +CMGL} listing, the digits of AT+CGSN)
 * @param finalResult the final result line, {@code OK}; empty when the command's rule let it
 *                    complete on its information response and the modem sent no OK
 */
public record AtResponse(List<String> lines, Optional<String> finalResult) {

    /** Copies the lines. */
    public AtResponse {
        lines = List.copyOf(lines);
        Objects.requireNonNull(finalResult, "finalResult");
    }

    /**
     * @param prefix an information prefix such as {@code +CSQ:}
     * @return the first line with it, empty when none
     */
    public Optional<String> line(String prefix) {
        return lines.stream().filter(l -> l.regionMatches(true, 0, prefix, 0, prefix.length())).findFirst();
    }

    /**
     * @param prefix an information prefix such as {@code +CSQ:}
     * @return what follows the prefix on the first line with it, stripped
     */
    public Optional<String> value(String prefix) {
        return line(prefix).map(l -> l.substring(prefix.length()).strip());
    }
}

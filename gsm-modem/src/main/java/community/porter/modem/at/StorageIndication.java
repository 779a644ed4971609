package community.porter.modem.at;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A message or status report was stored: {@code +CMTI: <mem>,<index>} or
 * {@code +CDSI: <mem>,<index>} (3GPP TS 27.005 §3.4.1). Read it with
 * {@link ModemCommands#read(int)}, delete it once it is safely kept.
 *
 * @param statusReport whether it is a status report (+CDSI) rather than a message (+CMTI)
 * @param memory       the storage it is in, e.g. {@code SM}
 * @param index        its index there
 */
public record StorageIndication(boolean statusReport, String memory, int index) {

    /** Requires the memory. */
    public StorageIndication {
        Objects.requireNonNull(memory, "memory");
    }

    /**
     * @param urc an unsolicited code
     * @return the indication when the code is a well-formed +CMTI or +CDSI
     */
    public static Optional<StorageIndication> from(Urc urc) {
        boolean report = urc.is("+CDSI");
        if (!report && !urc.is("+CMTI")) {
            return Optional.empty();
        }
        List<String> fields = AtFields.split(urc.value());
        if (fields.size() < 2) {
            return Optional.empty();
        }
        return AtFields.number(fields.get(1)).stream()
                .mapToObj(index -> new StorageIndication(report, fields.get(0), index)).findFirst();
    }
}

package community.porter.modem.at;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How full the storage the modem reads and deletes messages from is (the first memory of
 * AT+CPMS, 3GPP TS 27.005 §3.2.2).
 *
 * @param memory the storage, e.g. {@code SM} (SIM), {@code ME} (modem), {@code MT} (both)
 * @param used   messages in it
 * @param total  messages it can hold
 */
public record MessageStorage(String memory, int used, int total) {

    /** Requires the memory. */
    public MessageStorage {
        Objects.requireNonNull(memory, "memory");
    }

    /**
     * @return whether no message can be stored: new messages then stay at the SMSC
     */
    public boolean full() {
        return total > 0 && used >= total;
    }

    /**
     * Reads the set form {@code +CPMS: <used1>,<total1>,...} or the read form
     * {@code +CPMS: <mem1>,<used1>,<total1>,...}.
     *
     * @param memory the storage asked for, used when the answer does not name it
     * @param value  the text after {@code +CPMS:}
     * @return the first storage's figures, empty when the text holds none
     */
    static Optional<MessageStorage> parse(String memory, String value) {
        List<String> fields = AtFields.split(value);
        boolean named = !fields.isEmpty() && AtFields.number(fields.get(0)).isEmpty();
        int first = named ? 1 : 0;
        if (fields.size() < first + 2) {
            return Optional.empty();
        }
        var used = AtFields.number(fields.get(first));
        var total = AtFields.number(fields.get(first + 1));
        if (used.isEmpty() || total.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MessageStorage(named ? fields.get(0) : memory, used.getAsInt(), total.getAsInt()));
    }
}

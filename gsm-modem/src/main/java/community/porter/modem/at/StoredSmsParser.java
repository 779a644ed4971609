package community.porter.modem.at;

import community.porter.modem.pdu.MalformedPduException;
import community.porter.modem.pdu.PduDecoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Turns the lines of AT+CMGL and AT+CMGR in PDU mode (3GPP TS 27.005 §3.4.2, §3.4.3) into
 * {@link StoredSms}: {@code +CMGL: <index>,<stat>,[<alpha>],<length>} or
 * {@code +CMGR: <stat>,[<alpha>],<length>}, each followed by its PDU line. Whatever is wrong
 * with one message makes that message {@link StoredSms.Malformed}; the others are unaffected.
 */
final class StoredSmsParser {

    static final String LIST_PREFIX = "+CMGL:";
    static final String READ_PREFIX = "+CMGR:";

    private StoredSmsParser() {
    }

    /**
     * @param lines the information lines of AT+CMGL
     * @return one entry per header, plus one per stray line
     */
    static List<StoredSms> listing(List<String> lines) {
        List<StoredSms> messages = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (!isHeader(line, LIST_PREFIX)) {
                messages.add(new StoredSms.Malformed(StoredSms.NO_INDEX, StoredStatus.UNKNOWN, line,
                        "a line outside any +CMGL entry"));
                i++;
                continue;
            }
            String pdu = i + 1 < lines.size() && !isHeader(lines.get(i + 1), LIST_PREFIX) ? lines.get(i + 1) : null;
            List<String> header = AtFields.split(AtFields.afterPrefix(line, LIST_PREFIX));
            OptionalInt index = AtFields.number(header.get(0));
            StoredStatus status = header.size() > 1 ? StoredStatus.parse(header.get(1)) : StoredStatus.UNKNOWN;
            OptionalInt length = header.size() > 2 ? AtFields.number(header.get(header.size() - 1)) : OptionalInt.empty();
            messages.add(decode(index.orElse(StoredSms.NO_INDEX), status, length, pdu, line));
            i += pdu == null ? 1 : 2;
        }
        return messages;
    }

    /**
     * @param index the index that was read
     * @param lines the information lines of AT+CMGR
     * @return the message, empty when the slot is empty (no header, or a length of 0)
     */
    static Optional<StoredSms> read(int index, List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (isHeader(lines.get(i), READ_PREFIX)) {
                List<String> header = AtFields.split(AtFields.afterPrefix(lines.get(i), READ_PREFIX));
                StoredStatus status = StoredStatus.parse(header.get(0));
                OptionalInt length = header.size() > 1 ? AtFields.number(header.get(header.size() - 1))
                        : OptionalInt.empty();
                if (length.isPresent() && length.getAsInt() == 0) {
                    return Optional.empty();
                }
                String pdu = i + 1 < lines.size() ? lines.get(i + 1) : null;
                return Optional.of(decode(index, status, length, pdu, lines.get(i)));
            }
        }
        return Optional.empty();
    }

    private static StoredSms decode(int index, StoredStatus status, OptionalInt length, String pdu, String header) {
        if (index == StoredSms.NO_INDEX) {
            return new StoredSms.Malformed(index, status, pdu == null ? "" : pdu, "no index in '" + header + "'");
        }
        if (pdu == null) {
            return new StoredSms.Malformed(index, status, "", "no PDU line after '" + header + "'");
        }
        if (length.isEmpty()) {
            return new StoredSms.Malformed(index, status, pdu, "no length in '" + header + "'");
        }
        try {
            return new StoredSms.Readable(index, status, PduDecoder.decode(pdu, length.getAsInt()), pdu);
        } catch (MalformedPduException e) {
            return new StoredSms.Malformed(index, status, pdu, e.getMessage());
        } catch (RuntimeException e) {
            // The decoder promises MalformedPduException only; should it ever break that
            // promise, one stored message must still not stop the rest.
            return new StoredSms.Malformed(index, status, pdu, "could not decode: " + e);
        }
    }

    private static boolean isHeader(String line, String prefix) {
        return line.regionMatches(true, 0, prefix, 0, prefix.length());
    }
}

package community.porter.modem.pdu;

import java.util.HexFormat;

/**
 * Hex text as modems print PDUs (27.005: two characters per octet, no separators) to octets and
 * back. Reading accepts either case, since modems differ; writing is upper case, as most modems
 * and manuals print it.
 */
final class PduHex {

    private PduHex() {
    }

    /**
     * @param hex the PDU as printed; leading and trailing white space (a line's CR) is ignored
     * @return the octets
     * @throws MalformedPduException on an odd number of digits or a character that is not hex
     */
    static byte[] parse(String hex) {
        if (hex == null) {
            throw MalformedPduException.of("no PDU: the hex string is null");
        }
        String digits = hex.strip();
        if (digits.length() % 2 != 0) {
            throw MalformedPduException.of("a PDU needs two hex digits per octet, got an odd number ("
                    + digits.length() + ")");
        }
        byte[] octets = new byte[digits.length() / 2];
        for (int i = 0; i < digits.length(); i++) {
            int value = hexValue(digits.charAt(i));
            if (value < 0) {
                throw MalformedPduException.at(i / 2, String.format(
                        "character '%s' at position %d is not a hex digit", printable(digits.charAt(i)), i));
            }
            octets[i / 2] = (byte) (octets[i / 2] << 4 | value);
        }
        return octets;
    }

    /**
     * @param octets octets to print
     * @return upper-case hex, two digits per octet
     */
    static String format(byte[] octets) {
        return HexFormat.of().withUpperCase().formatHex(octets);
    }

    // Not Character.digit: that also takes other scripts' digits, which no modem prints.
    private static int hexValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        return -1;
    }

    private static String printable(char c) {
        return Character.isISOControl(c) ? String.format("\\u%04X", (int) c) : String.valueOf(c);
    }
}

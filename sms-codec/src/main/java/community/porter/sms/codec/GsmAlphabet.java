package community.porter.sms.codec;

import java.util.HashMap;
import java.util.Map;

/**
 * The GSM 7-bit default alphabet and its extension table (3GPP TS 23.038 §6.2.1, formerly
 * GSM 03.38), as unpacked septets: one septet per byte, in the low seven bits.
 *
 * <p>Characters of the extension table ({@code ^ { } \ [ ~ ] | €} and form feed) take two
 * septets, the escape {@code 0x1B} followed by their code. Packing septets into octets, as a modem
 * PDU needs, is {@link Gsm7Packing}'s job; SMPP carries them unpacked.
 */
public final class GsmAlphabet {

    /** The septet that announces a character from the extension table. */
    public static final int ESCAPE = 0x1B;

    // The basic table in code order, 16 a line. Index 0x1B is the escape, not a character; the
    // NUL placed there is skipped when building the reverse map.
    private static final String BASIC_TABLE =
            "@£$¥èéùìòÇ\nØø\rÅå"
            + "Δ_ΦΓΛΩΠΨΣΘΞ\u0000ÆæßÉ"
            + " !\"#¤%&'()*+,-./"
            + "0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNO"
            + "PQRSTUVWXYZÄÖÑÜ§"
            + "¿abcdefghijklmno"
            + "pqrstuvwxyzäöñüà";

    private static final Map<Character, Integer> BASIC_CODES = new HashMap<>();
    private static final Map<Character, Integer> EXTENSION_CODES = new HashMap<>();
    private static final char[] EXTENSION_CHARS = new char[128];

    static {
        for (int code = 0; code < 128; code++) {
            if (code != ESCAPE) {
                BASIC_CODES.put(BASIC_TABLE.charAt(code), code);
            }
        }
        extension('\f', 0x0A);
        extension('^', 0x14);
        extension('{', 0x28);
        extension('}', 0x29);
        extension('\\', 0x2F);
        extension('[', 0x3C);
        extension('~', 0x3D);
        extension(']', 0x3E);
        extension('|', 0x40);
        extension('€', 0x65);
    }

    private GsmAlphabet() {
    }

    private static void extension(char c, int code) {
        EXTENSION_CODES.put(c, code);
        EXTENSION_CHARS[code] = c;
    }

    /**
     * Whether every character of the text is in the default alphabet or its extension table.
     *
     * @param text any text; the empty text is encodable
     * @return true when {@link #encode(String)} would succeed
     */
    public static boolean canEncode(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (septetsOf(text.charAt(i)) == 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * How many septets the text takes, counting two for each extension-table character. This is
     * what the 160 (or 153) septet limits of a part count.
     *
     * @param text text to measure
     * @return the number of septets
     * @throws UnencodableTextException when a character has no GSM 7-bit encoding
     */
    public static int septetLength(String text) {
        int length = 0;
        for (int i = 0; i < text.length(); i++) {
            int septets = septetsOf(text.charAt(i));
            if (septets == 0) {
                throw unencodable(text, i);
            }
            length += septets;
        }
        return length;
    }

    /**
     * Encodes text as unpacked septets, one per byte.
     *
     * @param text text to encode
     * @return the septets; extension-table characters as {@code 0x1B} and their code
     * @throws UnencodableTextException when a character has no GSM 7-bit encoding
     */
    public static byte[] encode(String text) {
        byte[] septets = new byte[septetLength(text)];
        int at = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            Integer basic = BASIC_CODES.get(c);
            if (basic != null) {
                septets[at++] = basic.byteValue();
            } else {
                septets[at++] = ESCAPE;
                septets[at++] = EXTENSION_CODES.get(c).byteValue();
            }
        }
        return septets;
    }

    /**
     * Decodes unpacked septets. Following TS 23.038, an escape followed by a code the extension
     * table does not define shows the basic-table character of that code, an escape followed by
     * a second escape shows a space, and an escape at the very end (nothing to escape) is
     * dropped.
     *
     * @param septets one septet per byte
     * @return the text
     * @throws MalformedTextException when a byte is over 0x7F, so cannot be a septet
     */
    public static String decode(byte[] septets) {
        StringBuilder text = new StringBuilder(septets.length);
        for (int i = 0; i < septets.length; i++) {
            int code = septet(septets, i);
            if (code != ESCAPE) {
                text.append(BASIC_TABLE.charAt(code));
            } else if (i + 1 < septets.length) {
                text.append(extensionChar(septet(septets, ++i)));
            }
        }
        return text.toString();
    }

    /**
     * Septets one character takes: 1 for the basic table, 2 for the extension table, 0 when
     * the character cannot be encoded. Lets the segmenter measure without encoding.
     */
    static int septetsOf(char c) {
        if (BASIC_CODES.containsKey(c)) {
            return 1;
        }
        return EXTENSION_CODES.containsKey(c) ? 2 : 0;
    }

    /** The exception for the character at {@code index}, naming the whole code point. */
    static UnencodableTextException unencodable(String text, int index) {
        return new UnencodableTextException(Alphabet.GSM7, index, text.codePointAt(index));
    }

    private static int septet(byte[] septets, int index) {
        int code = septets[index] & 0xFF;
        if (code > 0x7F) {
            throw new MalformedTextException(String.format(
                    "byte 0x%02X at index %d is not a GSM 7-bit septet (over 0x7F)", code, index));
        }
        return code;
    }

    private static char extensionChar(int code) {
        if (code == ESCAPE) {
            // Reserved for a further extension table; 23.038 says to display a space meanwhile.
            return ' ';
        }
        char c = EXTENSION_CHARS[code];
        return c != 0 ? c : BASIC_TABLE.charAt(code);
    }
}

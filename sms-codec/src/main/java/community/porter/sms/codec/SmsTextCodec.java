package community.porter.sms.codec;

import java.nio.charset.StandardCharsets;

/**
 * The facade transports call: which alphabet a text needs, and text to user-data octets and
 * back in a given alphabet. GSM 7-bit is unpacked here (one septet per byte, as SMPP carries
 * it); a modem packs it with {@link Gsm7Packing}.
 */
public final class SmsTextCodec {

    private SmsTextCodec() {
    }

    /**
     * The alphabet to send a text in: GSM 7-bit when every character is in it (160 characters
     * a part), else UCS-2 (70). Latin-1 is never chosen: handsets do not all display it.
     *
     * @param text text to send
     * @return {@link Alphabet#GSM7} or {@link Alphabet#UCS2}
     */
    public static Alphabet choose(String text) {
        return GsmAlphabet.canEncode(text) ? Alphabet.GSM7 : Alphabet.UCS2;
    }

    /**
     * Encodes text.
     *
     * @param text     text to encode
     * @param alphabet GSM7 (unpacked septets), UCS2 (UTF-16BE) or LATIN1 (ISO-8859-1)
     * @return the encoded octets
     * @throws UnencodableTextException when a character does not exist in the alphabet
     * @throws IllegalArgumentException when the alphabet is BINARY, which is not for text
     */
    public static byte[] encode(String text, Alphabet alphabet) {
        return switch (alphabet) {
            case GSM7 -> GsmAlphabet.encode(text);
            case UCS2 -> Ucs2.encode(text);
            case LATIN1 -> encodeLatin1(text);
            case BINARY -> throw new IllegalArgumentException("BINARY is not an alphabet for text");
        };
    }

    /**
     * Decodes octets to text.
     *
     * @param octets   the encoded octets
     * @param alphabet GSM7 (unpacked septets), UCS2 or LATIN1; every octet sequence is Latin-1
     * @return the text
     * @throws MalformedTextException   when the octets are not valid in the alphabet
     * @throws IllegalArgumentException when the alphabet is BINARY: binary data is not text, and
     *                                  a hex dump must never reach the command parser as if it were
     */
    public static String decode(byte[] octets, Alphabet alphabet) {
        return switch (alphabet) {
            case GSM7 -> GsmAlphabet.decode(octets);
            case UCS2 -> Ucs2.decode(octets);
            case LATIN1 -> new String(octets, StandardCharsets.ISO_8859_1);
            case BINARY -> throw new IllegalArgumentException("BINARY user data is not text");
        };
    }

    private static byte[] encodeLatin1(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0xFF) {
                throw new UnencodableTextException(Alphabet.LATIN1, i, text.codePointAt(i));
            }
        }
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}

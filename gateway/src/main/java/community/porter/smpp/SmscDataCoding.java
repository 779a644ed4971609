package community.porter.smpp;

import com.cloudhopper.smpp.SmppConstants;
import community.porter.sms.codec.Alphabet;
import community.porter.sms.codec.SmsTextCodec;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;

/**
 * SMPP data_coding values and the codec's alphabets, both ways, for one SMSC's reading of
 * data_coding 0. Decoding never fails: what cannot be read is reported and replaced.
 *
 * <p>8-bit binary user data (data_coding 4, 0xF4 to 0xF7 and the other 8-bit codings) is not
 * text and is never decoded as if it were: it is passed on losslessly as
 * {@value #BINARY_PREFIX}{@code <data_coding>] <octets in upper-case hex>}, e.g.
 * {@code [binary dc=0xF6] 0A0B0C}, and reported as a problem, so the message is flagged malformed.
 * The bracketed prefix keeps the hex from ever reading as a command (it cannot match a keyword),
 * and says in the inbox and command log what the digits are.
 */
final class SmscDataCoding {

    /** How binary user data begins once represented as text. */
    static final String BINARY_PREFIX = "[binary dc=";

    private final boolean defaultIsGsm;

    /** @param defaultIsGsm whether data_coding 0 means GSM 03.38 (else Latin-1) on this SMSC */
    SmscDataCoding(boolean defaultIsGsm) {
        this.defaultIsGsm = defaultIsGsm;
    }

    /**
     * data_coding to alphabet: 0 as configured, 1 (IA5/ASCII) and 3 as Latin-1, 8 as UCS-2, the
     * GSM 03.38 coding groups by their alphabet bits, everything else binary.
     */
    Alphabet alphabet(byte dataCoding) {
        int dc = dataCoding & 0xFF;
        if (dc == 0) {
            return defaultIsGsm ? Alphabet.GSM7 : Alphabet.LATIN1;
        }
        if (dc == 1 || dc == 3) {
            return Alphabet.LATIN1;
        }
        if (dc == 8) {
            return Alphabet.UCS2;
        }
        if ((dc & 0xF0) == 0xF0) {
            return (dc & 0x04) == 0 ? Alphabet.GSM7 : Alphabet.BINARY;
        }
        if ((dc & 0xE0) == 0x00) {
            // General data coding group 00xx, uncompressed: bits 3-2 name the alphabet.
            return switch ((dc >> 2) & 0x03) {
                case 0 -> Alphabet.GSM7;
                case 2 -> Alphabet.UCS2;
                default -> Alphabet.BINARY;
            };
        }
        return Alphabet.BINARY;
    }

    /** @return the data_coding announcing text in this alphabet */
    static byte dataCoding(Alphabet alphabet) {
        return switch (alphabet) {
            case GSM7 -> SmppConstants.DATA_CODING_DEFAULT;
            case LATIN1 -> SmppConstants.DATA_CODING_LATIN1;
            case UCS2 -> SmppConstants.DATA_CODING_UCS2;
            case BINARY -> SmppConstants.DATA_CODING_8BIT;
        };
    }

    /** GSM 7-bit where data_coding 0 means it; otherwise Latin-1 if the text fits, else UCS-2. */
    Alphabet outboundAlphabet(String text) {
        Alphabet chosen = SmsTextCodec.choose(text);
        if (chosen == Alphabet.GSM7 && !defaultIsGsm) {
            return StandardCharsets.ISO_8859_1.newEncoder().canEncode(text) ? Alphabet.LATIN1 : Alphabet.UCS2;
        }
        return chosen;
    }

    /**
     * @param problems where to say what could not be read
     * @return the text, as far as it could be read; binary data in its hex representation
     */
    String decode(byte[] payload, byte dataCoding, List<String> problems) {
        Alphabet alphabet = alphabet(dataCoding);
        if (alphabet == Alphabet.BINARY) {
            problems.add(String.format("binary user data (data_coding 0x%02X, %d octets) is not text; passed on as hex",
                    dataCoding, payload.length));
            return binaryAsText(payload, dataCoding);
        }
        try {
            return SmsTextCodec.decode(payload, alphabet);
        } catch (IllegalArgumentException e) {
            problems.add("undecodable " + alphabet + " text: " + e.getMessage());
            return bestEffort(payload, alphabet);
        }
    }

    /** @return binary user data as text: the {@link #BINARY_PREFIX} representation */
    static String binaryAsText(byte[] payload, byte dataCoding) {
        return String.format("%s0x%02X] %s", BINARY_PREFIX, dataCoding, HexFormat.of().withUpperCase().formatHex(payload));
    }

    /** As much of the text as can be read, U+FFFD where it cannot. */
    private static String bestEffort(byte[] payload, Alphabet alphabet) {
        try {
            if (alphabet == Alphabet.UCS2) {
                int even = payload.length & ~1;
                String head = new String(payload, 0, even, StandardCharsets.UTF_16BE);
                return even == payload.length ? head : head + '\uFFFD';
            }
            byte[] septets = payload.clone();
            for (int i = 0; i < septets.length; i++) {
                septets[i] &= 0x7F;
            }
            return SmsTextCodec.decode(septets, Alphabet.GSM7);
        } catch (IllegalArgumentException e) {
            return new String(payload, StandardCharsets.ISO_8859_1);
        }
    }
}

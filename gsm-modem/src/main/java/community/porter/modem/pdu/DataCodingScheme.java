package community.porter.modem.pdu;

import community.porter.sms.codec.Alphabet;
import java.util.Optional;

/**
 * The TP-DCS octet (TS 23.038 §4), kept as it came and read on demand, so a decoded PDU encodes
 * back to the same octet.
 *
 * <p>Coding groups by bits 7 to 4:
 * <pre>
 *   00xx  general data coding       bit 5 compressed, bit 4 "class in bits 1-0",
 *   01xx  marked for auto-deletion  bits 3-2 alphabet: 00 GSM 7-bit, 01 8-bit, 10 UCS-2
 *   1000–1011  reserved             GSM 7-bit (23.038: reserved codings mean the default alphabet)
 *   1100, 1101  message waiting     GSM 7-bit
 *   1110        message waiting     UCS-2
 *   1111  data coding/class         bit 2: 0 GSM 7-bit, 1 8-bit; class in bits 1-0
 * </pre>
 * 8-bit data is {@link Alphabet#BINARY}: kept as octets, never guessed to be text. The reserved
 * alphabet 11 of the general groups is read as GSM 7-bit, as 23.038 asks.
 *
 * @param value the octet, 0 to 255
 */
public record DataCodingScheme(int value) {

    /** GSM 7-bit, no class: what most texts are sent with. */
    public static final DataCodingScheme GSM7 = new DataCodingScheme(0x00);

    /** 8-bit data, no class. */
    public static final DataCodingScheme BINARY = new DataCodingScheme(0x04);

    /** UCS-2, no class: what Chinese texts are sent with. */
    public static final DataCodingScheme UCS2 = new DataCodingScheme(0x08);

    /**
     * @throws IllegalArgumentException when the value does not fit an octet
     */
    public DataCodingScheme {
        if (value < 0 || value > 0xFF) {
            throw new IllegalArgumentException("data coding scheme " + value + " is not 0 to 255");
        }
    }

    /**
     * The general data coding octet for an alphabet, with no class.
     *
     * @param alphabet GSM7, UCS2 or BINARY
     * @return the scheme
     * @throws IllegalArgumentException for LATIN1, which a PDU cannot announce
     */
    public static DataCodingScheme of(Alphabet alphabet) {
        return new DataCodingScheme(alphabetBits(alphabet));
    }

    /**
     * The general data coding octet for an alphabet and a message class.
     *
     * @param alphabet     GSM7, UCS2 or BINARY
     * @param messageClass the class
     * @return the scheme, e.g. 0x10 for a class 0 ("flash") GSM 7-bit text
     * @throws IllegalArgumentException for LATIN1, which a PDU cannot announce
     */
    public static DataCodingScheme of(Alphabet alphabet, MessageClass messageClass) {
        return new DataCodingScheme(0x10 | alphabetBits(alphabet) | messageClass.code());
    }

    /** @return how the user data is coded */
    public Alphabet alphabet() {
        int group = value >>> 4;
        if (group <= 0b0111) {
            return switch ((value >>> 2) & 0x03) {
                case 0b01 -> Alphabet.BINARY;
                case 0b10 -> Alphabet.UCS2;
                default -> Alphabet.GSM7;
            };
        }
        if (group == 0b1110) {
            return Alphabet.UCS2;
        }
        if (group == 0b1111) {
            return (value & 0x04) != 0 ? Alphabet.BINARY : Alphabet.GSM7;
        }
        return Alphabet.GSM7;
    }

    /** @return the message class, when the octet gives one */
    public Optional<MessageClass> messageClass() {
        int group = value >>> 4;
        boolean hasClass = group <= 0b0111 ? (value & 0x10) != 0 : group == 0b1111;
        return hasClass ? Optional.of(MessageClass.ofCode(value)) : Optional.empty();
    }

    /** @return whether bit 5 of groups 00xx and 01xx says the text is compressed (TS 23.042) */
    public boolean compressed() {
        return (value & 0x80) == 0 && (value & 0x20) != 0;
    }

    private static int alphabetBits(Alphabet alphabet) {
        return switch (alphabet) {
            case GSM7 -> 0x00;
            case BINARY -> 0x04;
            case UCS2 -> 0x08;
            case LATIN1 -> throw new IllegalArgumentException(
                    "a PDU has no data coding for Latin-1; send GSM7, UCS2 or BINARY");
        };
    }
}

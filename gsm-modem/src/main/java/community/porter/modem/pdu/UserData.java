package community.porter.modem.pdu;

import community.porter.sms.codec.Alphabet;
import community.porter.sms.codec.ConcatInfo;
import community.porter.sms.codec.InformationElement;
import community.porter.sms.codec.SmsTextCodec;
import community.porter.sms.codec.UserDataHeader;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The user data of a PDU (TP-UD): its header's information elements, if TP-UDHI is set, and the
 * payload after them.
 *
 * @param header   the information elements in header order; empty when there is no header
 * @param alphabet how the payload is coded: GSM7, UCS2 or BINARY
 * @param payload  for GSM7 the unpacked septets (one per byte), for UCS2 the UTF-16BE octets,
 *                 for BINARY the octets as they came; copied in and out
 */
public record UserData(List<InformationElement> header, Alphabet alphabet, byte[] payload) {

    /**
     * @throws IllegalArgumentException when the payload is not valid in the alphabet, the
     *                                  alphabet is LATIN1 (no PDU announces it), or the header
     *                                  holds a broken concatenation element
     */
    public UserData {
        header = List.copyOf(header);
        Objects.requireNonNull(alphabet, "alphabet");
        if (alphabet == Alphabet.LATIN1) {
            throw new IllegalArgumentException("a PDU has no data coding for Latin-1");
        }
        payload = payload.clone();
        if (alphabet != Alphabet.BINARY) {
            SmsTextCodec.decode(payload, alphabet); // fails on septets over 0x7F, odd UCS-2
        }
        concat(header);
    }

    /**
     * @param text     the text
     * @param alphabet GSM7 or UCS2
     * @return user data holding the text and no header
     */
    public static UserData ofText(String text, Alphabet alphabet) {
        return new UserData(List.of(), alphabet, SmsTextCodec.encode(text, alphabet));
    }

    /** @return where this part belongs in a long message, from IEI 0x00 or 0x08 */
    public Optional<ConcatInfo> concat() {
        return concat(header);
    }

    /** @return the decoded text, or empty for 8-bit data, which is not text */
    public Optional<String> text() {
        return alphabet == Alphabet.BINARY ? Optional.empty() : Optional.of(SmsTextCodec.decode(payload, alphabet));
    }

    /** @return a copy of the payload */
    @Override
    public byte[] payload() {
        return payload.clone();
    }

    // UserDataHeader is the one parser of headers; going through its octets keeps it so.
    private static Optional<ConcatInfo> concat(List<InformationElement> header) {
        return header.isEmpty() ? Optional.empty() : UserDataHeader.parse(UserDataHeader.build(header)).concat();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UserData that
                && header.equals(that.header)
                && alphabet == that.alphabet
                && Arrays.equals(payload, that.payload);
    }

    @Override
    public int hashCode() {
        return Objects.hash(header, alphabet, Arrays.hashCode(payload));
    }

    @Override
    public String toString() {
        return "UserData[header=" + header + ", alphabet=" + alphabet + ", "
                + text().map(t -> "text=" + t).orElse("payload=" + HexFormat.of().formatHex(payload)) + "]";
    }
}

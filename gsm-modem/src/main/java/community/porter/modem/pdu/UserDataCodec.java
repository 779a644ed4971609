package community.porter.modem.pdu;

import community.porter.sms.codec.Alphabet;
import community.porter.sms.codec.Gsm7Packing;
import community.porter.sms.codec.InformationElement;
import community.porter.sms.codec.ParsedUserData;
import community.porter.sms.codec.SmsCodecException;
import community.porter.sms.codec.UserDataHeader;
import java.util.List;

/**
 * Reads and writes TP-UDL and TP-UD (TS 23.040 §9.2.3.16, §9.2.3.24).
 *
 * <p>For GSM 7-bit, TP-UDL counts septets, the header's included: a header of {@code n} octets
 * takes {@code ceil(n * 8 / 7)} septets, and the fill bits that round it up come before the first
 * character. For 8-bit and UCS-2, TP-UDL counts octets.
 */
final class UserDataCodec {

    /** Most octets of user data one PDU carries. */
    static final int MAX_OCTETS = 140;

    private UserDataCodec() {
    }

    /**
     * @param reader           at TP-UDL
     * @param headerIndicated  TP-UDHI of the first octet
     * @param dataCoding       TP-DCS, already known not to be compressed
     * @return the user data
     * @throws MalformedPduException when the user data is cut short, its header is broken or
     *                               longer than the user data, or its text is not valid
     */
    static UserData read(PduReader reader, boolean headerIndicated, DataCodingScheme dataCoding) {
        int length = reader.octet("TP-UDL");
        Alphabet alphabet = dataCoding.alphabet();
        boolean septets = alphabet == Alphabet.GSM7;
        int at = reader.position();
        byte[] userData = reader.octets(septets ? Gsm7Packing.packedLength(length, 0) : length,
                "TP-UD of " + length + (septets ? " septets" : " octets"));
        List<InformationElement> header = List.of();
        int headerLength = 0;
        byte[] body = userData;
        if (headerIndicated) {
            ParsedUserData parsed = parseHeader(userData, at);
            header = parsed.elements();
            headerLength = parsed.headerLength();
            body = parsed.payload();
        }
        byte[] payload = body;
        if (septets) {
            int headerSeptets = UserDataHeader.headerSeptets(headerLength);
            if (headerSeptets > length) {
                throw MalformedPduException.at(at, "user data header of " + headerLength + " octets takes "
                        + headerSeptets + " septets, more than the " + length + " TP-UDL gives");
            }
            payload = Gsm7Packing.unpack(body, length - headerSeptets, UserDataHeader.fillBits(headerLength));
        }
        try {
            return new UserData(header, alphabet, payload);
        } catch (SmsCodecException e) {
            throw MalformedPduException.at(at + headerLength, "user data text: " + e.getMessage(), e);
        }
    }

    /**
     * @param writer   where TP-UDL and TP-UD go
     * @param userData the user data
     * @throws IllegalArgumentException when it takes more than 140 octets
     */
    static void write(PduWriter writer, UserData userData) {
        byte[] header = userData.header().isEmpty() ? new byte[0] : UserDataHeader.build(userData.header());
        byte[] payload = userData.payload();
        int length;
        byte[] body;
        if (userData.alphabet() == Alphabet.GSM7) {
            length = UserDataHeader.headerSeptets(header.length) + payload.length;
            body = Gsm7Packing.pack(payload, UserDataHeader.fillBits(header.length));
        } else {
            length = header.length + payload.length;
            body = payload;
        }
        int octets = header.length + body.length;
        if (octets > MAX_OCTETS) {
            throw new IllegalArgumentException("user data of " + octets + " octets is over the "
                    + MAX_OCTETS + " one PDU carries");
        }
        writer.octet(length).octets(header).octets(body);
    }

    private static ParsedUserData parseHeader(byte[] userData, int at) {
        try {
            return UserDataHeader.parse(userData);
        } catch (SmsCodecException e) {
            throw MalformedPduException.at(at, "user data header: " + e.getMessage(), e);
        }
    }
}

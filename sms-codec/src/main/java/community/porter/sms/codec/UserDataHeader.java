package community.porter.sms.codec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Builds and parses the user data header (UDH) of 3GPP TS 23.040 §9.2.3.24: a length octet
 * (UDHL) followed by information elements, at the start of the user data when TP-UDHI (or the
 * SMPP esm_class UDHI bit) is set. Porter needs it for concatenation.
 */
public final class UserDataHeader {

    /** IEI of concatenation with an 8-bit reference. */
    public static final int IEI_CONCAT_8 = 0x00;

    /** IEI of concatenation with a 16-bit reference. */
    public static final int IEI_CONCAT_16 = 0x08;

    /** Octets of a whole header holding only an 8-bit concatenation element: 05 00 03 rr tt ss. */
    public static final int CONCAT_8_LENGTH = 6;

    /** Octets of a whole header holding only a 16-bit concatenation element: 06 08 04 rrrr tt ss. */
    public static final int CONCAT_16_LENGTH = 7;

    private UserDataHeader() {
    }

    /**
     * The header of one part of a long message, with an 8-bit reference:
     * {@code 05 00 03 rr tt ss}.
     *
     * @param reference 0 to 255, the same for every part
     * @param total     number of parts, 1 to 255
     * @param sequence  this part, 1 to total
     * @return the six octets, UDHL first
     * @throws IllegalArgumentException when a value is out of range
     */
    public static byte[] concat8(int reference, int total, int sequence) {
        ConcatInfo info = new ConcatInfo(reference, total, sequence, false);
        return new byte[] {
            5, IEI_CONCAT_8, 3, (byte) info.reference(), (byte) info.total(), (byte) info.sequence()
        };
    }

    /**
     * The header of one part of a long message, with a 16-bit reference:
     * {@code 06 08 04 rrrr tt ss}, the reference big-endian.
     *
     * @param reference 0 to 65535, the same for every part
     * @param total     number of parts, 1 to 255
     * @param sequence  this part, 1 to total
     * @return the seven octets, UDHL first
     * @throws IllegalArgumentException when a value is out of range
     */
    public static byte[] concat16(int reference, int total, int sequence) {
        ConcatInfo info = new ConcatInfo(reference, total, sequence, true);
        return new byte[] {
            6, IEI_CONCAT_16, 4, (byte) (info.reference() >>> 8), (byte) info.reference(),
            (byte) info.total(), (byte) info.sequence()
        };
    }

    /**
     * A header holding the given elements, UDHL first.
     *
     * @param elements information elements in the order they should appear
     * @return the header octets
     * @throws IllegalArgumentException when the elements do not fit in one header (UDHL ≤ 255)
     */
    public static byte[] build(List<InformationElement> elements) {
        int length = elements.stream().mapToInt(InformationElement::encodedLength).sum();
        if (length > 0xFF) {
            throw new IllegalArgumentException("information elements of " + length
                    + " octets do not fit a user data header (at most 255)");
        }
        byte[] header = new byte[1 + length];
        header[0] = (byte) length;
        int at = 1;
        for (InformationElement element : elements) {
            byte[] data = element.data();
            header[at++] = (byte) element.id();
            header[at++] = (byte) data.length;
            System.arraycopy(data, 0, header, at, data.length);
            at += data.length;
        }
        return header;
    }

    /**
     * Splits user data that starts with a header into the header's elements and the rest.
     * Elements other than concatenation are returned as they are, for the caller to use or
     * ignore; a concatenation element whose total or sequence is out of range is ignored as
     * TS 23.040 says (it stays in the elements, but the data is not taken for a part). Should concatenation appear more than once, the last occurrence counts, as
     * TS 23.040 says for repeated elements.
     *
     * @param userData the user data, UDHL octet first
     * @return the elements, the concatenation info if any, the header length and the payload
     * @throws MalformedUserDataException when the header is not well formed (say which way)
     */
    public static ParsedUserData parse(byte[] userData) {
        if (userData.length == 0) {
            throw new MalformedUserDataException("user data is empty, no header length octet");
        }
        int headerLength = 1 + (userData[0] & 0xFF);
        if (headerLength > userData.length) {
            throw new MalformedUserDataException("header length " + (headerLength - 1)
                    + " runs past the end of the user data (" + (userData.length - 1)
                    + " octets after the length octet)");
        }
        List<InformationElement> elements = new ArrayList<>();
        Optional<ConcatInfo> concat = Optional.empty();
        int at = 1;
        while (at < headerLength) {
            if (at + 2 > headerLength) {
                throw new MalformedUserDataException("information element at offset " + at
                        + " has no length octet inside the header");
            }
            int id = userData[at] & 0xFF;
            int length = userData[at + 1] & 0xFF;
            int dataStart = at + 2;
            if (dataStart + length > headerLength) {
                throw new MalformedUserDataException(String.format("information element 0x%02X at offset "
                        + "%d has length %d, past the end of the header", id, at, length));
            }
            byte[] data = Arrays.copyOfRange(userData, dataStart, dataStart + length);
            elements.add(new InformationElement(id, data));
            if (id == IEI_CONCAT_8 || id == IEI_CONCAT_16) {
                concat = concatInfo(id, data);
            }
            at = dataStart + length;
        }
        byte[] payload = Arrays.copyOfRange(userData, headerLength, userData.length);
        return new ParsedUserData(elements, concat, headerLength, payload);
    }

    /**
     * Fill bits that follow a header of the given length before 7-bit text, so the text starts
     * on a septet boundary: {@code (7 - headerLength * 8 % 7) % 7}. One for the six-octet 8-bit
     * concatenation header, none for the seven-octet 16-bit one.
     *
     * @param headerLength header octets including the UDHL octet; 0 for no header
     * @return 0 to 6
     * @throws IllegalArgumentException when headerLength is negative
     */
    public static int fillBits(int headerLength) {
        if (headerLength < 0) {
            throw new IllegalArgumentException("header length must not be negative: " + headerLength);
        }
        return (7 - headerLength * 8 % 7) % 7;
    }

    /**
     * Septets a header and its fill bits take in 7-bit user data. TP-UDL of a 7-bit PDU counts
     * septets, header included: UDL = this + the text's septets.
     *
     * @param headerLength header octets including the UDHL octet; 0 for no header
     * @return {@code ceil(headerLength * 8 / 7)}
     * @throws IllegalArgumentException when headerLength is negative
     */
    public static int headerSeptets(int headerLength) {
        return (headerLength * 8 + fillBits(headerLength)) / 7;
    }

    /**
     * The concatenation element's values; empty when TS 23.040 (9.2.3.24.1 and .8) says to ignore
     * the element - a total of 0, or a sequence of 0 or past the total - so the part is read as a
     * message of its own rather than lost.
     */
    private static Optional<ConcatInfo> concatInfo(int id, byte[] data) {
        boolean sixteenBit = id == IEI_CONCAT_16;
        int expected = sixteenBit ? 4 : 3;
        if (data.length != expected) {
            throw new MalformedUserDataException(String.format(
                    "concatenation element 0x%02X must have %d octets, has %d", id, expected, data.length));
        }
        int reference = sixteenBit ? ((data[0] & 0xFF) << 8) | (data[1] & 0xFF) : data[0] & 0xFF;
        int total = data[expected - 2] & 0xFF;
        int sequence = data[expected - 1] & 0xFF;
        if (total == 0 || sequence == 0 || sequence > total) {
            return Optional.empty();
        }
        return Optional.of(new ConcatInfo(reference, total, sequence, sixteenBit));
    }
}

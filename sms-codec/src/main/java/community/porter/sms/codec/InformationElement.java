package community.porter.sms.codec;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * One information element of a user data header (3GPP TS 23.040 §9.2.3.24): an identifier
 * (IEI) and its data, without the length octet.
 *
 * @param id   the IEI, 0 to 255 (0x00 and 0x08 are concatenation)
 * @param data the element's data, 0 to 255 octets; copied in and out, compared by content
 */
public record InformationElement(int id, byte[] data) {

    /**
     * @throws IllegalArgumentException when the id or the data length does not fit an octet
     */
    public InformationElement {
        if (id < 0 || id > 0xFF) {
            throw new IllegalArgumentException("information element id " + id + " is not 0 to 255");
        }
        if (data.length > 0xFF) {
            throw new IllegalArgumentException(
                    "information element data of " + data.length + " octets is over 255");
        }
        data = data.clone();
    }

    /** @return a copy of the element's data */
    @Override
    public byte[] data() {
        return data.clone();
    }

    /** Octets this element takes in a header: IEI, length and data. */
    int encodedLength() {
        return 2 + data.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof InformationElement that && id == that.id && Arrays.equals(data, that.data);
    }

    @Override
    public int hashCode() {
        return 31 * id + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return String.format("InformationElement[id=0x%02X, data=%s]", id, HexFormat.of().formatHex(data));
    }
}

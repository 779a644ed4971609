package community.porter.sms.codec;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * User data split into its header and the rest, as {@link UserDataHeader#parse(byte[])} finds it.
 *
 * @param elements     the information elements in header order
 * @param concat       the concatenation element, if the header has one (the last, should there
 *                     be several)
 * @param headerLength octets of the header including the UDHL octet itself
 * @param payload      the octets after the header; for 7-bit text still packed, starting with
 *                     {@link UserDataHeader#fillBits(int)} fill bits; copied in and out
 */
public record ParsedUserData(
        List<InformationElement> elements,
        Optional<ConcatInfo> concat,
        int headerLength,
        byte[] payload) {

    /** Copies the collections so the record cannot change under its holder. */
    public ParsedUserData {
        elements = List.copyOf(elements);
        Objects.requireNonNull(concat, "concat");
        payload = payload.clone();
    }

    /** @return a copy of the octets after the header */
    @Override
    public byte[] payload() {
        return payload.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ParsedUserData that
                && headerLength == that.headerLength
                && elements.equals(that.elements)
                && concat.equals(that.concat)
                && Arrays.equals(payload, that.payload);
    }

    @Override
    public int hashCode() {
        return Objects.hash(elements, concat, headerLength, Arrays.hashCode(payload));
    }

    @Override
    public String toString() {
        return "ParsedUserData[elements=" + elements + ", concat=" + concat + ", headerLength="
                + headerLength + ", payload=" + HexFormat.of().formatHex(payload) + "]";
    }
}

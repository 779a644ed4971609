package community.porter.sms.codec;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One part of a text as it is to be sent.
 *
 * @param reference  the concatenation reference shared by all parts of the text (masked to
 *                   8 bits for {@link ConcatScheme#UDH8}, 16 bits otherwise)
 * @param partNumber this part, 1 to partCount
 * @param partCount  how many parts the text has
 * @param udh        the user data header to put before the payload (UDHL octet first), or
 *                   {@code null} for a single part or with {@link ConcatScheme#SAR} or
 *                   {@link ConcatScheme#PAYLOAD}; copied
 * @param payload    this part's text encoded; GSM 7-bit as unpacked septets (pack them for a
 *                   PDU after {@link UserDataHeader#fillBits(int)} fill bits); copied
 * @param text       this part's text
 */
public record Segment(int reference, int partNumber, int partCount, byte[] udh, byte[] payload, String text) {

    /** Copies the arrays so a segment cannot change once made. */
    public Segment {
        udh = udh == null ? null : udh.clone();
        payload = payload.clone();
        Objects.requireNonNull(text, "text");
    }

    /** @return a copy of the header, or {@code null} when the part has none */
    @Override
    public byte[] udh() {
        return udh == null ? null : udh.clone();
    }

    /** @return a copy of the encoded text of this part */
    @Override
    public byte[] payload() {
        return payload.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Segment that
                && reference == that.reference
                && partNumber == that.partNumber
                && partCount == that.partCount
                && Arrays.equals(udh, that.udh)
                && Arrays.equals(payload, that.payload)
                && text.equals(that.text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(reference, partNumber, partCount, Arrays.hashCode(udh), Arrays.hashCode(payload), text);
    }

    @Override
    public String toString() {
        HexFormat hex = HexFormat.of();
        return "Segment[reference=" + reference + ", part=" + partNumber + "/" + partCount
                + ", udh=" + (udh == null ? "none" : hex.formatHex(udh))
                + ", payload=" + hex.formatHex(payload) + ", text=" + text + "]";
    }
}

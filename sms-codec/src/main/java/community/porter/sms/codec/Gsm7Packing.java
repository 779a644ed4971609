package community.porter.sms.codec;

/**
 * Packs GSM 7-bit septets into octets and back (3GPP TS 23.038 §6.1.2.1): eight septets fill
 * seven octets, least significant bits first. A modem PDU carries text packed; SMPP does not.
 *
 * <p>When a user data header comes before 7-bit text, the text starts on a septet boundary
 * counted from the start of the user data, so {@code fillBits} zero bits (0 to 6, see
 * {@link UserDataHeader#fillBits(int)}) come before the first septet. Here the packed octets are
 * those after the header: the fill bits are the low bits of the first one.
 */
public final class Gsm7Packing {

    private Gsm7Packing() {
    }

    /**
     * Packs septets.
     *
     * @param septets  one septet per byte (as from {@link GsmAlphabet#encode(String)})
     * @param fillBits zero bits before the first septet, 0 to 6
     * @return {@link #packedLength(int, int)} octets; unused high bits of the last octet are 0
     * @throws MalformedTextException   when a byte is over 0x7F
     * @throws IllegalArgumentException when fillBits is out of range
     */
    public static byte[] pack(byte[] septets, int fillBits) {
        byte[] packed = new byte[packedLength(septets.length, fillBits)];
        int bit = fillBits;
        for (int i = 0; i < septets.length; i++) {
            int septet = septets[i] & 0xFF;
            if (septet > 0x7F) {
                throw new MalformedTextException(String.format(
                        "byte 0x%02X at index %d is not a GSM 7-bit septet (over 0x7F)", septet, i));
            }
            int octet = bit >>> 3;
            int shift = bit & 7;
            packed[octet] |= (byte) (septet << shift);
            if (shift > 1) {
                // The septet does not fit in what is left of this octet; its top spills over.
                packed[octet + 1] |= (byte) (septet >>> (8 - shift));
            }
            bit += 7;
        }
        return packed;
    }

    /**
     * Unpacks septets. Octets after those the septets need are ignored: the count, not the
     * array, says where the text ends (a packed octet's spare bits may look like an {@code @}).
     *
     * @param packed      the packed octets
     * @param septetCount how many septets to read (from TP-UDL, less the header's septets)
     * @param fillBits    zero bits before the first septet, 0 to 6
     * @return one septet per byte
     * @throws MalformedTextException   when {@code packed} is too short for the septets
     * @throws IllegalArgumentException when septetCount is negative or fillBits out of range
     */
    public static byte[] unpack(byte[] packed, int septetCount, int fillBits) {
        if (septetCount < 0) {
            throw new IllegalArgumentException("septet count must not be negative: " + septetCount);
        }
        int needed = packedLength(septetCount, fillBits);
        if (packed.length < needed) {
            throw new MalformedTextException("truncated 7-bit text: " + septetCount + " septets after "
                    + fillBits + " fill bits need " + needed + " octets, got " + packed.length);
        }
        byte[] septets = new byte[septetCount];
        int bit = fillBits;
        for (int i = 0; i < septetCount; i++) {
            int octet = bit >>> 3;
            int shift = bit & 7;
            int value = (packed[octet] & 0xFF) >>> shift;
            if (shift > 1) {
                value |= (packed[octet + 1] & 0xFF) << (8 - shift);
            }
            septets[i] = (byte) (value & 0x7F);
            bit += 7;
        }
        return septets;
    }

    /**
     * Octets that {@code septetCount} packed septets take after {@code fillBits} fill bits.
     *
     * @param septetCount number of septets, not negative
     * @param fillBits    0 to 6
     * @return the number of octets
     * @throws IllegalArgumentException when an argument is out of range or the result overflows
     */
    public static int packedLength(int septetCount, int fillBits) {
        if (fillBits < 0 || fillBits > 6) {
            throw new IllegalArgumentException("fill bits must be 0 to 6, not " + fillBits);
        }
        if (septetCount < 0) {
            throw new IllegalArgumentException("septet count must not be negative: " + septetCount);
        }
        return Math.toIntExact((fillBits + 7L * septetCount + 7) / 8);
    }
}

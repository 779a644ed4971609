package community.porter.sms.codec;

/**
 * Where one part belongs in a concatenated (long) message, as a concatenation information
 * element or the SMPP SAR TLVs ({@code sar_msg_ref_num}, {@code sar_total_segments},
 * {@code sar_segment_seqnum}) say.
 *
 * @param reference           the same for every part of one message: 0 to 255, or 0 to 65535
 *                            when {@code sixteenBitReference}
 * @param total               how many parts the message has, 1 to 255
 * @param sequence            which part this is, 1 to {@code total}
 * @param sixteenBitReference whether the reference is 16-bit (IEI 0x08 or SAR) rather than
 *                            8-bit (IEI 0x00)
 */
public record ConcatInfo(int reference, int total, int sequence, boolean sixteenBitReference) {

    /**
     * @throws IllegalArgumentException when a field is out of its range
     */
    public ConcatInfo {
        int maxReference = sixteenBitReference ? 0xFFFF : 0xFF;
        if (reference < 0 || reference > maxReference) {
            throw new IllegalArgumentException(
                    "concatenation reference " + reference + " is not 0 to " + maxReference);
        }
        if (total < 1 || total > 255) {
            throw new IllegalArgumentException("concatenation total " + total + " is not 1 to 255");
        }
        if (sequence < 1 || sequence > total) {
            throw new IllegalArgumentException(
                    "concatenation sequence " + sequence + " is not 1 to " + total);
        }
    }
}

package community.porter.sms.codec;

/**
 * How the parts of a long message are tied together.
 */
public enum ConcatScheme {

    /** A user data header with an 8-bit reference in every part (IEI 0x00, six octets). */
    UDH8,

    /** A user data header with a 16-bit reference in every part (IEI 0x08, seven octets). */
    UDH16,

    /**
     * SMPP {@code sar_*} TLVs outside the payload, no header in it. Parts are sized as for
     * {@link #UDH8}, so an SMSC that turns the TLVs into headers for the handset still fits.
     */
    SAR,

    /**
     * The whole text in one SMPP PDU, in the {@code message_payload} TLV; the SMSC splits it for
     * the handset. {@link Segmenter} still sizes its parts as for {@link #UDH8}, without a
     * header, so a text takes as many parts (and is refused past the same limit) whichever
     * scheme carries it.
     */
    PAYLOAD
}

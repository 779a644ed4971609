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
    SAR
}

package community.porter.modem.pdu;

/**
 * The type of number of an address (3GPP TS 23.040 §9.1.2.5, bits 6 to 4 of the type-of-address
 * octet). It says how to read the address value: as digits, or as GSM 7-bit text for
 * {@link #ALPHANUMERIC} senders such as an operator's name.
 */
public enum TypeOfNumber {

    /** Unknown: the digits are dialled as they are (national or short codes such as 10086). */
    UNKNOWN,
    /** International: the digits start with the country code; shown with a leading {@code +}. */
    INTERNATIONAL,
    /** National number, without the national prefix. */
    NATIONAL,
    /** Network specific number, for the operator's own services. */
    NETWORK_SPECIFIC,
    /** Subscriber number. */
    SUBSCRIBER,
    /** GSM 7-bit text, e.g. "ChinaMobile"; at most 11 characters. */
    ALPHANUMERIC,
    /** Abbreviated number. */
    ABBREVIATED,
    /** Reserved for extension. */
    RESERVED;

    /**
     * @param code the three bits, 0 to 7
     * @return the type with that code
     */
    static TypeOfNumber ofCode(int code) {
        return values()[code & 0x07];
    }

    /** @return the three bits of this type */
    int code() {
        return ordinal();
    }
}

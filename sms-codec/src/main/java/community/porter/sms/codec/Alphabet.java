package community.porter.sms.codec;

/**
 * How the text of a short message is encoded in its user data.
 */
public enum Alphabet {

    /** GSM 7-bit default alphabet with its extension table (3GPP TS 23.038 §6.2.1). */
    GSM7,

    /** UCS-2 as phones really send it: UTF-16BE, characters outside the BMP as surrogate pairs. */
    UCS2,

    /** ISO-8859-1, one octet per character, as some SMSCs deliver 8-bit text. */
    LATIN1,

    /** Octets that are not text (e.g. WAP push, SIM data); this codec never decodes them to text. */
    BINARY
}

package community.porter.modem.pdu;

import community.porter.sms.codec.GsmAlphabet;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An address of a PDU (3GPP TS 23.040 §9.1.2.5): originator, destination, recipient or service
 * centre.
 *
 * @param type          how the value is to be read
 * @param numberingPlan the numbering plan identification, 0 to 15 ({@link #PLAN_ISDN} for phone
 *                      numbers, {@link #PLAN_UNKNOWN} for alphanumeric senders)
 * @param value         the digits without any {@code +} (0-9 and the semi-octet symbols
 *                      {@code * # a b c}, at most 20), or for {@link TypeOfNumber#ALPHANUMERIC}
 *                      the text (GSM 7-bit, at most 11 septets)
 */
public record Address(TypeOfNumber type, int numberingPlan, String value) {

    /** Numbering plan "unknown". */
    public static final int PLAN_UNKNOWN = 0;

    /** Numbering plan ISDN/telephone (E.164), what phone numbers use. */
    public static final int PLAN_ISDN = 1;

    /** Most digits an address value holds: ten octets of two semi-octets. */
    public static final int MAX_DIGITS = 20;

    /** Most septets an alphanumeric address holds: ten octets of packed 7-bit text. */
    public static final int MAX_ALPHANUMERIC_SEPTETS = 11;

    private static final Pattern DIGITS = Pattern.compile("[0-9*#abc]*");

    /**
     * @throws IllegalArgumentException when the value does not fit the type
     */
    public Address {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        if (numberingPlan < 0 || numberingPlan > 15) {
            throw new IllegalArgumentException("numbering plan " + numberingPlan + " is not 0 to 15");
        }
        if (type == TypeOfNumber.ALPHANUMERIC) {
            if (!GsmAlphabet.canEncode(value) || GsmAlphabet.septetLength(value) > MAX_ALPHANUMERIC_SEPTETS) {
                throw new IllegalArgumentException("alphanumeric address '" + value
                        + "' is not GSM 7-bit text of at most " + MAX_ALPHANUMERIC_SEPTETS + " septets");
            }
        } else if (value.length() > MAX_DIGITS || !DIGITS.matcher(value).matches()) {
            throw new IllegalArgumentException("address '" + value + "' is not at most " + MAX_DIGITS
                    + " digits (0-9 * # a b c)");
        }
    }

    /**
     * @param number E.164 digits, with or without a leading {@code +}
     * @return an international ISDN address
     */
    public static Address international(String number) {
        return new Address(TypeOfNumber.INTERNATIONAL, PLAN_ISDN, stripPlus(number));
    }

    /**
     * @param digits a number as dialled nationally, or a short code such as {@code 10086}
     * @return an ISDN address of unknown type, as phones send numbers without a {@code +}
     */
    public static Address unknown(String digits) {
        return new Address(TypeOfNumber.UNKNOWN, PLAN_ISDN, digits);
    }

    /**
     * @param text a sender name such as {@code ChinaMobile}
     * @return an alphanumeric address
     */
    public static Address alphanumeric(String text) {
        return new Address(TypeOfNumber.ALPHANUMERIC, PLAN_UNKNOWN, text);
    }

    /**
     * The usual reading of a number as Porter stores it: {@code +} and digits is international,
     * digits alone are of unknown type, anything else is an alphanumeric name.
     *
     * @param text a number or a name
     * @return the address
     * @throws IllegalArgumentException when it fits none of them
     */
    public static Address parse(String text) {
        if (text.startsWith("+")) {
            return international(text);
        }
        return DIGITS.matcher(text).matches() && !text.isEmpty() ? unknown(text) : alphanumeric(text);
    }

    /**
     * @return the value as Porter shows and stores it: international numbers with a leading
     *         {@code +}, everything else as it is
     */
    public String displayValue() {
        return type == TypeOfNumber.INTERNATIONAL && !value.isEmpty() ? "+" + value : value;
    }

    /** @return the type-of-address octet: extension bit set, type, numbering plan */
    int typeOfAddress() {
        return 0x80 | type.code() << 4 | numberingPlan;
    }

    private static String stripPlus(String number) {
        return number.startsWith("+") ? number.substring(1) : number;
    }
}

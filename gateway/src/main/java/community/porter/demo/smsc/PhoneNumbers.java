package community.porter.demo.smsc;

import java.util.regex.Pattern;

/** Between the simulator's E.164 phone numbers and the digit strings SMPP addresses carry. */
final class PhoneNumbers {

    /** SMPP type of number "international". */
    static final byte TON_INTERNATIONAL = 1;
    /** SMPP type of number "national". */
    static final byte TON_NATIONAL = 2;

    private static final Pattern E164 = Pattern.compile("\\+?[0-9]{3,20}");

    private PhoneNumbers() {
    }

    /**
     * The digits of a phone as the simulator takes it: {@code +8613800000001} or
     * {@code 8613800000001}.
     *
     * @throws IllegalArgumentException when it is not a phone number
     */
    static String digitsOf(String phone) {
        String trimmed = phone == null ? "" : phone.strip();
        if (!E164.matcher(trimmed).matches()) {
            throw new IllegalArgumentException("'" + phone + "' is not a phone number in E.164 form");
        }
        return trimmed.startsWith("+") ? trimmed.substring(1) : trimmed;
    }

    /**
     * A destination address from a submit_sm as the E.164 number its conversation is kept
     * under. ESMEs write the same phone in several ways ({@code +86…}, {@code 0086…}, {@code 86…}
     * with TON international, or the national {@code 138…}), and all must land in one
     * conversation.
     *
     * @param address     the address digits as sent
     * @param ton         the address's type of number
     * @param countryCode the country calling code to prefix to national numbers
     */
    static String toE164(String address, byte ton, String countryCode) {
        String digits = address.strip();
        if (digits.startsWith("+")) {
            return "+" + digits.substring(1);
        }
        if (digits.startsWith("00")) {
            return "+" + digits.substring(2);
        }
        if (ton == TON_INTERNATIONAL) {
            return "+" + digits;
        }
        if (ton == TON_NATIONAL) {
            return "+" + countryCode + stripTrunkPrefix(digits);
        }
        // Unknown TON: a number that already starts with the country code and is longer than a
        // national number is taken as international (Chinese mobiles have 11 national digits).
        if (digits.startsWith(countryCode) && digits.length() > 11) {
            return "+" + digits;
        }
        return "+" + countryCode + stripTrunkPrefix(digits);
    }

    private static String stripTrunkPrefix(String digits) {
        return digits.startsWith("0") ? digits.substring(1) : digits;
    }
}

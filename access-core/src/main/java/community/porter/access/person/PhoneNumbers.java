package community.porter.access.person;

import org.springframework.stereotype.Component;

/**
 * Turns phone numbers as people type them into E.164 with a leading {@code +}.
 *
 * <p>Accepted: {@code +8613800000001}, {@code 008613800000001}, {@code 8613800000001} (already
 * carrying the country code), {@code 13800000001} and {@code 0138...} (national, with or without
 * the trunk prefix 0), with spaces, dashes, dots or brackets anywhere and full-width digits. A
 * number written without {@code +} or {@code 00} counts as international when it starts with the
 * default country code and at least nine digits follow; that never misreads a Chinese number,
 * whose national numbers start with 1 or 0.
 */
@Component
public class PhoneNumbers {

    /** E.164 allows at most 15 digits; fewer than 8 is no subscriber number anywhere we serve. */
    private static final int MIN_DIGITS = 8;
    private static final int MAX_DIGITS = 15;
    private static final int MIN_NATIONAL_AFTER_COUNTRY_CODE = 9;
    private static final int CHINESE_MOBILE_DIGITS = 11;

    /**
     * Normalises {@code raw} to E.164.
     *
     * @param raw                the number as typed
     * @param defaultCountryCode country code for national numbers, e.g. {@code 86} (a leading
     *                           {@code +} is ignored)
     * @return the number as {@code +<country code><national number>}
     * @throws InvalidPhoneNumberException when {@code raw} is not a phone number
     */
    public String normalise(String raw, String defaultCountryCode) {
        String countryCode = countryCodeDigits(defaultCountryCode);
        if (raw == null || raw.isBlank()) {
            throw new InvalidPhoneNumberException(String.valueOf(raw), "empty");
        }
        boolean plus = false;
        StringBuilder digits = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = foldFullWidth(raw.charAt(i));
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c == '+' && digits.isEmpty() && !plus) {
                plus = true;
            } else if (!isSeparator(c)) {
                throw new InvalidPhoneNumberException(raw, "unexpected character '" + c + "'");
            }
        }
        String international = international(digits.toString(), plus, countryCode);
        check(raw, international);
        return "+" + international;
    }

    private static String international(String digits, boolean plus, String countryCode) {
        if (plus) {
            return digits;
        }
        if (digits.startsWith("00")) {
            return digits.substring(2);
        }
        if (digits.startsWith(countryCode)
                && digits.length() - countryCode.length() >= MIN_NATIONAL_AFTER_COUNTRY_CODE) {
            return digits;
        }
        if (digits.startsWith("0")) {
            return countryCode + digits.substring(1); // trunk prefix
        }
        return countryCode + digits;
    }

    private static void check(String raw, String international) {
        if (international.length() < MIN_DIGITS) {
            throw new InvalidPhoneNumberException(raw, "too short");
        }
        if (international.length() > MAX_DIGITS) {
            throw new InvalidPhoneNumberException(raw, "too long");
        }
        if (international.charAt(0) == '0') {
            throw new InvalidPhoneNumberException(raw, "no country code");
        }
        // The common typo in China is a mobile number (13x-19x) one digit short or long: catch
        // it here rather than texting a stranger. Beijing's landlines (10...) are not mobiles.
        if (international.matches("861[3-9].*")
                && international.length() != 2 + CHINESE_MOBILE_DIGITS) {
            throw new InvalidPhoneNumberException(raw, "a mobile number has 11 digits");
        }
    }

    private static String countryCodeDigits(String defaultCountryCode) {
        String code = defaultCountryCode == null ? "" : defaultCountryCode.strip();
        if (code.startsWith("+")) {
            code = code.substring(1);
        }
        if (!code.matches("[1-9][0-9]{0,2}")) {
            throw new IllegalArgumentException("country code must be 1-3 digits: "
                    + defaultCountryCode);
        }
        return code;
    }

    private static char foldFullWidth(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        return c == '\u3000' ? ' ' : c;
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' || c == '\t'
                || c == '\u00A0';
    }
}

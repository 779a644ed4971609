package community.porter.modem.at;

import java.util.OptionalInt;

/** Reads the number of a +CME/+CMS ERROR. */
final class ErrorCodes {

    private ErrorCodes() {
    }

    static OptionalInt number(String detail) {
        String digits = detail.strip();
        if (digits.isEmpty() || digits.length() > 6) {
            return OptionalInt.empty();
        }
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                return OptionalInt.empty();
            }
        }
        return OptionalInt.of(Integer.parseInt(digits));
    }
}

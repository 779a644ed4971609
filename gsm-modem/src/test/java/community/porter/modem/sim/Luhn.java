package community.porter.modem.sim;

/** The Luhn check digit that ends an IMEI (TS 23.003 §6.2.1) and an ICCID (ITU-T E.118). */
final class Luhn {

    private Luhn() {
    }

    /**
     * @param digits the number without its check digit
     * @return the number with it
     */
    static String complete(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return digits + (10 - sum % 10) % 10;
    }
}

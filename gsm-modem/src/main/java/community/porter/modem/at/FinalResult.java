package community.porter.modem.at;

import java.util.Locale;

/**
 * The line that ends a command's answer (ITU-T V.250 §5.7, 3GPP TS 27.007 §9.2, TS 27.005
 * §3.2.5), recognised in verbose form (ATV1) only, which is every modem's default.
 *
 * @param kind what it says
 * @param line the line as the modem sent it
 */
record FinalResult(Kind kind, String line) {

    /** The kinds of final result. */
    enum Kind {
        /** OK. */
        OK,
        /**
         * ERROR, or an error in a maker's own words: Huawei manuals list {@code COMMAND NOT
         * SUPPORT} and {@code TOO MANY PARAMETERS} as final results.
         */
        ERROR,
        /** {@code +CME ERROR: <err>}, the equipment error of 27.007 §9.2. */
        CME_ERROR,
        /** {@code +CMS ERROR: <err>}, the message service error of 27.005 §3.2.5. */
        CMS_ERROR
    }

    /**
     * @param line a line from the modem
     * @return the final result it is, or {@code null} when it is not one
     */
    static FinalResult parse(String line) {
        String upper = line.strip().toUpperCase(Locale.ROOT);
        if (upper.equals("OK")) {
            return new FinalResult(Kind.OK, line);
        }
        if (upper.equals("ERROR") || upper.equals("COMMAND NOT SUPPORT") || upper.equals("TOO MANY PARAMETERS")) {
            return new FinalResult(Kind.ERROR, line);
        }
        if (upper.startsWith("+CME ERROR:")) {
            return new FinalResult(Kind.CME_ERROR, line);
        }
        if (upper.startsWith("+CMS ERROR:")) {
            return new FinalResult(Kind.CMS_ERROR, line);
        }
        return null;
    }

    /**
     * @return the text after the colon of a +CME/+CMS ERROR, stripped and unquoted
     */
    String detail() {
        int colon = line.indexOf(':');
        String detail = colon < 0 ? "" : line.substring(colon + 1).strip();
        if (detail.length() >= 2 && detail.startsWith("\"") && detail.endsWith("\"")) {
            detail = detail.substring(1, detail.length() - 1);
        }
        return detail;
    }
}

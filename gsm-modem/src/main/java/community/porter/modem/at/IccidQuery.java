package community.porter.modem.at;

import java.util.Optional;

/** The makers' commands that read the SIM's ICCID, in the order they are tried. */
enum IccidQuery {
    CCID("AT+CCID", "+CCID:"),
    ICCID("AT+ICCID", "+ICCID:"),
    HUAWEI("AT^ICCID?", "^ICCID:"),
    QUECTEL("AT+QCCID", "+QCCID:");

    private final String command;
    private final String prefix;

    IccidQuery(String command, String prefix) {
        this.command = command;
        this.prefix = prefix;
    }

    String command() {
        return command;
    }

    /**
     * @param response the answer
     * @return the first line that is an ICCID (18 to 22 hex digits, with or without the prefix
     *         and quotes); one that starts {@code 98} is the SIM file's raw byte order, with each
     *         pair of digits swapped, and is swapped back to the {@code 89...} of ITU-T E.118;
     *         trailing F padding is dropped
     */
    Optional<String> find(AtResponse response) {
        for (String line : response.lines()) {
            String value = AtFields.afterPrefix(line, prefix).replace("\"", "").strip();
            if (value.matches("[0-9A-Fa-f]{18,22}")) {
                String iccid = value.startsWith("98") ? swapPairs(value) : value;
                // An ICCID of odd length is padded with F in the SIM file.
                return Optional.of(iccid.replaceAll("[Ff]+$", ""));
            }
        }
        return Optional.empty();
    }

    private static String swapPairs(String digits) {
        StringBuilder swapped = new StringBuilder(digits.length());
        for (int i = 0; i + 1 < digits.length(); i += 2) {
            swapped.append(digits.charAt(i + 1)).append(digits.charAt(i));
        }
        if (digits.length() % 2 != 0) {
            swapped.append(digits.charAt(digits.length() - 1));
        }
        return swapped.toString();
    }
}

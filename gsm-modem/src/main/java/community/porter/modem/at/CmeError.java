package community.porter.modem.at;

import java.util.Locale;
import java.util.Optional;

/**
 * The common mobile equipment errors of 3GPP TS 27.007 §9.2.1, as {@code +CME ERROR: <err>}
 * gives them: numbered after AT+CMEE=1, in words after AT+CMEE=2.
 */
public enum CmeError {
    PHONE_FAILURE(0, "phone failure"),
    NO_CONNECTION_TO_PHONE(1, "no connection to phone"),
    PHONE_ADAPTOR_LINK_RESERVED(2, "phone-adaptor link reserved"),
    OPERATION_NOT_ALLOWED(3, "operation not allowed"),
    OPERATION_NOT_SUPPORTED(4, "operation not supported"),
    PH_SIM_PIN_REQUIRED(5, "PH-SIM PIN required"),
    SIM_NOT_INSERTED(10, "SIM not inserted"),
    SIM_PIN_REQUIRED(11, "SIM PIN required"),
    SIM_PUK_REQUIRED(12, "SIM PUK required"),
    SIM_FAILURE(13, "SIM failure"),
    SIM_BUSY(14, "SIM busy"),
    SIM_WRONG(15, "SIM wrong"),
    INCORRECT_PASSWORD(16, "incorrect password"),
    SIM_PIN2_REQUIRED(17, "SIM PIN2 required"),
    SIM_PUK2_REQUIRED(18, "SIM PUK2 required"),
    MEMORY_FULL(20, "memory full"),
    INVALID_INDEX(21, "invalid index"),
    NOT_FOUND(22, "not found"),
    MEMORY_FAILURE(23, "memory failure"),
    TEXT_STRING_TOO_LONG(24, "text string too long"),
    INVALID_CHARACTERS_IN_TEXT(25, "invalid characters in text string"),
    NO_NETWORK_SERVICE(30, "no network service"),
    NETWORK_TIMEOUT(31, "network timeout"),
    EMERGENCY_CALLS_ONLY(32, "network not allowed - emergency calls only"),
    UNKNOWN(100, "unknown");

    private final int code;
    private final String text;

    CmeError(int code, String text) {
        this.code = code;
        this.text = text;
    }

    /** @return the number of 27.007 */
    public int code() {
        return code;
    }

    /** @return the words of 27.007 */
    public String text() {
        return text;
    }

    /**
     * @param code a number from {@code +CME ERROR:}
     * @return the error, empty when it is not one of the common ones
     */
    public static Optional<CmeError> of(int code) {
        for (CmeError error : values()) {
            if (error.code == code) {
                return Optional.of(error);
            }
        }
        return Optional.empty();
    }

    /**
     * @param text words from {@code +CME ERROR:}, in any case
     * @return the error, empty when the words are not 27.007's
     */
    public static Optional<CmeError> ofText(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        for (CmeError error : values()) {
            if (error.text.toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(error);
            }
        }
        return Optional.empty();
    }
}

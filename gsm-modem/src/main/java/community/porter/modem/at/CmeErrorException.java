package community.porter.modem.at;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * {@code +CME ERROR: <err>}: the mobile equipment refused the command (3GPP TS 27.007 §9.2),
 * e.g. {@link CmeError#SIM_PIN_REQUIRED} or {@link CmeError#SIM_BUSY}.
 */
public final class CmeErrorException extends AtCommandException {

    private static final long serialVersionUID = 1L;

    private final OptionalInt code;
    private final transient Optional<CmeError> error;
    private final String detail;

    CmeErrorException(String command, String finalResult, String detail, List<String> lines) {
        super(command, finalResult, lines);
        this.detail = detail;
        this.code = ErrorCodes.number(detail);
        this.error = code.isPresent() ? CmeError.of(code.getAsInt()) : CmeError.ofText(detail);
    }

    /**
     * @return the number, from the line itself or (after AT+CMEE=2) from the known words;
     *         empty for words that are not 27.007's
     */
    public OptionalInt code() {
        return code.isPresent() ? code : error.map(e -> OptionalInt.of(e.code())).orElse(OptionalInt.empty());
    }

    /**
     * @return the error when it is one of the common ones
     */
    public Optional<CmeError> error() {
        return error;
    }

    /**
     * @return what followed the colon, e.g. {@code 10} or {@code SIM not inserted}
     */
    public String detail() {
        return detail;
    }
}

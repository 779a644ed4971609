package community.porter.modem.at;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * {@code +CMS ERROR: <err>}: the modem or the network refused a message service command
 * (3GPP TS 27.005 §3.2.5), e.g. {@link CmsError#INVALID_MEMORY_INDEX},
 * {@link CmsError#MEMORY_FULL} or {@link CmsError#NETWORK_TIMEOUT}.
 */
public final class CmsErrorException extends AtCommandException {

    private static final long serialVersionUID = 1L;

    private final OptionalInt code;
    private final transient Optional<CmsError> error;
    private final String detail;

    CmsErrorException(String command, String finalResult, String detail, List<String> lines) {
        super(command, finalResult, lines);
        this.detail = detail;
        this.code = ErrorCodes.number(detail);
        this.error = code.isPresent() ? CmsError.of(code.getAsInt()) : CmsError.ofText(detail);
    }

    /**
     * @return the number, from the line itself or from the known words; empty otherwise
     */
    public OptionalInt code() {
        return code.isPresent() ? code : error.map(e -> OptionalInt.of(e.code())).orElse(OptionalInt.empty());
    }

    /**
     * @return the error when it is one of the common ones
     */
    public Optional<CmsError> error() {
        return error;
    }

    /**
     * @return what followed the colon, e.g. {@code 332}
     */
    public String detail() {
        return detail;
    }

    /**
     * @return whether trying again later may succeed: true for a known temporary error and for
     *         an unknown one (better a retry than a message dropped for a code not understood)
     */
    public boolean temporary() {
        return error.map(CmsError::temporary).orElse(true);
    }
}

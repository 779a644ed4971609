package community.porter.modem.at;

import java.util.List;

/**
 * The modem answered a command with an error final result: {@code ERROR} (or a maker's own
 * words for it), or one of the subclasses for {@code +CME ERROR} and {@code +CMS ERROR}. The
 * session is fine; the command failed.
 */
public sealed class AtCommandException extends AtException permits CmeErrorException, CmsErrorException {

    private static final long serialVersionUID = 1L;

    private final String finalResult;
    private final List<String> lines;

    /**
     * @param command     the command, with secrets hidden
     * @param finalResult the final result line as the modem sent it
     * @param lines       the information lines that came before it
     */
    public AtCommandException(String command, String finalResult, List<String> lines) {
        super(command, command + " failed: " + finalResult, null);
        this.finalResult = finalResult;
        this.lines = List.copyOf(lines);
    }

    /**
     * @return the final result line, e.g. {@code ERROR} or {@code +CMS ERROR: 500}
     */
    public String finalResult() {
        return finalResult;
    }

    /**
     * @return information lines that came before the error, usually none
     */
    public List<String> lines() {
        return lines;
    }

    /**
     * @param command the command, with secrets hidden
     * @param result  the error final result
     * @param lines   the lines before it
     * @return the exception that fits the result's kind
     */
    static AtCommandException of(String command, FinalResult result, List<String> lines) {
        return switch (result.kind()) {
            case CME_ERROR -> new CmeErrorException(command, result.line(), result.detail(), lines);
            case CMS_ERROR -> new CmsErrorException(command, result.line(), result.detail(), lines);
            default -> new AtCommandException(command, result.line(), lines);
        };
    }
}

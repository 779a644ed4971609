package community.porter.modem.at;

/**
 * A command did not succeed. The subclass says what the caller should do:
 *
 * <ul>
 *   <li>{@link AtCommandException} (with {@link CmeErrorException} and
 *       {@link CmsErrorException}): the modem answered with an error; the session is fine, go
 *       on with the next command;</li>
 *   <li>{@link AtTimeoutException}: no answer in time; the session stays usable (it brings
 *       the modem back in step before the next command), but a modem that keeps timing out
 *       should be reset;</li>
 *   <li>{@link AtLinkException}: the port failed or the session is closed; open a new
 *       session.</li>
 * </ul>
 */
public abstract sealed class AtException extends Exception
        permits AtCommandException, AtTimeoutException, AtLinkException, SimNotReadyException {

    private static final long serialVersionUID = 1L;

    private final String command;

    /**
     * @param command the command, as {@link AtCommand#logText()} shows it
     * @param message what happened
     * @param cause   the underlying failure, or {@code null}
     */
    protected AtException(String command, String message, Throwable cause) {
        super(message, cause);
        this.command = command;
    }

    /**
     * @return the command that failed, with secrets hidden
     */
    public String command() {
        return command;
    }
}

package community.porter.modem.at;

/**
 * The port failed, or the session was closed. The session is unusable: open a new one (after a
 * pause, as the device may be gone).
 */
public final class AtLinkException extends AtException {

    private static final long serialVersionUID = 1L;

    /**
     * @param command the command, with secrets hidden
     * @param message what happened
     * @param cause   the I/O failure, or {@code null}
     */
    public AtLinkException(String command, String message, Throwable cause) {
        super(command, message, cause);
    }
}

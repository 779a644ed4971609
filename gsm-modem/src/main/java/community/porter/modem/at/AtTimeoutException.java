package community.porter.modem.at;

/**
 * No answer came before the command's deadline. {@link #stage()} tells how far the command
 * got; only {@link Stage#PAYLOAD_SENT} leaves it open whether the modem acted on it (a message
 * may have been sent).
 */
public final class AtTimeoutException extends AtException {

    private static final long serialVersionUID = 1L;

    private final Stage stage;

    /**
     * @param command the command, with secrets hidden
     * @param stage   how far it got
     * @param message what did not come
     */
    public AtTimeoutException(String command, Stage stage, String message) {
        super(command, message, null);
        this.stage = stage;
    }

    /**
     * @return how far the command got
     */
    public Stage stage() {
        return stage;
    }

    /** How far a command got before its deadline. */
    public enum Stage {
        /** It was never written: another command held the session, or the modem did not come
         * back in step after an earlier timeout. Safe to try again. */
        NOT_SENT,
        /** Written, but the {@code >} prompt did not come; the session sent ESC to abort. The
         * modem did not act on it. */
        NO_PROMPT,
        /** Written (with no payload), but no final result came. */
        NO_RESULT,
        /** The payload was sent with Ctrl-Z, but no result came: the modem may have sent the
         * message. */
        PAYLOAD_SENT
    }
}

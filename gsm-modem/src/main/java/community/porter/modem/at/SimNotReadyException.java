package community.porter.modem.at;

/**
 * The SIM cannot be used and Porter will not unlock it on its own: it asks for a PIN and none
 * is configured, the configured PIN was refused, it asks for the PUK, or it is missing. A
 * person must act; trying again does not help (and retrying a wrong PIN would lock the SIM).
 */
public final class SimNotReadyException extends AtException {

    private static final long serialVersionUID = 1L;

    private final PinStatus status;
    private final boolean pinRefused;

    /**
     * @param status     what the SIM asks for
     * @param pinRefused whether the SIM refused the configured PIN
     * @param message    what to do about it
     * @param cause      the error that showed it, or {@code null}
     */
    public SimNotReadyException(PinStatus status, boolean pinRefused, String message, Throwable cause) {
        super("AT+CPIN", message, cause);
        this.status = status;
        this.pinRefused = pinRefused;
    }

    /**
     * @return whether the SIM refused the configured PIN. Do not initialise this modem again
     *         with the same PIN: each try uses one of the SIM's three, and the third locks it
     */
    public boolean pinRefused() {
        return pinRefused;
    }

    /**
     * @return what the SIM asks for ({@link PinStatus#OTHER} when it is missing or failed)
     */
    public PinStatus status() {
        return status;
    }
}

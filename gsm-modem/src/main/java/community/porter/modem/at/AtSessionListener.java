package community.porter.modem.at;

/**
 * What an {@link AtSession} tells its owner about besides command answers: unsolicited result
 * codes and the loss of the port. The modem pool implements it; {@link LoggingAtSessionListener}
 * stands in while nobody listens.
 *
 * <p>Called on the session's own dispatch thread, one call at a time and in the order the lines
 * arrived. A listener may run commands on the same session from there (e.g. AT+CMGR after
 * {@code +CMTI}); while it does, later codes wait.
 */
public interface AtSessionListener {

    /**
     * The modem sent an unsolicited result code, or a line that was nobody's answer.
     *
     * @param session the session it came on
     * @param urc     the code
     */
    void unsolicited(AtSession session, Urc urc);

    /**
     * The port failed or was closed under the session; every later command fails with
     * {@link AtLinkException}. Not called for {@link AtSession#close()}.
     *
     * @param session the session
     * @param cause   what failed
     */
    default void linkLost(AtSession session, Exception cause) {
    }
}

package community.porter.modem.sim;

/** Answers one AT command; runs under the modem's lock on its reader thread. */
@FunctionalInterface
interface CommandHandler {

    /**
     * @param command the command as typed
     * @param reply   what to answer: lines, a failure, or the prompt
     * @throws IllegalArgumentException when an argument cannot be read; the modem answers ERROR
     */
    void handle(AtCommand command, Reply reply);
}

package community.porter.modem.at;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The listener of a session nobody listens to: it logs what comes. A {@code +CMTI} logged here
 * is not lost: the message stays in the modem's storage until something reads and deletes it.
 */
public class LoggingAtSessionListener implements AtSessionListener {

    private static final Logger LOG = LoggerFactory.getLogger(AtSession.class);

    @Override
    public void unsolicited(AtSession session, Urc urc) {
        if (urc.unrecognised()) {
            LOG.info("{}: line from the modem that answers no command: {}", session.description(), urc.line());
        } else {
            LOG.debug("{}: unsolicited {}", session.description(), urc.line());
        }
    }

    @Override
    public void linkLost(AtSession session, Exception cause) {
        LOG.warn("{}: the port failed: {}", session.description(), cause.getMessage());
    }
}

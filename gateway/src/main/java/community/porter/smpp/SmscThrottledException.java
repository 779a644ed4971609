package community.porter.smpp;

import community.porter.sms.SendException;
import community.porter.sms.SubmitOutcome;
import java.util.List;

/**
 * The SMSC answered ESME_RTHROTTLED or ESME_RMSGQFUL, or Porter's own window stayed full: the
 * part was not accepted. Retry later with back-off. When earlier parts of a long message had
 * already been accepted, {@link #accepted()} names them.
 */
public class SmscThrottledException extends SendException.RetryLater {

    private static final long serialVersionUID = 1L;

    private final int commandStatus;

    public SmscThrottledException(String message, int commandStatus) {
        this(message, commandStatus, null);
    }

    /** @param accepted parts accepted before this one was refused, or {@code null} */
    public SmscThrottledException(String message, int commandStatus, SubmitOutcome accepted) {
        super(message, null, accepted);
        this.commandStatus = commandStatus;
    }

    /** @return the SMSC's command_status, or 0 when Porter's own window was full */
    public int commandStatus() {
        return commandStatus;
    }

    /** @return ids of the parts the SMSC accepted before this one was refused, in order */
    public List<String> acceptedPartIds() {
        return accepted().map(SubmitOutcome::partIds).orElse(List.of());
    }
}

package community.porter.smpp;

import community.porter.sms.SendException;
import community.porter.sms.SubmitOutcome;
import java.util.List;

/**
 * The SMSC refused the message for good (e.g. ESME_RINVDSTADR, invalid destination), or Porter
 * could not make a valid submit_sm of it (too many parts): do not retry.
 * {@link #reason()} is the status name, e.g. {@code ESME_RINVDSTADR}.
 */
public class SmscRejectedException extends SendException.Rejected {

    private static final long serialVersionUID = 1L;

    private final int commandStatus;

    public SmscRejectedException(String reason, int commandStatus, Throwable cause) {
        this(reason, commandStatus, null, cause);
    }

    /** @param accepted parts accepted before one was refused, or {@code null} */
    public SmscRejectedException(String reason, int commandStatus, SubmitOutcome accepted, Throwable cause) {
        super(reason, cause, accepted);
        this.commandStatus = commandStatus;
    }

    /** @return the SMSC's command_status, or -1 when Porter refused the message itself */
    public int commandStatus() {
        return commandStatus;
    }

    /** @return ids of the parts the SMSC accepted before one was refused, in order */
    public List<String> acceptedPartIds() {
        return accepted().map(SubmitOutcome::partIds).orElse(List.of());
    }
}

package community.porter.smpp;

import community.porter.sms.SendException;
import java.util.List;

/**
 * The SMSC refused the message for good (e.g. ESME_RINVDSTADR, invalid destination), or Porter
 * could not make a valid submit_sm of it (too many parts): do not retry.
 * {@link #reason()} is the status name, e.g. {@code ESME_RINVDSTADR}.
 */
public class SmscRejectedException extends SendException.Rejected {

    private static final long serialVersionUID = 1L;

    private final int commandStatus;
    private final List<String> acceptedPartIds;

    public SmscRejectedException(String reason, int commandStatus, List<String> acceptedPartIds, Throwable cause) {
        super(reason, cause);
        this.commandStatus = commandStatus;
        this.acceptedPartIds = List.copyOf(acceptedPartIds);
    }

    /** @return the SMSC's command_status, or -1 when Porter refused the message itself */
    public int commandStatus() {
        return commandStatus;
    }

    /** @return ids of the parts the SMSC accepted before one was refused, in order */
    public List<String> acceptedPartIds() {
        return acceptedPartIds;
    }
}

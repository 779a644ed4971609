package community.porter.smpp;

import community.porter.sms.SendException;
import community.porter.sms.SubmitOutcome;
import java.util.List;

/**
 * A submit_sm was written but no submit_sm_resp came in time, or the connection dropped
 * before it came: the SMSC may or may not have accepted the part. The outbound route sends it
 * again (at least once), so this is the one case that may put a part on the handset twice;
 * parts answered before it ({@link #accepted()}) are not sent again.
 */
public class SmscTimeoutException extends SendException.OutcomeUnknown {

    private static final long serialVersionUID = 1L;

    public SmscTimeoutException(String message, Throwable cause) {
        this(message, null, cause);
    }

    /** @param accepted parts known to be accepted before the one whose outcome is unknown, or {@code null} */
    public SmscTimeoutException(String message, SubmitOutcome accepted, Throwable cause) {
        super(message, cause, accepted);
    }

    /** @return ids of the parts known to be accepted before the one whose outcome is unknown */
    public List<String> acceptedPartIds() {
        return accepted().map(SubmitOutcome::partIds).orElse(List.of());
    }
}

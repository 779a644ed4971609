package community.porter.smpp;

import community.porter.sms.SendException;
import java.util.List;

/**
 * A submit_sm was written but no submit_sm_resp came in time, or the connection dropped
 * before it came: the SMSC may or may not have accepted the part. Resending risks a second
 * copy on the handset, so the caller decides (e.g. record the doubt and wait for a receipt).
 */
public class SmscTimeoutException extends SendException.OutcomeUnknown {

    private static final long serialVersionUID = 1L;

    private final List<String> acceptedPartIds;

    public SmscTimeoutException(String message, List<String> acceptedPartIds, Throwable cause) {
        super(message, cause);
        this.acceptedPartIds = List.copyOf(acceptedPartIds);
    }

    /** @return ids of the parts known to be accepted before the one whose outcome is unknown */
    public List<String> acceptedPartIds() {
        return acceptedPartIds;
    }
}

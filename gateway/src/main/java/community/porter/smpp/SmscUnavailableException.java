package community.porter.smpp;

import community.porter.sms.SendException;
import community.porter.sms.SubmitOutcome;
import java.util.List;

/**
 * The connection is not bound, or it dropped or reported a transient fault (ESME_RSYSERR,
 * ESME_RINVBNDSTS, ESME_RX_T_APPN) before the part was accepted: that part was not sent. Retry
 * later, or through another connection. When earlier parts of a long message had already been
 * accepted, {@link #accepted()} names them.
 */
public class SmscUnavailableException extends SendException.RetryLater {

    private static final long serialVersionUID = 1L;

    public SmscUnavailableException(String message, Throwable cause) {
        this(message, null, cause);
    }

    /** @param accepted parts accepted before this one failed, or {@code null} */
    public SmscUnavailableException(String message, SubmitOutcome accepted, Throwable cause) {
        super(message, cause, accepted);
    }

    /** @return ids of the parts the SMSC accepted before this one failed, in order */
    public List<String> acceptedPartIds() {
        return accepted().map(SubmitOutcome::partIds).orElse(List.of());
    }
}

package community.porter.smpp;

import community.porter.sms.SendException;
import java.util.List;

/**
 * The connection is not bound, or it dropped or reported a transient fault (ESME_RSYSERR,
 * ESME_RINVBNDSTS, ESME_RX_T_APPN) before the part was accepted: that part was not sent. Retry
 * later, or through another connection. When earlier parts of a long message had already been
 * accepted, {@link #acceptedPartIds()} names them.
 */
public class SmscUnavailableException extends SendException.RetryLater {

    private static final long serialVersionUID = 1L;

    private final List<String> acceptedPartIds;

    public SmscUnavailableException(String message, Throwable cause) {
        this(message, List.of(), cause);
    }

    public SmscUnavailableException(String message, List<String> acceptedPartIds, Throwable cause) {
        super(message, cause);
        this.acceptedPartIds = List.copyOf(acceptedPartIds);
    }

    /** @return ids of the parts the SMSC accepted before this one failed, in order */
    public List<String> acceptedPartIds() {
        return acceptedPartIds;
    }
}

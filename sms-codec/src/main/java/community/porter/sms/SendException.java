package community.porter.sms;

/**
 * Why a transport could not send a message, shaped by what the caller should do about it. The
 * outbound route decides on these types alone, so it needs no knowledge of SMPP or AT commands.
 */
public abstract sealed class SendException extends RuntimeException
        permits SendException.RetryLater, SendException.Rejected, SendException.OutcomeUnknown, SendException.Expired {

    protected SendException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The transport is down, busy or throttled: nothing was accepted; try again later, maybe elsewhere. */
    public non-sealed static class RetryLater extends SendException {
        public RetryLater(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The peer refused the message for good (bad destination, barred, too long): do not retry. */
    public non-sealed static class Rejected extends SendException {
        private final String reason;

        public Rejected(String reason, Throwable cause) {
            super(reason, cause);
            this.reason = reason;
        }

        /** Short machine-readable reason, e.g. {@code ESME_RINVDSTADR} or {@code CMS 500}. */
        public String reason() {
            return reason;
        }
    }

    /**
     * No answer came in time: the peer may or may not have accepted some parts. Sending again
     * risks a second copy, so the caller records the doubt rather than blindly resending.
     */
    public non-sealed static class OutcomeUnknown extends SendException {
        public OutcomeUnknown(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The message's validity ended before it could be sent; it must not be sent any more. */
    public non-sealed static class Expired extends SendException {
        public Expired(String message) {
            super(message, null);
        }
    }
}

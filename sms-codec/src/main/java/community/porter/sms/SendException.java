package community.porter.sms;

import java.util.Optional;

/**
 * Why a transport could not send a message, shaped by what the caller should do about it. The
 * outbound route decides on these types alone, so it needs no knowledge of SMPP or AT commands.
 *
 * <p>A long message can fail after some of its parts were accepted; {@link #accepted()} then
 * names them, so the caller records them and sends only the rest, through the same connector
 * (see {@link OutboundSms}).
 */
public abstract sealed class SendException extends RuntimeException
        permits SendException.RetryLater, SendException.Rejected, SendException.OutcomeUnknown, SendException.Expired {

    private final transient SubmitOutcome accepted;

    protected SendException(String message, Throwable cause) {
        this(message, cause, null);
    }

    /**
     * @param accepted the parts accepted in this try before the failure, or {@code null} (or an
     *                 empty outcome) when none was
     */
    protected SendException(String message, Throwable cause, SubmitOutcome accepted) {
        super(message, cause);
        this.accepted = accepted == null || accepted.isEmpty() ? null : accepted;
    }

    /** @return the parts this try got accepted before it failed; empty when none */
    public Optional<SubmitOutcome> accepted() {
        return Optional.ofNullable(accepted);
    }

    /** The transport is down, busy or throttled: the part that failed was not accepted; try again later, maybe elsewhere. */
    public non-sealed static class RetryLater extends SendException {
        public RetryLater(String message, Throwable cause) {
            super(message, cause);
        }

        public RetryLater(String message, Throwable cause, SubmitOutcome accepted) {
            super(message, cause, accepted);
        }
    }

    /** The peer refused the message for good (bad destination, barred, too long): do not retry. */
    public non-sealed static class Rejected extends SendException {
        private final String reason;

        public Rejected(String reason, Throwable cause) {
            this(reason, cause, null);
        }

        public Rejected(String reason, Throwable cause, SubmitOutcome accepted) {
            super(reason, cause, accepted);
            this.reason = reason;
        }

        /** Short machine-readable reason, e.g. {@code ESME_RINVDSTADR} or {@code CMS 500}. */
        public String reason() {
            return reason;
        }
    }

    /**
     * No answer came in time for a part: the peer may or may not have accepted it. Porter sends
     * it again (at least once, SPEC §5); this is the one case in which the handset may get a
     * part twice. Parts answered before it are in {@link #accepted()} and are not sent again.
     */
    public non-sealed static class OutcomeUnknown extends SendException {
        public OutcomeUnknown(String message, Throwable cause) {
            super(message, cause);
        }

        public OutcomeUnknown(String message, Throwable cause, SubmitOutcome accepted) {
            super(message, cause, accepted);
        }
    }

    /** The message's validity ended before it could be sent; it must not be sent any more. */
    public non-sealed static class Expired extends SendException {
        public Expired(String message) {
            super(message, null);
        }
    }
}

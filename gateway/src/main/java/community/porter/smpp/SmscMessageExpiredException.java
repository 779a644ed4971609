package community.porter.smpp;

import community.porter.sms.SendException;

/** The message's validUntil has passed; nothing was sent and it must not be sent any more. */
public class SmscMessageExpiredException extends SendException.Expired {

    private static final long serialVersionUID = 1L;

    public SmscMessageExpiredException(String message) {
        super(message);
    }
}

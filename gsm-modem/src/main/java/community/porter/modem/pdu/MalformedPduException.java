package community.porter.modem.pdu;

import community.porter.sms.codec.SmsCodecException;

/**
 * A PDU as a modem printed it cannot be decoded: bad hex, a length that points past the end, a
 * bad semi-octet, a reserved message type, a broken user data header. The message says what was
 * wrong and, where it can, at which octet, counting from 0 at the first octet of the hex string
 * as given (the SMSC length octet when the string starts with the SMSC address field).
 *
 * <p>It is the only exception the decoder lets out for bad input, so the modem pool can turn any
 * of them into a recorded rejection of that one stored message and go on with the next.
 */
public final class MalformedPduException extends SmsCodecException {

    private static final long serialVersionUID = 1L;

    /** {@link #octet()} when the fault is not at one octet (e.g. an odd number of hex digits). */
    public static final int NO_OCTET = -1;

    private final int octet;

    private MalformedPduException(String message, int octet, Throwable cause) {
        super(octet == NO_OCTET ? message : message + " (at octet " + octet + ")");
        this.octet = octet;
        if (cause != null) {
            initCause(cause);
        }
    }

    /**
     * @param message what was wrong
     * @return an exception not tied to one octet
     */
    static MalformedPduException of(String message) {
        return new MalformedPduException(message, NO_OCTET, null);
    }

    /**
     * @param octet   where the fault was found
     * @param message what was wrong
     * @return an exception whose message ends with the octet
     */
    static MalformedPduException at(int octet, String message) {
        return new MalformedPduException(message, octet, null);
    }

    /**
     * @param octet   where the faulty part starts
     * @param message what was wrong
     * @param cause   the sms-codec exception that found it
     * @return an exception whose message ends with the octet
     */
    static MalformedPduException at(int octet, String message, Throwable cause) {
        return new MalformedPduException(message, octet, cause);
    }

    /**
     * @return the octet where the fault was found, or {@link #NO_OCTET}
     */
    public int octet() {
        return octet;
    }
}

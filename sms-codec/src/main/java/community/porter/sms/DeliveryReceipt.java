package community.porter.sms;

import java.time.Instant;

/**
 * A delivery receipt (SMPP) or status report (modem) for one part of a sent message.
 *
 * @param connector  where it arrived
 * @param partId     the id the transport gave the part when it was accepted, normalised the
 *                   same way as in {@link SubmitOutcome#partIds()}
 * @param state      final state of the part
 * @param errorCode  network or SMSC error code, or {@code null}
 * @param doneAt     when the network says the state was reached, or {@code null}
 */
public record DeliveryReceipt(String connector, String partId, State state, String errorCode, Instant doneAt) {

    /** Final states a receipt can report. */
    public enum State { DELIVERED, FAILED, EXPIRED, UNKNOWN }
}

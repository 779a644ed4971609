package community.porter.sms;

import java.time.Instant;

/**
 * A delivery receipt (SMPP) or status report (modem) for one part of a sent message.
 *
 * @param connector  where it arrived
 * @param partId     the id the transport gave the part when it was accepted, normalised the
 *                   same way as in {@link SubmitOutcome#partIds()}
 * @param state      the part's state as far as Porter is concerned
 * @param errorCode  network or SMSC error code, or {@code null}
 * @param doneAt     when the network says the state was reached, or {@code null}
 * @param status     the state as the network named it, in the words of SMPP 3.4 Appendix B
 *                   ({@code DELIVRD}, {@code UNDELIV}, {@code REJECTD}, {@code ENROUTE} …), kept as
 *                   the reason of a failure; {@code null} when it named none
 */
public record DeliveryReceipt(String connector, String partId, State state, String errorCode, Instant doneAt,
        String status) {

    /** A receipt whose network word is just the name of its state. */
    public DeliveryReceipt(String connector, String partId, State state, String errorCode, Instant doneAt) {
        this(connector, partId, state, errorCode, doneAt, state == null ? null : state.name());
    }

    /** What a receipt says about its part. */
    public enum State {
        /** Final: the handset has it. */
        DELIVERED,
        /** Final: the network gave up (undeliverable, rejected, deleted, skipped). */
        FAILED,
        /** Final: the network's validity period for the part ran out before it was delivered. */
        EXPIRED,
        /**
         * Not final: the part is still on its way (enroute, accepted, scheduled) or the network
         * does not know; a later receipt may say more.
         */
        UNKNOWN;

        /** @return whether a receipt in this state settles its part for good */
        public boolean isFinal() {
            return this != UNKNOWN;
        }
    }
}

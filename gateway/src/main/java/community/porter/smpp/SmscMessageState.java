package community.porter.smpp;

import community.porter.sms.DeliveryReceipt;
import java.util.Locale;
import java.util.Optional;

/**
 * The states an SMSC reports a message in: the message_state TLV (0x0427) values of SMPP 3.4
 * §5.2.28, plus SCHEDULED and SKIPPED that SMPP 5.0 added, each with the word the text form of a
 * receipt uses for it (SMPP 3.4 Appendix B, {@code stat:DELIVRD}) and what it means for the part.
 *
 * <p>ACCEPTED is taken as not final: SMPP 3.4 means "read by customer services on the
 * subscriber's behalf", but many SMSCs send {@code ACCEPTD} when they have merely taken the
 * message, and a later receipt then says how it ended. UNKNOWN (the SMSC lost track) settles
 * nothing either.
 */
enum SmscMessageState {

    SCHEDULED(0, "SCHEDULED", DeliveryReceipt.State.UNKNOWN),
    ENROUTE(1, "ENROUTE", DeliveryReceipt.State.UNKNOWN),
    DELIVERED(2, "DELIVRD", DeliveryReceipt.State.DELIVERED),
    EXPIRED(3, "EXPIRED", DeliveryReceipt.State.EXPIRED),
    DELETED(4, "DELETED", DeliveryReceipt.State.FAILED),
    UNDELIVERABLE(5, "UNDELIV", DeliveryReceipt.State.FAILED),
    ACCEPTED(6, "ACCEPTD", DeliveryReceipt.State.UNKNOWN),
    UNKNOWN(7, "UNKNOWN", DeliveryReceipt.State.UNKNOWN),
    REJECTED(8, "REJECTD", DeliveryReceipt.State.FAILED),
    SKIPPED(9, "SKIPPED", DeliveryReceipt.State.FAILED);

    private final int value;
    private final String word;
    private final DeliveryReceipt.State receiptState;

    SmscMessageState(int value, String word, DeliveryReceipt.State receiptState) {
        this.value = value;
        this.word = word;
        this.receiptState = receiptState;
    }

    /** @return the state a message_state TLV value names, or empty for a value no version defines */
    static Optional<SmscMessageState> ofValue(int value) {
        for (SmscMessageState state : values()) {
            if (state.value == value) {
                return Optional.of(state);
            }
        }
        return Optional.empty();
    }

    /**
     * @param word a {@code stat:} word in any case, abbreviated as in Appendix B
     *             ({@code UNDELIV}) or spelled out as some SMSCs do ({@code UNDELIVERABLE})
     * @return the state, or empty for a word nobody defined
     */
    static Optional<SmscMessageState> ofWord(String word) {
        if (word == null) {
            return Optional.empty();
        }
        String upper = word.toUpperCase(Locale.ROOT);
        for (SmscMessageState state : values()) {
            if (state.word.equals(upper) || state.name().equals(upper)) {
                return Optional.of(state);
            }
        }
        return Optional.empty();
    }

    /** @return the Appendix B word, e.g. {@code UNDELIV} */
    String word() {
        return word;
    }

    /** @return what the state means for the part the receipt is about */
    DeliveryReceipt.State receiptState() {
        return receiptState;
    }
}

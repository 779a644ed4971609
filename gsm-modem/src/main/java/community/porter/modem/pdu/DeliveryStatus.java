package community.porter.modem.pdu;

/**
 * TP-ST of a status report (TS 23.040 §9.2.3.15), with what it means for the message.
 *
 * @param value the octet as the SMSC sent it, 0 to 255, for logs and for the rare caller that
 *              needs the detail (e.g. 0x22 no response from the recipient, 0x41 incompatible
 *              destination)
 */
public record DeliveryStatus(int value) {

    /** What a status means for the message it reports on. */
    public enum Outcome {
        /** The transaction completed (0x00–0x1F): delivered, or forwarded with no way to confirm. */
        DELIVERED,
        /** A temporary error and the SMSC is still trying (0x20–0x3F): a final report will follow. */
        PENDING,
        /**
         * The SMSC makes no more attempts (0x40–0x7F: permanent errors, and temporary ones it gave
         * up on). Values with bit 7 set are reserved; no more reports come for the message either,
         * so they count as failed too.
         */
        FAILED
    }

    /** TP-ST 0x00, short message received by the recipient. */
    public static final DeliveryStatus RECEIVED = new DeliveryStatus(0x00);

    /**
     * @throws IllegalArgumentException when the value does not fit an octet
     */
    public DeliveryStatus {
        Pdus.checkOctet(value, "status");
    }

    /** @return delivered, pending or failed, from bits 6 and 5 (and 7) of the value */
    public Outcome outcome() {
        if (value >= 0x40) {
            return Outcome.FAILED; // 0x80 and over included: reserved, see Outcome.FAILED
        }
        return value >= 0x20 ? Outcome.PENDING : Outcome.DELIVERED;
    }

    /** @return whether no further report will come: delivered or failed */
    public boolean isFinal() {
        return outcome() != Outcome.PENDING;
    }
}

package community.porter.modem.camel;

import community.porter.modem.pdu.Address;
import community.porter.modem.pdu.DeliveryStatus;
import community.porter.modem.pdu.SmsDeliver;
import community.porter.modem.pdu.SmsStatusReport;
import community.porter.sms.DeliveryReceipt;
import community.porter.sms.InboundSms;
import java.time.Instant;

/**
 * Turns what a modem stores into Porter's transport-neutral messages, and names sent parts so
 * that their status reports find them.
 */
public final class GsmBinding {

    /** Header naming the modem a message, receipt or sent message went through. */
    public static final String MODEM_HEADER = "PorterGsmModem";
    /**
     * Header saying what was wrong with a stored PDU that could not be decoded; the body is then
     * an {@code InboundSms} with what could be read, for the route to record as rejected.
     */
    public static final String MALFORMED_HEADER = "PorterGsmMalformed";

    private GsmBinding() {
    }

    /**
     * The id of a sent part: TP-MR wraps at 255, so the recipient's digits keep apart two
     * parts that got the same reference, and the status report carries both.
     *
     * @param messageReference TP-MR from {@code +CMGS:}
     * @param recipient        the destination, any form
     * @return {@code <mr>:<recipient digits>}
     */
    public static String partId(int messageReference, String recipient) {
        return messageReference + ":" + recipient.replaceAll("[^0-9]", "");
    }

    /**
     * @param pool      the pool it arrived on
     * @param deliver   the message (or its first part)
     * @param text      the whole text
     * @param incomplete whether parts are missing
     * @return the message as Porter stores it; the SMSC time stamp lets the inbox recognise a
     *         copy read again after a crash between storing and deleting
     */
    static InboundSms inbound(String pool, SmsDeliver deliver, String text, boolean incomplete) {
        return new InboundSms(pool, deliver.originator().displayValue(), null, text, null,
                deliver.serviceCentreTimestamp().toInstant(), Instant.now(), incomplete);
    }

    /**
     * @param modem  the modem it came on
     * @param report the status report
     * @return the receipt for the part {@link #partId} named
     */
    static DeliveryReceipt receipt(String modem, SmsStatusReport report) {
        DeliveryStatus status = report.status();
        DeliveryReceipt.State state = switch (status.outcome()) {
            case DELIVERED -> DeliveryReceipt.State.DELIVERED;
            case PENDING -> DeliveryReceipt.State.UNKNOWN;
            case FAILED -> status.value() == 0x46 ? DeliveryReceipt.State.EXPIRED : DeliveryReceipt.State.FAILED;
        };
        String word = switch (state) {
            case DELIVERED -> "DELIVRD";
            case EXPIRED -> "EXPIRED";
            case FAILED -> "UNDELIV";
            case UNKNOWN -> "ENROUTE";
        };
        String error = state == DeliveryReceipt.State.DELIVERED ? null : String.format("TP-ST %02X", status.value());
        return new DeliveryReceipt(modem, partId(report.messageReference(), digits(report.recipient())), state, error,
                report.dischargeTime().toInstant(), word);
    }

    private static String digits(Address address) {
        return address.value();
    }
}

package community.porter.modem.pdu;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * An SMS-STATUS-REPORT (TS 23.040 §9.2.2.3): what became of a message sent with TP-SRR set, as
 * +CDS shows it or +CMGR reads it from the status report storage.
 *
 * @param serviceCentre          the SMSC that reported
 * @param messageReference       TP-MR of the SMS-SUBMIT it reports on, as +CMGS returned it
 * @param recipient              TP-RA, where that message went
 * @param serviceCentreTimestamp TP-SCTS, when the SMSC received that message
 * @param dischargeTime          TP-DT, when the status was reached (delivered, or given up)
 * @param status                 TP-ST
 * @param moreMessagesToSend     TP-MMS: the SMSC holds more messages for this modem
 * @param forCommand             TP-SRQ: the report is on an SMS-COMMAND, not an SMS-SUBMIT
 * @param userData               TP-UD when TP-PI announced one, else empty
 */
public record SmsStatusReport(
        Optional<Address> serviceCentre,
        int messageReference,
        Address recipient,
        OffsetDateTime serviceCentreTimestamp,
        OffsetDateTime dischargeTime,
        DeliveryStatus status,
        boolean moreMessagesToSend,
        boolean forCommand,
        Optional<UserData> userData) implements SmsPdu {

    /**
     * @throws IllegalArgumentException when the message reference does not fit an octet
     */
    public SmsStatusReport {
        Objects.requireNonNull(serviceCentre, "serviceCentre");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(serviceCentreTimestamp, "serviceCentreTimestamp");
        Objects.requireNonNull(dischargeTime, "dischargeTime");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(userData, "userData");
        Pdus.checkOctet(messageReference, "message reference");
    }
}

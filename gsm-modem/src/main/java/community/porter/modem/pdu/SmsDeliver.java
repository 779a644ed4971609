package community.porter.modem.pdu;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * An SMS-DELIVER (TS 23.040 §9.2.2.1): a message that reached the modem, as +CMT shows it or
 * +CMGR/+CMGL read it from storage.
 *
 * @param serviceCentre          the SMSC that delivered it
 * @param originator             TP-OA, who sent it
 * @param moreMessagesToSend     TP-MMS: the SMSC holds more messages for this modem
 * @param replyPath              TP-RP: a reply may go through the same SMSC
 * @param statusReportIndication TP-SRI: the sender asked for a status report
 * @param protocolIdentifier     TP-PID, 0 for a plain text message
 * @param dataCoding             TP-DCS
 * @param serviceCentreTimestamp TP-SCTS, when the SMSC received it, in the SMSC's local time
 * @param userData               TP-UD, with its header when TP-UDHI was set
 */
public record SmsDeliver(
        Optional<Address> serviceCentre,
        Address originator,
        boolean moreMessagesToSend,
        boolean replyPath,
        boolean statusReportIndication,
        int protocolIdentifier,
        DataCodingScheme dataCoding,
        OffsetDateTime serviceCentreTimestamp,
        UserData userData) implements SmsPdu {

    /**
     * @throws IllegalArgumentException when the protocol identifier does not fit an octet or
     *                                  the user data's alphabet is not the one TP-DCS gives
     */
    public SmsDeliver {
        Objects.requireNonNull(serviceCentre, "serviceCentre");
        Objects.requireNonNull(originator, "originator");
        Objects.requireNonNull(serviceCentreTimestamp, "serviceCentreTimestamp");
        Pdus.checkOctet(protocolIdentifier, "protocol identifier");
        Pdus.checkCoding(dataCoding, userData);
    }
}

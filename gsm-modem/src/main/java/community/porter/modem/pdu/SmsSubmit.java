package community.porter.modem.pdu;

import java.util.Objects;
import java.util.Optional;

/**
 * An SMS-SUBMIT (TS 23.040 §9.2.2.2): a message the modem is to send with AT+CMGS, or one read
 * back from its storage.
 *
 * @param serviceCentre       the SMSC to send through; empty for the modem's own ({@code 00})
 * @param messageReference    TP-MR, 0 to 255; the status report carries it back
 * @param destination         TP-DA
 * @param rejectDuplicates    TP-RD: the SMSC is to reject a submit with the same reference and
 *                            destination it still holds
 * @param statusReportRequest TP-SRR: ask for a status report
 * @param replyPath           TP-RP
 * @param protocolIdentifier  TP-PID, 0 for a plain text message
 * @param dataCoding          TP-DCS
 * @param validityPeriod      TP-VP in the format TP-VPF gives; empty when there is none
 * @param userData            TP-UD, with its header when TP-UDHI is to be set
 */
public record SmsSubmit(
        Optional<Address> serviceCentre,
        int messageReference,
        Address destination,
        boolean rejectDuplicates,
        boolean statusReportRequest,
        boolean replyPath,
        int protocolIdentifier,
        DataCodingScheme dataCoding,
        Optional<ValidityPeriod> validityPeriod,
        UserData userData) implements SmsPdu {

    /**
     * @throws IllegalArgumentException when a number does not fit an octet or the user data's
     *                                  alphabet is not the one TP-DCS gives
     */
    public SmsSubmit {
        Objects.requireNonNull(serviceCentre, "serviceCentre");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(validityPeriod, "validityPeriod");
        Pdus.checkOctet(messageReference, "message reference");
        Pdus.checkOctet(protocolIdentifier, "protocol identifier");
        Pdus.checkCoding(dataCoding, userData);
    }
}

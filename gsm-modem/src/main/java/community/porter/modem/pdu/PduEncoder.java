package community.porter.modem.pdu;

import static community.porter.modem.pdu.FirstOctet.REPLY_PATH;
import static community.porter.modem.pdu.FirstOctet.STATUS_REPORT;
import static community.porter.modem.pdu.FirstOctet.USER_DATA_HEADER;

import java.util.Optional;

/**
 * Encodes a PDU record into the hex a modem takes: the SMSC address field, then the TPDU.
 * {@link SmsSubmit} is what Porter sends; {@link SmsDeliver} and {@link SmsStatusReport} are
 * what a simulated modem hands to Porter in tests, and what proves the decoder reads back what
 * is written.
 *
 * <p>A status report record keeps neither TP-PID nor its own TP-DCS, so one with user data is
 * written with TP-PI announcing TP-DCS and TP-UDL, and the plain TP-DCS of the user data's
 * alphabet.
 */
public final class PduEncoder {

    private PduEncoder() {
    }

    /**
     * @param pdu the PDU
     * @return its hex and TPDU length
     * @throws IllegalArgumentException when a field cannot be written (user data over 140
     *                                  octets, a time outside 1970–2069 or not on a quarter-hour
     *                                  offset)
     */
    public static EncodedPdu encode(SmsPdu pdu) {
        PduWriter writer = new PduWriter();
        AddressCodec.writeServiceCentre(writer, pdu.serviceCentre());
        int tpduStart = writer.size();
        if (pdu instanceof SmsSubmit submit) {
            writeSubmit(writer, submit);
        } else if (pdu instanceof SmsDeliver deliver) {
            writeDeliver(writer, deliver);
        } else {
            writeStatusReport(writer, (SmsStatusReport) pdu);
        }
        return new EncodedPdu(PduHex.format(writer.toByteArray()), writer.size() - tpduStart);
    }

    private static void writeSubmit(PduWriter writer, SmsSubmit submit) {
        int first = FirstOctet.TYPE_SUBMIT
                | (submit.rejectDuplicates() ? FirstOctet.REJECT_DUPLICATES : 0)
                | submit.validityPeriod().map(ValidityPeriod::formatBits).orElse(0)
                | (submit.statusReportRequest() ? STATUS_REPORT : 0)
                | headerBit(submit.userData())
                | (submit.replyPath() ? REPLY_PATH : 0);
        writer.octet(first).octet(submit.messageReference());
        AddressCodec.writeAddress(writer, submit.destination());
        writer.octet(submit.protocolIdentifier()).octet(submit.dataCoding().value());
        submit.validityPeriod().ifPresent(validity -> writeValidity(writer, validity));
        UserDataCodec.write(writer, submit.userData());
    }

    private static void writeDeliver(PduWriter writer, SmsDeliver deliver) {
        int first = FirstOctet.TYPE_DELIVER
                | (deliver.moreMessagesToSend() ? 0 : FirstOctet.NO_MORE_MESSAGES)
                | (deliver.statusReportIndication() ? STATUS_REPORT : 0)
                | headerBit(deliver.userData())
                | (deliver.replyPath() ? REPLY_PATH : 0);
        writer.octet(first);
        AddressCodec.writeAddress(writer, deliver.originator());
        writer.octet(deliver.protocolIdentifier()).octet(deliver.dataCoding().value());
        TimestampCodec.write(writer, deliver.serviceCentreTimestamp());
        UserDataCodec.write(writer, deliver.userData());
    }

    private static void writeStatusReport(PduWriter writer, SmsStatusReport report) {
        Optional<UserData> userData = report.userData();
        int first = FirstOctet.TYPE_STATUS_REPORT
                | (report.moreMessagesToSend() ? 0 : FirstOctet.NO_MORE_MESSAGES)
                | (report.forCommand() ? STATUS_REPORT : 0)
                | userData.map(PduEncoder::headerBit).orElse(0);
        writer.octet(first).octet(report.messageReference());
        AddressCodec.writeAddress(writer, report.recipient());
        TimestampCodec.write(writer, report.serviceCentreTimestamp());
        TimestampCodec.write(writer, report.dischargeTime());
        writer.octet(report.status().value());
        if (userData.isPresent()) {
            // TP-PI announcing TP-DCS and TP-UDL; TP-PID is left out, it would be 0.
            writer.octet(0x06).octet(DataCodingScheme.of(userData.get().alphabet()).value());
            UserDataCodec.write(writer, userData.get());
        }
    }

    private static void writeValidity(PduWriter writer, ValidityPeriod validity) {
        if (validity instanceof ValidityPeriod.Relative relative) {
            writer.octet(relative.octet());
        } else if (validity instanceof ValidityPeriod.Absolute absolute) {
            TimestampCodec.write(writer, absolute.expiry());
        } else {
            writer.octets(((ValidityPeriod.Enhanced) validity).octets());
        }
    }

    private static int headerBit(UserData userData) {
        return userData.header().isEmpty() ? 0 : USER_DATA_HEADER;
    }
}

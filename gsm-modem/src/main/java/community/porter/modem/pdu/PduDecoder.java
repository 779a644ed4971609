package community.porter.modem.pdu;

import static community.porter.modem.pdu.FirstOctet.isSet;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Decodes the PDUs a modem prints in PDU mode (AT+CMGF=0): in +CMGL and +CMGR listings, and in
 * the +CMT and +CDS indications. Pure: no I/O, no state.
 *
 * <p>TP-MTI tells the kind: 00 SMS-DELIVER, 01 SMS-SUBMIT (a stored outgoing message; the
 * SMS-SUBMIT-REPORT that shares the code never reaches storage), 10 SMS-STATUS-REPORT; 11 is
 * reserved and rejected. Octets after the user data are ignored.
 *
 * <p>Anything wrong with the input is a {@link MalformedPduException} naming the field and the
 * octet, never another exception, so one bad stored message cannot stop the others.
 */
public final class PduDecoder {

    private PduDecoder() {
    }

    /**
     * Decodes a PDU that starts with the SMSC address field, as 27.005 prints them.
     *
     * @param hex the PDU, hex digits in either case
     * @return the SMS-DELIVER, SMS-SUBMIT or SMS-STATUS-REPORT
     * @throws MalformedPduException when the PDU cannot be decoded
     */
    public static SmsPdu decode(String hex) {
        PduReader reader = new PduReader(PduHex.parse(hex), 0);
        Optional<Address> serviceCentre = AddressCodec.readServiceCentre(reader);
        return readTpdu(reader, serviceCentre);
    }

    /**
     * Decodes a PDU and checks it against the {@code <length>} the modem printed with it, which
     * counts the TPDU's octets and not the SMSC address field. Some modems leave the SMSC field
     * out of +CDS; when the whole PDU is exactly {@code tpduLength} octets, it is read that way,
     * since with the field it would be longer.
     *
     * @param hex        the PDU, hex digits in either case
     * @param tpduLength the {@code <length>} of +CMGL, +CMGR, +CMT or +CDS
     * @return the SMS-DELIVER, SMS-SUBMIT or SMS-STATUS-REPORT
     * @throws MalformedPduException when the PDU cannot be decoded or its length is not the one
     *                               the modem reported
     */
    public static SmsPdu decode(String hex, int tpduLength) {
        byte[] octets = PduHex.parse(hex);
        if (octets.length == tpduLength) {
            return readTpdu(new PduReader(octets, 0), Optional.empty());
        }
        PduReader reader = new PduReader(octets, 0);
        Optional<Address> serviceCentre = AddressCodec.readServiceCentre(reader);
        if (reader.remaining() != tpduLength) {
            throw MalformedPduException.at(reader.position(), "the modem reported a TPDU of "
                    + tpduLength + " octets, but " + reader.remaining() + " follow the SMSC address field");
        }
        return readTpdu(reader, serviceCentre);
    }

    /**
     * Decodes a TPDU with no SMSC address field in front.
     *
     * @param hex the TPDU, hex digits in either case
     * @return the SMS-DELIVER, SMS-SUBMIT or SMS-STATUS-REPORT, without a service centre
     * @throws MalformedPduException when the TPDU cannot be decoded
     */
    public static SmsPdu decodeTpdu(String hex) {
        return readTpdu(new PduReader(PduHex.parse(hex), 0), Optional.empty());
    }

    private static SmsPdu readTpdu(PduReader reader, Optional<Address> serviceCentre) {
        int at = reader.position();
        int first = reader.octet("first octet of the TPDU");
        return switch (first & FirstOctet.MESSAGE_TYPE) {
            case FirstOctet.TYPE_DELIVER -> readDeliver(reader, serviceCentre, first);
            case FirstOctet.TYPE_SUBMIT -> readSubmit(reader, serviceCentre, first);
            case FirstOctet.TYPE_STATUS_REPORT -> readStatusReport(reader, serviceCentre, first);
            default -> throw MalformedPduException.at(at, String.format(
                    "first octet 0x%02X has TP-MTI 11, which is reserved", first));
        };
    }

    private static SmsDeliver readDeliver(PduReader reader, Optional<Address> serviceCentre, int first) {
        Address originator = AddressCodec.readAddress(reader, "TP-OA");
        int protocolIdentifier = reader.octet("TP-PID");
        DataCodingScheme dataCoding = readDataCoding(reader);
        OffsetDateTime timestamp = TimestampCodec.read(reader, "TP-SCTS");
        UserData userData = UserDataCodec.read(reader, isSet(first, FirstOctet.USER_DATA_HEADER), dataCoding);
        return new SmsDeliver(serviceCentre, originator,
                !isSet(first, FirstOctet.NO_MORE_MESSAGES),
                isSet(first, FirstOctet.REPLY_PATH),
                isSet(first, FirstOctet.STATUS_REPORT),
                protocolIdentifier, dataCoding, timestamp, userData);
    }

    private static SmsSubmit readSubmit(PduReader reader, Optional<Address> serviceCentre, int first) {
        int messageReference = reader.octet("TP-MR");
        Address destination = AddressCodec.readAddress(reader, "TP-DA");
        int protocolIdentifier = reader.octet("TP-PID");
        DataCodingScheme dataCoding = readDataCoding(reader);
        Optional<ValidityPeriod> validity = switch (first & FirstOctet.VALIDITY_FORMAT) {
            case FirstOctet.VALIDITY_RELATIVE -> Optional.of(new ValidityPeriod.Relative(reader.octet("TP-VP")));
            case FirstOctet.VALIDITY_ABSOLUTE ->
                    Optional.of(new ValidityPeriod.Absolute(TimestampCodec.read(reader, "TP-VP")));
            case FirstOctet.VALIDITY_ENHANCED ->
                    Optional.of(new ValidityPeriod.Enhanced(reader.octets(TimestampCodec.LENGTH, "TP-VP")));
            default -> Optional.empty();
        };
        UserData userData = UserDataCodec.read(reader, isSet(first, FirstOctet.USER_DATA_HEADER), dataCoding);
        return new SmsSubmit(serviceCentre, messageReference, destination,
                isSet(first, FirstOctet.REJECT_DUPLICATES),
                isSet(first, FirstOctet.STATUS_REPORT),
                isSet(first, FirstOctet.REPLY_PATH),
                protocolIdentifier, dataCoding, validity, userData);
    }

    private static SmsStatusReport readStatusReport(PduReader reader, Optional<Address> serviceCentre, int first) {
        int messageReference = reader.octet("TP-MR");
        Address recipient = AddressCodec.readAddress(reader, "TP-RA");
        OffsetDateTime timestamp = TimestampCodec.read(reader, "TP-SCTS");
        OffsetDateTime dischargeTime = TimestampCodec.read(reader, "TP-DT");
        DeliveryStatus status = new DeliveryStatus(reader.octet("TP-ST"));
        Optional<UserData> userData = Optional.empty();
        // TP-PI and what it announces are optional (TS 23.040 §9.2.3.27); most SMSCs send none.
        if (reader.remaining() > 0) {
            int parameters = reader.octet("TP-PI");
            if (isSet(parameters, 0x01)) {
                reader.octet("TP-PID");
            }
            DataCodingScheme dataCoding = isSet(parameters, 0x02) ? readDataCoding(reader) : DataCodingScheme.GSM7;
            if (isSet(parameters, 0x04)) {
                userData = Optional.of(UserDataCodec.read(reader, isSet(first, FirstOctet.USER_DATA_HEADER), dataCoding));
            }
        }
        return new SmsStatusReport(serviceCentre, messageReference, recipient, timestamp, dischargeTime, status,
                !isSet(first, FirstOctet.NO_MORE_MESSAGES), isSet(first, FirstOctet.STATUS_REPORT), userData);
    }

    private static DataCodingScheme readDataCoding(PduReader reader) {
        int at = reader.position();
        DataCodingScheme dataCoding = new DataCodingScheme(reader.octet("TP-DCS"));
        if (dataCoding.compressed()) {
            throw MalformedPduException.at(at, String.format("TP-DCS 0x%02X says the user data is compressed "
                    + "(TS 23.042), which is not supported", dataCoding.value()));
        }
        return dataCoding;
    }
}

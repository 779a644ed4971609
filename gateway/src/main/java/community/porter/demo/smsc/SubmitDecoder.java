package community.porter.demo.smsc;

import com.cloudhopper.smpp.SmppConstants;
import com.cloudhopper.smpp.pdu.SubmitSm;
import com.cloudhopper.smpp.tlv.Tlv;
import com.cloudhopper.smpp.tlv.TlvConvertException;
import community.porter.demo.smsc.PendingDeliver.SmppAddress;
import community.porter.sms.codec.Alphabet;
import community.porter.sms.codec.ConcatInfo;
import community.porter.sms.codec.ParsedUserData;
import community.porter.sms.codec.SmsTextCodec;
import community.porter.sms.codec.UserDataHeader;
import java.util.HexFormat;
import java.util.Optional;

/** Reads a submit_sm as the handset would show it: who it is for, its text, and its place in a long message. */
final class SubmitDecoder {

    private SubmitDecoder() {
    }

    /**
     * One submitted part.
     *
     * @param phone       the destination as E.164, the conversation it belongs to
     * @param destination the destination address as sent
     * @param source      the ESME's source address as sent
     * @param text        the part's text
     * @param concat      where the part belongs in a long message, if it is one
     */
    record SubmittedPart(String phone, SmppAddress destination, SmppAddress source, String text,
            Optional<ConcatInfo> concat) {}

    /** The submit_sm has no usable destination address. */
    static final class InvalidDestinationException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        InvalidDestinationException(String message) {
            super(message);
        }
    }

    /**
     * @param submit      the PDU
     * @param countryCode country calling code for national destination numbers
     * @throws InvalidDestinationException when the destination is missing or not a number
     * @throws IllegalArgumentException    when the user data cannot be read (bad header, bad text)
     */
    static SubmittedPart decode(SubmitSm submit, String countryCode) {
        SmppAddress destination = submit.getDestAddress() == null ? null : SmppAddress.of(submit.getDestAddress());
        if (destination == null || !destination.digits().strip().matches("\\+?[0-9]{3,20}")) {
            throw new InvalidDestinationException("destination '" + (destination == null ? null : destination.digits())
                    + "' is not a phone number");
        }
        String phone = PhoneNumbers.toE164(destination.digits(), destination.ton(), countryCode);
        SmppAddress source = submit.getSourceAddress() == null
                ? new SmppAddress((byte) 0, (byte) 0, "")
                : SmppAddress.of(submit.getSourceAddress());

        byte[] userData = userData(submit);
        Optional<ConcatInfo> concat;
        if ((submit.getEsmClass() & SmppConstants.ESM_CLASS_UDHI_MASK) != 0) {
            ParsedUserData parsed = UserDataHeader.parse(userData);
            concat = parsed.concat();
            userData = parsed.payload();
        } else {
            concat = sarInfo(submit);
        }
        String text = text(userData, alphabetOf(submit.getDataCoding()));
        return new SubmittedPart(phone, destination, source, text, concat);
    }

    /** short_message, or the message_payload TLV when short_message is empty (SMPP 3.4 §5.3.2.32). */
    private static byte[] userData(SubmitSm submit) {
        byte[] shortMessage = submit.getShortMessage();
        if (shortMessage != null && shortMessage.length > 0) {
            return shortMessage;
        }
        Tlv payload = submit.getOptionalParameter(SmppConstants.TAG_MESSAGE_PAYLOAD);
        return payload == null || payload.getValue() == null ? new byte[0] : payload.getValue();
    }

    /** The SAR TLVs (16-bit reference), the other way ESMEs mark the parts of a long message. */
    private static Optional<ConcatInfo> sarInfo(SubmitSm submit) {
        Tlv reference = submit.getOptionalParameter(SmppConstants.TAG_SAR_MSG_REF_NUM);
        Tlv total = submit.getOptionalParameter(SmppConstants.TAG_SAR_TOTAL_SEGMENTS);
        Tlv sequence = submit.getOptionalParameter(SmppConstants.TAG_SAR_SEGMENT_SEQNUM);
        if (reference == null || total == null || sequence == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ConcatInfo(reference.getValueAsUnsignedShort(), total.getValueAsUnsignedByte(),
                    sequence.getValueAsUnsignedByte(), true));
        } catch (TlvConvertException e) {
            throw new IllegalArgumentException("malformed SAR TLVs: " + e.getMessage(), e);
        }
    }

    /**
     * The alphabet a data_coding names. Values 0x00 to 0x0F are SMPP's own (§5.2.19); the
     * coding groups above follow GSM 03.38, where bits 3 and 2 choose the alphabet.
     */
    static Alphabet alphabetOf(byte dataCoding) {
        int dcs = dataCoding & 0xFF;
        if (dcs < 0x10) {
            return switch (dcs) {
                case 0x00 -> Alphabet.GSM7;
                case 0x01, 0x03 -> Alphabet.LATIN1; // IA5 (ASCII) is a subset of Latin-1
                case 0x08 -> Alphabet.UCS2;
                default -> Alphabet.BINARY;
            };
        }
        if (dcs < 0x40) {
            return generalGroup((dcs >> 2) & 0x03);
        }
        if (dcs >= 0xF0) {
            return (dcs & 0x04) == 0 ? Alphabet.GSM7 : Alphabet.BINARY;
        }
        if (dcs >= 0xC0) {
            return dcs >= 0xE0 ? Alphabet.UCS2 : Alphabet.GSM7; // message waiting indication groups
        }
        return Alphabet.BINARY;
    }

    private static Alphabet generalGroup(int alphabetBits) {
        return switch (alphabetBits) {
            case 0 -> Alphabet.GSM7;
            case 2 -> Alphabet.UCS2;
            default -> Alphabet.BINARY;
        };
    }

    /** Binary data is shown as hex: the handset would not show it as text either. */
    private static String text(byte[] userData, Alphabet alphabet) {
        if (alphabet == Alphabet.BINARY) {
            return "[8-bit data " + HexFormat.of().formatHex(userData) + "]";
        }
        return SmsTextCodec.decode(userData, alphabet);
    }
}

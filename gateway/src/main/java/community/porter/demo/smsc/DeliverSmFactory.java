package community.porter.demo.smsc;

import com.cloudhopper.smpp.SmppConstants;
import com.cloudhopper.smpp.tlv.Tlv;
import community.porter.demo.smsc.PendingDeliver.SmppAddress;
import community.porter.sms.codec.Alphabet;
import community.porter.sms.codec.ConcatScheme;
import community.porter.sms.codec.Segment;
import community.porter.sms.codec.Segmenter;
import community.porter.sms.codec.SmsTextCodec;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/** Makes the deliver_sm the simulator sends: parts of a phone's message, and delivery receipts. */
final class DeliverSmFactory {

    /** NPI ISDN/E.164, for phones and the service number alike. */
    private static final byte NPI_ISDN = 1;
    private static final byte TON_UNKNOWN = 0;
    private static final int RECEIPT_TEXT_CHARS = 20;

    private final Segmenter segmenter;
    private final SmppAddress serviceNumber;
    private final DateTimeFormatter receiptDate;
    private final LongSupplier order;

    /**
     * @param maxParts      most parts a message may take
     * @param serviceNumber destination of every mobile-originated message
     * @param zone          zone the receipt dates are written in (an SMSC writes its local time)
     * @param order         the next position in the delivery order
     */
    DeliverSmFactory(int maxParts, String serviceNumber, ZoneId zone, LongSupplier order) {
        this.segmenter = new Segmenter(ConcatScheme.UDH8, maxParts);
        this.serviceNumber = new SmppAddress(TON_UNKNOWN, NPI_ISDN, serviceNumber);
        this.receiptDate = DateTimeFormatter.ofPattern("yyMMddHHmm").withZone(zone);
        this.order = order;
    }

    /**
     * The deliver_sm of one message a phone sends to the service number: GSM 7-bit
     * (data_coding 0, unpacked septets as SMPP carries them) when the text allows, else UCS-2
     * (data_coding 8); a long text as parts with a concatenation UDH (esm_class 0x40).
     *
     * @param fromDigits the phone's number without {@code +}
     * @param text       the text
     * @param reference  concatenation reference for a long text
     * @throws community.porter.sms.codec.TooManyPartsException when the text is too long
     */
    List<PendingDeliver> mobileOriginated(String fromDigits, String text, int reference) {
        Alphabet alphabet = SmsTextCodec.choose(text);
        byte dataCoding = alphabet == Alphabet.GSM7 ? SmppConstants.DATA_CODING_DEFAULT : SmppConstants.DATA_CODING_UCS2;
        SmppAddress phone = new SmppAddress(PhoneNumbers.TON_INTERNATIONAL, NPI_ISDN, fromDigits);
        List<PendingDeliver> parts = new ArrayList<>();
        for (Segment segment : segmenter.split(text, alphabet, reference)) {
            byte[] udh = segment.udh();
            byte[] payload = segment.payload();
            byte[] shortMessage = udh == null ? payload : concat(udh, payload);
            byte esmClass = udh == null ? 0 : SmppConstants.ESM_CLASS_UDHI_MASK;
            String description = "MO +" + fromDigits + " part " + segment.partNumber() + "/" + segment.partCount();
            parts.add(new PendingDeliver(order.getAsLong(), description, phone, serviceNumber, esmClass, dataCoding,
                    shortMessage, List.of()));
        }
        return parts;
    }

    /**
     * The delivery receipt of one submitted part, in the format most SMSCs use (SMPP 3.4
     * appendix B) and with the receipted_message_id and message_state TLVs.
     *
     * @param messageId the id the submit_sm_resp gave the part
     * @param phone     the handset the part went to (the receipt's source)
     * @param esme      the submit_sm's source address (the receipt's destination)
     * @param submitted when the part was submitted
     * @param done      when it was delivered
     * @param partText  the part's text; its start is quoted in the receipt
     */
    PendingDeliver receipt(String messageId, SmppAddress phone, SmppAddress esme, Instant submitted, Instant done,
            String partText) {
        String text = "id:" + messageId + " sub:001 dlvrd:001 submit date:" + receiptDate.format(submitted)
                + " done date:" + receiptDate.format(done) + " stat:DELIVRD err:000 text:" + quote(partText);
        List<Tlv> tlvs = List.of(
                new Tlv(SmppConstants.TAG_RECEIPTED_MSG_ID, cString(messageId)),
                new Tlv(SmppConstants.TAG_MSG_STATE, new byte[] {SmppConstants.STATE_DELIVERED}));
        return new PendingDeliver(order.getAsLong(), "receipt " + messageId + " for " + phone.digits(), phone, esme,
                SmppConstants.ESM_CLASS_MT_SMSC_DELIVERY_RECEIPT, SmppConstants.DATA_CODING_DEFAULT,
                SmsTextCodec.encode(text, Alphabet.GSM7), tlvs);
    }

    /**
     * The start of a text as a receipt quotes it. A receipt is GSM 7-bit text, so characters
     * outside that alphabet (all Chinese) become {@code ?}, as on real SMSCs.
     */
    private static String quote(String text) {
        StringBuilder quoted = new StringBuilder();
        text.codePoints().limit(RECEIPT_TEXT_CHARS).forEach(cp -> {
            // A line break would end the receipt for parsers that read it line by line.
            String character = Character.isISOControl(cp) ? " " : new String(Character.toChars(cp));
            quoted.append(SmsTextCodec.choose(character) == Alphabet.GSM7 ? character : "?");
        });
        return quoted.toString();
    }

    private static byte[] cString(String value) {
        byte[] ascii = value.getBytes(StandardCharsets.US_ASCII);
        byte[] terminated = new byte[ascii.length + 1];
        System.arraycopy(ascii, 0, terminated, 0, ascii.length);
        return terminated;
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] joined = new byte[first.length + second.length];
        System.arraycopy(first, 0, joined, 0, first.length);
        System.arraycopy(second, 0, joined, first.length, second.length);
        return joined;
    }
}

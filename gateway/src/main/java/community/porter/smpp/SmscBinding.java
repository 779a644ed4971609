package community.porter.smpp;

import com.cloudhopper.smpp.SmppConstants;
import com.cloudhopper.smpp.pdu.BaseSm;
import com.cloudhopper.smpp.pdu.PduResponse;
import com.cloudhopper.smpp.pdu.SubmitSm;
import com.cloudhopper.smpp.pdu.SubmitSmResp;
import com.cloudhopper.smpp.tlv.Tlv;
import com.cloudhopper.smpp.type.Address;
import com.cloudhopper.smpp.type.SmppInvalidArgumentException;
import com.cloudhopper.smpp.util.SmppUtil;
import community.porter.sms.DeliveryReceipt;
import community.porter.sms.InboundSms;
import community.porter.sms.OutboundSms;
import community.porter.sms.PendingPartStore;
import community.porter.sms.SendException;
import community.porter.sms.SubmitOutcome;
import community.porter.sms.codec.Alphabet;
import community.porter.sms.codec.ConcatInfo;
import community.porter.sms.codec.ConcatScheme;
import community.porter.sms.codec.ParsedUserData;
import community.porter.sms.codec.Segment;
import community.porter.sms.codec.Segmenter;
import community.porter.sms.codec.TooManyPartsException;
import community.porter.sms.codec.UserDataHeader;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;

/**
 * The only place where SMPP PDUs meet Porter's records and Camel exchanges: deliver_sm and
 * data_sm become {@link InboundSms} parts or {@link DeliveryReceipt}s, an {@link OutboundSms}
 * becomes submit_sm PDUs, and submit_sm_resp statuses become {@link SubmitOutcome}s or the
 * {@link SendException} that says what to do.
 *
 * <p>Malformed content (a header that runs past the data, odd-length UCS-2, bytes outside the
 * alphabet, binary data) is decoded as far as it goes and passed on with the
 * {@link #MALFORMED_HEADER} header saying what was wrong; it is acknowledged like any message
 * once stored. Rejecting it with a permanent error would lose what the resident sent without a
 * trace in Porter, and a temporary error would make the SMSC offer the same bytes forever.
 */
public final class SmscBinding {

    /** Exchange header: the connection a message or receipt arrived on. */
    public static final String CONNECTION_HEADER = "PorterSmscConnection";
    /** Exchange header: why an inbound message's content was malformed; absent when it was fine. */
    public static final String MALFORMED_HEADER = "PorterSmscMalformed";

    private static final int ESM_UDHI = 0x40;
    private static final int SAR_REFERENCE_MAX = 0xFFFF;

    private final String connector;
    private final SmscConfiguration config;
    private final Short moIdTlv;
    private final SmscDataCoding coding;

    SmscBinding(String connector, SmscConfiguration config) {
        this.connector = connector;
        this.config = config;
        this.moIdTlv = config.moIdTlvTag();
        this.coding = new SmscDataCoding(config.isDefaultDataCodingIsGsm());
    }

    // ---- inbound -----------------------------------------------------------------------------

    /** What one deliver_sm or data_sm turned out to be. */
    sealed interface Inbound permits Single, Part, Receipt {
    }

    /** A whole message in one PDU. */
    record Single(InboundSms sms, String malformed) implements Inbound {
    }

    /** One part of a long message; {@code sms} carries this part's text and addresses. */
    record Part(ConcatInfo concat, InboundSms sms, String malformed) implements Inbound {

        /** The message this part belongs to, across the connections of one SMSC account. */
        PendingPartStore.Group group() {
            return new PendingPartStore.Group(sms.sender(), sms.recipient(), concat.reference(), concat.total(),
                    concat.sixteenBitReference());
        }

        /** This part as the store keeps it. */
        PendingPartStore.Part pending() {
            return new PendingPartStore.Part(null, group(), concat.sequence(), sms.connector(), sms.text(),
                    sms.transportId(), sms.receivedAt(), malformed);
        }
    }

    /** A delivery receipt. */
    record Receipt(DeliveryReceipt receipt, String malformed) implements Inbound {
    }

    Inbound read(BaseSm<?> pdu, Instant receivedAt) {
        if (SmppUtil.isMessageTypeAnyDeliveryReceipt(pdu.getEsmClass()) || pdu.hasOptionalParameter(SmppConstants.TAG_RECEIPTED_MSG_ID)) {
            return receipt(pdu);
        }
        List<String> problems = new ArrayList<>();
        byte[] userData = userData(pdu);
        Optional<ConcatInfo> concat = sar(pdu, problems);
        byte[] payload = userData;
        if ((pdu.getEsmClass() & ESM_UDHI) != 0) {
            try {
                ParsedUserData parsed = UserDataHeader.parse(userData);
                payload = parsed.payload();
                concat = concat.or(parsed::concat);
            } catch (IllegalArgumentException e) {
                problems.add("bad user data header: " + e.getMessage());
            }
        }
        String text = coding.decode(payload, pdu.getDataCoding(), problems);
        String sender = address(pdu.getSourceAddress());
        InboundSms sms = new InboundSms(connector, sender, address(pdu.getDestAddress()), text, moId(pdu), null, receivedAt, false);
        String malformed = problems.isEmpty() ? null : String.join("; ", problems);
        if (concat.isPresent() && concat.get().total() > 1) {
            return new Part(concat.get(), sms, malformed);
        }
        return new Single(sms, malformed);
    }

    void toExchange(Exchange exchange, InboundSms sms, String malformed) {
        exchange.getIn().setBody(sms);
        exchange.getIn().setHeader(CONNECTION_HEADER, connector);
        if (malformed != null) {
            exchange.getIn().setHeader(MALFORMED_HEADER, malformed);
        }
    }

    void toExchange(Exchange exchange, Receipt receipt) {
        exchange.getIn().setBody(receipt.receipt());
        exchange.getIn().setHeader(CONNECTION_HEADER, connector);
        if (receipt.malformed() != null) {
            exchange.getIn().setHeader(MALFORMED_HEADER, receipt.malformed());
        }
    }

    /** @return the response acknowledging a PDU with the given status */
    static PduResponse response(BaseSm<?> pdu, int commandStatus) {
        PduResponse response = pdu.createResponse();
        response.setCommandStatus(commandStatus);
        return response;
    }

    /**
     * A receipt in either form or both: the receipted_message_id, message_state and
     * network_error_code TLVs win over the {@code id:}, {@code stat:} and {@code err:} fields of
     * the text, which still gives the done date (no TLV carries one). A message_state value no
     * SMPP version defines counts as absent.
     */
    private Receipt receipt(BaseSm<?> pdu) {
        SmscReceiptText text = SmscReceiptText.parse(new String(userData(pdu), StandardCharsets.ISO_8859_1));
        String tlvId = tlvString(pdu, SmppConstants.TAG_RECEIPTED_MSG_ID);
        String id = tlvId != null
                ? SmscMessageIds.normalise(tlvId, config.getMessageIdFormat())
                : SmscMessageIds.convert(text.id(), config.effectiveReceiptIdFormat(), config.getMessageIdFormat());
        Optional<SmscMessageState> tlvState = messageState(pdu);
        DeliveryReceipt.State state = tlvState.map(SmscMessageState::receiptState).orElse(text.state());
        String status = tlvState.map(SmscMessageState::word).orElse(text.status());
        String error = networkError(pdu);
        DeliveryReceipt receipt = new DeliveryReceipt(connector, id, state, error != null ? error : text.errorCode(),
                text.doneAt(config.receiptZone()), status);
        return new Receipt(receipt, id == null ? "receipt without a message id" : null);
    }

    /** The message_state TLV, when present with a value some SMPP version defines. */
    private static Optional<SmscMessageState> messageState(BaseSm<?> pdu) {
        Tlv tlv = pdu.getOptionalParameter(SmppConstants.TAG_MSG_STATE);
        return tlv != null && tlv.getLength() == 1 ? SmscMessageState.ofValue(tlv.getValue()[0] & 0xFF) : Optional.empty();
    }

    /** network_error_code: network type octet and a two-octet code, e.g. {@code 3:1} for GSM error 1. */
    private static String networkError(BaseSm<?> pdu) {
        Tlv tlv = pdu.getOptionalParameter(SmppConstants.TAG_NETWORK_ERROR_CODE);
        if (tlv == null || tlv.getLength() != 3) {
            return null;
        }
        byte[] v = tlv.getValue();
        int code = ((v[1] & 0xFF) << 8) | (v[2] & 0xFF);
        return code == 0 ? null : (v[0] & 0xFF) + ":" + code;
    }

    private static byte[] userData(BaseSm<?> pdu) {
        byte[] shortMessage = pdu.getShortMessage();
        if (shortMessage != null && shortMessage.length > 0) {
            return shortMessage;
        }
        Tlv payload = pdu.getOptionalParameter(SmppConstants.TAG_MESSAGE_PAYLOAD);
        return payload != null && payload.getValue() != null ? payload.getValue() : new byte[0];
    }

    private static Optional<ConcatInfo> sar(BaseSm<?> pdu, List<String> problems) {
        Tlv ref = pdu.getOptionalParameter(SmppConstants.TAG_SAR_MSG_REF_NUM);
        Tlv total = pdu.getOptionalParameter(SmppConstants.TAG_SAR_TOTAL_SEGMENTS);
        Tlv seq = pdu.getOptionalParameter(SmppConstants.TAG_SAR_SEGMENT_SEQNUM);
        if (ref == null || total == null || seq == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ConcatInfo(ref.getValueAsUnsignedShort(), total.getValueAsUnsignedByte(),
                    seq.getValueAsUnsignedByte(), true));
        } catch (Exception e) {
            problems.add("bad sar_* TLVs: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** International numbers (TON 1) become {@code +digits}; others stay as the network gave them. */
    private static String address(Address address) {
        if (address == null || address.getAddress() == null) {
            return "";
        }
        String digits = address.getAddress().trim();
        if (address.getTon() == SmppConstants.TON_INTERNATIONAL && !digits.isEmpty() && !digits.startsWith("+")) {
            return "+" + digits;
        }
        return digits;
    }

    private String moId(BaseSm<?> pdu) {
        return moIdTlv == null ? null : tlvString(pdu, moIdTlv);
    }

    private static String tlvString(BaseSm<?> pdu, short tag) {
        Tlv tlv = pdu.getOptionalParameter(tag);
        if (tlv == null || tlv.getValue() == null) {
            return null;
        }
        byte[] v = tlv.getValue();
        int end = v.length;
        while (end > 0 && v[end - 1] == 0) {
            end--;
        }
        String s = new String(v, 0, end, StandardCharsets.ISO_8859_1).trim();
        return s.isEmpty() ? null : s;
    }

    // ---- outbound ----------------------------------------------------------------------------

    OutboundSms outbound(Exchange exchange) throws InvalidPayloadException {
        return exchange.getIn().getMandatoryBody(OutboundSms.class);
    }

    /**
     * The submit_sm PDUs for a message, one per part, in order. The concatenation reference is
     * taken from the outbox id, so a retry of the same message carries the same reference, and
     * the parts depend only on the message and this connection's options: every try splits a
     * message the same way, which lets a resumed try skip the parts accepted before. With
     * {@link ConcatScheme#PAYLOAD} a text longer than one part is one submit_sm with the whole
     * encoded text in message_payload and an empty short_message; maxParts still counts the
     * parts the SMSC will make of it.
     *
     * @throws SmscMessageExpiredException when validUntil is not after {@code now}
     * @throws SmscRejectedException       when the text needs more than maxParts parts
     */
    List<SubmitSm> submits(OutboundSms sms, Instant now) {
        if (sms.validUntil() != null && !sms.validUntil().isAfter(now)) {
            throw new SmscMessageExpiredException("message " + sms.id() + " expired at " + sms.validUntil());
        }
        Alphabet alphabet = coding.outboundAlphabet(sms.text());
        List<Segment> segments;
        try {
            segments = new Segmenter(config.getConcatScheme(), config.getMaxParts())
                    .split(sms.text(), alphabet, (int) (sms.id() & SAR_REFERENCE_MAX));
        } catch (TooManyPartsException e) {
            throw new SmscRejectedException("TOO_MANY_PARTS", -1, e);
        } catch (IllegalArgumentException e) {
            throw new SmscRejectedException("NOT_ENCODABLE", -1, e);
        }
        String validity = SmscValidity.format(sms.validUntil(), now, config.getValidityFormat());
        if (config.getConcatScheme() == ConcatScheme.PAYLOAD && segments.size() > 1) {
            return List.of(payloadSubmit(sms, segments, alphabet, validity));
        }
        List<SubmitSm> pdus = new ArrayList<>(segments.size());
        for (Segment segment : segments) {
            pdus.add(submit(sms, segment, alphabet, validity));
        }
        return pdus;
    }

    private SubmitSm submit(OutboundSms sms, Segment segment, Alphabet alphabet, String validity) {
        SubmitSm pdu = submitTo(sms, alphabet, validity);
        byte[] udh = segment.udh();
        byte[] payload = segment.payload();
        byte[] shortMessage = payload;
        if (udh != null) {
            pdu.setEsmClass((byte) ESM_UDHI);
            shortMessage = Arrays.copyOf(udh, udh.length + payload.length);
            System.arraycopy(payload, 0, shortMessage, udh.length, payload.length);
        } else if (config.getConcatScheme() == ConcatScheme.SAR && segment.partCount() > 1) {
            int ref = segment.reference();
            pdu.addOptionalParameter(new Tlv(SmppConstants.TAG_SAR_MSG_REF_NUM, new byte[] {(byte) (ref >> 8), (byte) ref}));
            pdu.addOptionalParameter(new Tlv(SmppConstants.TAG_SAR_TOTAL_SEGMENTS, new byte[] {(byte) segment.partCount()}));
            pdu.addOptionalParameter(new Tlv(SmppConstants.TAG_SAR_SEGMENT_SEQNUM, new byte[] {(byte) segment.partNumber()}));
        }
        try {
            pdu.setShortMessage(shortMessage);
        } catch (SmppInvalidArgumentException e) {
            throw new SmscRejectedException("PART_TOO_LONG", -1, e);
        }
        return pdu;
    }

    /** The whole text in message_payload; the parts are joined back, each already whole characters. */
    private SubmitSm payloadSubmit(OutboundSms sms, List<Segment> segments, Alphabet alphabet, String validity) {
        SubmitSm pdu = submitTo(sms, alphabet, validity);
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        segments.forEach(segment -> text.writeBytes(segment.payload()));
        pdu.addOptionalParameter(new Tlv(SmppConstants.TAG_MESSAGE_PAYLOAD, text.toByteArray()));
        return pdu;
    }

    /** A submit_sm with everything but the text. */
    private SubmitSm submitTo(OutboundSms sms, Alphabet alphabet, String validity) {
        SubmitSm pdu = new SubmitSm();
        pdu.setSourceAddress(source(sms.from() != null ? sms.from() : config.getSourceAddress()));
        pdu.setDestAddress(destination(sms.to()));
        pdu.setDataCoding(SmscDataCoding.dataCoding(alphabet));
        if (config.isRequestReceipts() && sms.receipt()) {
            pdu.setRegisteredDelivery(SmppConstants.REGISTERED_DELIVERY_SMSC_RECEIPT_REQUESTED);
        }
        pdu.setValidityPeriod(validity);
        return pdu;
    }

    private Address source(String from) {
        if (from == null || from.isBlank()) {
            return new Address(config.getSourceTon(), config.getSourceNpi(), "");
        }
        if (from.startsWith("+")) {
            return new Address(SmppConstants.TON_INTERNATIONAL, SmppConstants.NPI_E164, from.substring(1));
        }
        if (!from.chars().allMatch(Character::isDigit)) {
            return new Address(SmppConstants.TON_ALPHANUMERIC, SmppConstants.NPI_UNKNOWN, from);
        }
        return new Address(config.getSourceTon(), config.getSourceNpi(), from);
    }

    private static Address destination(String to) {
        if (to.startsWith("+")) {
            return new Address(SmppConstants.TON_INTERNATIONAL, SmppConstants.NPI_E164, to.substring(1));
        }
        return new Address(SmppConstants.TON_UNKNOWN, SmppConstants.NPI_E164, to);
    }

    /** @return the part id of an accepted submit, normalised like receipt ids */
    String partId(SubmitSmResp response) {
        return SmscMessageIds.normalise(response.getMessageId(), config.getMessageIdFormat());
    }

    /** @return the outcome of parts {@code firstPart} onwards, accepted with these ids */
    SubmitOutcome outcome(int firstPart, List<String> partIds) {
        return new SubmitOutcome(connector, firstPart, partIds);
    }

    /**
     * @param response a submit_sm_resp (or generic_nack) with a non-zero status
     * @param partNo   the number of the part it answers
     * @return the exception that tells the caller what to do; parts accepted before it are for
     *         the producer to add
     */
    SendException failure(PduResponse response, int partNo) {
        int status = response.getCommandStatus();
        String what = "smsc connection '" + connector + "' refused part " + partNo + ": " + SmscStatus.name(status);
        return switch (status) {
            case SmscStatus.THROTTLED, SmscStatus.MESSAGE_QUEUE_FULL -> new SmscThrottledException(what, status);
            // Transient faults of the SMSC or the bind: the part was not accepted, try again later.
            case SmppConstants.STATUS_SYSERR, SmppConstants.STATUS_INVBNDSTS, SmscStatus.TEMPORARY_APP_ERROR ->
                    new SmscUnavailableException(what, null);
            default -> new SmscRejectedException(SmscStatus.name(status), status, null);
        };
    }
}

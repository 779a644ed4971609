package community.porter.modem.sim;

import community.porter.modem.pdu.Address;
import community.porter.modem.pdu.DataCodingScheme;
import community.porter.modem.pdu.EncodedPdu;
import community.porter.modem.pdu.PduEncoder;
import community.porter.modem.pdu.SmsDeliver;
import community.porter.modem.pdu.UserData;
import community.porter.sms.codec.Alphabet;
import community.porter.sms.codec.ConcatScheme;
import community.porter.sms.codec.InformationElement;
import community.porter.sms.codec.Segment;
import community.porter.sms.codec.Segmenter;
import community.porter.sms.codec.SmsTextCodec;
import community.porter.sms.codec.UserDataHeader;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A text the network delivers to the modem, and the SMS-DELIVER PDUs that carry it: one, or
 * several tied together by a concatenation header when the text is long. Start from
 * {@link #of(String, String)} and change what differs with the {@code with} methods.
 *
 * @param originator      who sent it: {@code +} and digits, digits, or a name
 * @param text            the whole text
 * @param alphabet        GSM7 or UCS2; empty to pick the one the text needs
 * @param concatScheme    UDH8 or UDH16, for a long text
 * @param concatReference the reference the parts share
 * @param timestamp       TP-SCTS; its offset must be a whole quarter-hour
 * @param serviceCentre   the SMSC address written in front of the TPDU
 */
public record IncomingSms(
        String originator,
        String text,
        Optional<Alphabet> alphabet,
        ConcatScheme concatScheme,
        int concatReference,
        OffsetDateTime timestamp,
        Address serviceCentre) {

    /** The SMSC address written into delivered PDUs unless a test says otherwise. */
    public static final Address DEFAULT_SERVICE_CENTRE = Address.international("8613800100500");

    /**
     * @throws IllegalArgumentException when the alphabet is not GSM7 or UCS2, or the scheme is
     *                                  not a header scheme
     */
    public IncomingSms {
        Objects.requireNonNull(originator, "originator");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(alphabet, "alphabet");
        Objects.requireNonNull(concatScheme, "concatScheme");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(serviceCentre, "serviceCentre");
        if (alphabet.isPresent() && alphabet.get() != Alphabet.GSM7 && alphabet.get() != Alphabet.UCS2) {
            throw new IllegalArgumentException("a delivered text is GSM7 or UCS2, not " + alphabet.get());
        }
        if (concatScheme != ConcatScheme.UDH8 && concatScheme != ConcatScheme.UDH16) {
            throw new IllegalArgumentException("a PDU ties parts together with UDH8 or UDH16, not " + concatScheme);
        }
    }

    /**
     * @param originator who sent it
     * @param text       the text
     * @return a message with the alphabet the text needs, 8-bit reference 0, stamped now in UTC
     */
    public static IncomingSms of(String originator, String text) {
        return new IncomingSms(originator, text, Optional.empty(), ConcatScheme.UDH8, 0,
                OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS), DEFAULT_SERVICE_CENTRE);
    }

    /**
     * @param value GSM7 or UCS2
     * @return a copy sent in that alphabet
     */
    public IncomingSms withAlphabet(Alphabet value) {
        return new IncomingSms(originator, text, Optional.of(value), concatScheme, concatReference, timestamp,
                serviceCentre);
    }

    /**
     * @param scheme    UDH8 or UDH16
     * @param reference the reference the parts share (masked to 8 or 16 bits)
     * @return a copy whose parts are tied together that way
     */
    public IncomingSms withConcatenation(ConcatScheme scheme, int reference) {
        return new IncomingSms(originator, text, alphabet, scheme, reference, timestamp, serviceCentre);
    }

    /**
     * @param value TP-SCTS
     * @return a copy with that timestamp
     */
    public IncomingSms withTimestamp(OffsetDateTime value) {
        return new IncomingSms(originator, text, alphabet, concatScheme, concatReference, value, serviceCentre);
    }

    /**
     * @param value the SMSC
     * @return a copy naming that SMSC in front of its PDUs
     */
    public IncomingSms withServiceCentre(Address value) {
        return new IncomingSms(originator, text, alphabet, concatScheme, concatReference, timestamp, value);
    }

    /** @return the SMS-DELIVER PDUs of the parts, in order */
    public List<EncodedPdu> pdus() {
        Alphabet chosen = alphabet.orElseGet(() -> SmsTextCodec.choose(text));
        List<EncodedPdu> pdus = new ArrayList<>();
        for (Segment segment : new Segmenter(concatScheme, 255).split(text, chosen, concatReference)) {
            UserData userData = new UserData(header(segment), chosen, segment.payload());
            SmsDeliver deliver = new SmsDeliver(Optional.of(serviceCentre), Address.parse(originator),
                    false, false, false, 0, DataCodingScheme.of(chosen), timestamp, userData);
            pdus.add(PduEncoder.encode(deliver));
        }
        return List.copyOf(pdus);
    }

    private static List<InformationElement> header(Segment segment) {
        byte[] udh = segment.udh();
        return udh == null ? List.of() : UserDataHeader.parse(udh).elements();
    }
}

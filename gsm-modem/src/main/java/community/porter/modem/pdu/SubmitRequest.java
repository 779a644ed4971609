package community.porter.modem.pdu;

import community.porter.sms.codec.Alphabet;
import community.porter.sms.codec.ConcatScheme;
import java.util.Objects;
import java.util.Optional;

/**
 * What to send: a text to one destination and how. Start from {@link #to(Address, String)} and
 * change what differs from the defaults with the {@code with} methods.
 *
 * @param destination         where the text goes
 * @param text                the whole text; split into parts when it does not fit one
 * @param alphabet            GSM7 or UCS2; empty to let {@code SmsTextCodec.choose} pick
 * @param messageClass        a class for TP-DCS (class 0 is a "flash" message); empty for none
 * @param validityPeriod      TP-VP; empty to leave it to the SMSC
 * @param statusReportRequest TP-SRR: ask for a status report on every part
 * @param messageReference    TP-MR of the first part, 0 to 255; later parts count up from it
 *                            (wrapping at 255), so each part's report can be told apart. Most
 *                            modems put their own reference in and return it with +CMGS.
 * @param concatScheme        UDH8 or UDH16 header for the parts of a long text
 * @param concatReference     the concatenation reference shared by the parts (masked to 8 or 16
 *                            bits)
 * @param maxParts            most parts the text may take, 1 to 255
 * @param serviceCentre       the SMSC to send through; empty for the modem's own ({@code 00})
 */
public record SubmitRequest(
        Address destination,
        String text,
        Optional<Alphabet> alphabet,
        Optional<MessageClass> messageClass,
        Optional<ValidityPeriod> validityPeriod,
        boolean statusReportRequest,
        int messageReference,
        ConcatScheme concatScheme,
        int concatReference,
        int maxParts,
        Optional<Address> serviceCentre) {

    /** Parts a text may take unless told otherwise: as many as a header can number. */
    public static final int DEFAULT_MAX_PARTS = 255;

    /**
     * @throws IllegalArgumentException when the alphabet is not for text, the scheme is SAR (a
     *                                  PDU has no TLVs), or a number is out of range
     */
    public SubmitRequest {
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(alphabet, "alphabet");
        Objects.requireNonNull(messageClass, "messageClass");
        Objects.requireNonNull(validityPeriod, "validityPeriod");
        Objects.requireNonNull(concatScheme, "concatScheme");
        Objects.requireNonNull(serviceCentre, "serviceCentre");
        if (alphabet.isPresent() && alphabet.get() != Alphabet.GSM7 && alphabet.get() != Alphabet.UCS2) {
            throw new IllegalArgumentException("a text is sent in GSM7 or UCS2, not " + alphabet.get());
        }
        if (concatScheme == ConcatScheme.SAR) {
            throw new IllegalArgumentException("SAR is SMPP's; a PDU ties parts together with UDH8 or UDH16");
        }
        Pdus.checkOctet(messageReference, "message reference");
        if (maxParts < 1 || maxParts > DEFAULT_MAX_PARTS) {
            throw new IllegalArgumentException("max parts must be 1 to 255, not " + maxParts);
        }
    }

    /**
     * A request with the defaults: alphabet chosen from the text, no class, no validity period,
     * no status report, message reference 0, 8-bit concatenation reference 0, up to 255 parts,
     * the modem's own SMSC.
     *
     * @param destination where the text goes
     * @param text        the text
     * @return the request
     */
    public static SubmitRequest to(Address destination, String text) {
        return new SubmitRequest(destination, text, Optional.empty(), Optional.empty(), Optional.empty(),
                false, 0, ConcatScheme.UDH8, 0, DEFAULT_MAX_PARTS, Optional.empty());
    }

    /**
     * @param value GSM7 or UCS2
     * @return a copy that sends in that alphabet
     */
    public SubmitRequest withAlphabet(Alphabet value) {
        return new SubmitRequest(destination, text, Optional.of(value), messageClass, validityPeriod,
                statusReportRequest, messageReference, concatScheme, concatReference, maxParts, serviceCentre);
    }

    /**
     * @param value the class
     * @return a copy whose TP-DCS carries that class
     */
    public SubmitRequest withMessageClass(MessageClass value) {
        return new SubmitRequest(destination, text, alphabet, Optional.of(value), validityPeriod,
                statusReportRequest, messageReference, concatScheme, concatReference, maxParts, serviceCentre);
    }

    /**
     * @param value the period
     * @return a copy with that TP-VP
     */
    public SubmitRequest withValidityPeriod(ValidityPeriod value) {
        return new SubmitRequest(destination, text, alphabet, messageClass, Optional.of(value),
                statusReportRequest, messageReference, concatScheme, concatReference, maxParts, serviceCentre);
    }

    /** @return a copy that asks for status reports */
    public SubmitRequest withStatusReport() {
        return new SubmitRequest(destination, text, alphabet, messageClass, validityPeriod,
                true, messageReference, concatScheme, concatReference, maxParts, serviceCentre);
    }

    /**
     * @param value TP-MR of the first part
     * @return a copy with that reference
     */
    public SubmitRequest withMessageReference(int value) {
        return new SubmitRequest(destination, text, alphabet, messageClass, validityPeriod,
                statusReportRequest, value, concatScheme, concatReference, maxParts, serviceCentre);
    }

    /**
     * @param scheme    UDH8 or UDH16
     * @param reference the reference the parts share
     * @return a copy that ties parts together that way
     */
    public SubmitRequest withConcatenation(ConcatScheme scheme, int reference) {
        return new SubmitRequest(destination, text, alphabet, messageClass, validityPeriod,
                statusReportRequest, messageReference, scheme, reference, maxParts, serviceCentre);
    }

    /**
     * @param value 1 to 255
     * @return a copy allowing at most that many parts
     */
    public SubmitRequest withMaxParts(int value) {
        return new SubmitRequest(destination, text, alphabet, messageClass, validityPeriod,
                statusReportRequest, messageReference, concatScheme, concatReference, value, serviceCentre);
    }

    /**
     * @param value the SMSC
     * @return a copy that names that SMSC in the PDU
     */
    public SubmitRequest withServiceCentre(Address value) {
        return new SubmitRequest(destination, text, alphabet, messageClass, validityPeriod,
                statusReportRequest, messageReference, concatScheme, concatReference, maxParts, Optional.of(value));
    }
}

package community.porter.modem.pdu;

import community.porter.sms.codec.Alphabet;
import community.porter.sms.codec.InformationElement;
import community.porter.sms.codec.Segment;
import community.porter.sms.codec.Segmenter;
import community.porter.sms.codec.SmsTextCodec;
import community.porter.sms.codec.UserDataHeader;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a text to send into the SMS-SUBMIT PDUs of its parts: sms-codec's {@link Segmenter}
 * splits and encodes the text and builds the concatenation headers, this class wraps each part
 * in a TPDU.
 */
public final class SubmitPduEncoder {

    private SubmitPduEncoder() {
    }

    /**
     * @param request what to send
     * @return one part per SMS, in order; a single part carries no header
     * @throws community.porter.sms.codec.TooManyPartsException    when the text needs more than
     *                                                             {@code maxParts} parts
     * @throws community.porter.sms.codec.UnencodableTextException when GSM7 was asked for and
     *                                                             the text has a character outside it
     */
    public static List<SubmitPart> encode(SubmitRequest request) {
        Alphabet alphabet = request.alphabet().orElseGet(() -> SmsTextCodec.choose(request.text()));
        DataCodingScheme dataCoding = request.messageClass()
                .map(messageClass -> DataCodingScheme.of(alphabet, messageClass))
                .orElseGet(() -> DataCodingScheme.of(alphabet));
        List<Segment> segments = new Segmenter(request.concatScheme(), request.maxParts())
                .split(request.text(), alphabet, request.concatReference());
        List<SubmitPart> parts = new ArrayList<>(segments.size());
        for (Segment segment : segments) {
            UserData userData = new UserData(header(segment), alphabet, segment.payload());
            SmsSubmit submit = new SmsSubmit(request.serviceCentre(),
                    (request.messageReference() + segment.partNumber() - 1) & 0xFF,
                    request.destination(), false, request.statusReportRequest(), false, 0,
                    dataCoding, request.validityPeriod(), userData);
            parts.add(new SubmitPart(segment.partNumber(), segment.partCount(), segment.text(), submit,
                    PduEncoder.encode(submit)));
        }
        return List.copyOf(parts);
    }

    private static List<InformationElement> header(Segment segment) {
        byte[] udh = segment.udh();
        return udh == null ? List.of() : UserDataHeader.parse(udh).elements();
    }
}

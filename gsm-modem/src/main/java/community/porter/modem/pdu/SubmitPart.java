package community.porter.modem.pdu;

import java.util.Objects;

/**
 * One SMS-SUBMIT of a text, ready for AT+CMGS.
 *
 * @param partNumber this part, 1 to partCount
 * @param partCount  how many parts the text took
 * @param text       this part's share of the text
 * @param submit     the SMS-SUBMIT as a record (message reference, header, coding)
 * @param pdu        its hex and {@code <length>}
 */
public record SubmitPart(int partNumber, int partCount, String text, SmsSubmit submit, EncodedPdu pdu) {

    /** Requires every component. */
    public SubmitPart {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(submit, "submit");
        Objects.requireNonNull(pdu, "pdu");
    }
}

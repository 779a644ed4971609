package community.porter.modem.sim;

import community.porter.modem.pdu.SmsSubmit;
import community.porter.sms.codec.ConcatInfo;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An SMS-SUBMIT the host sent with AT+CMGS and the modem accepted.
 *
 * @param messageReference the TP-MR the modem gave it and returned in {@code +CMGS: <mr>}; a
 *                         modem numbers its submits itself, whatever TP-MR the host wrote
 * @param pdu              the hex the host typed after the prompt
 * @param tpduLength       the {@code <length>} of {@code AT+CMGS=<length>}
 * @param submit           the PDU decoded
 * @param at               when the modem accepted it
 */
public record SubmittedMessage(int messageReference, String pdu, int tpduLength, SmsSubmit submit, Instant at) {

    /** Requires every component. */
    public SubmittedMessage {
        Objects.requireNonNull(pdu, "pdu");
        Objects.requireNonNull(submit, "submit");
        Objects.requireNonNull(at, "at");
    }

    /** @return the destination as Porter writes numbers: international ones with a {@code +} */
    public String destination() {
        return submit.destination().displayValue();
    }

    /** @return the text of this part; empty for 8-bit data */
    public Optional<String> text() {
        return submit.userData().text();
    }

    /** @return where this part belongs when it is one part of a long message */
    public Optional<ConcatInfo> part() {
        return submit.userData().concat();
    }

    /** @return whether the host asked for a status report */
    public boolean statusReportRequested() {
        return submit.statusReportRequest();
    }
}

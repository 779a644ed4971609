package community.porter.modem.at;

import community.porter.modem.pdu.SmsPdu;
import java.util.Objects;

/**
 * A message as the modem's storage holds it, read by AT+CMGR or AT+CMGL: either decoded, or
 * malformed with what was wrong. A malformed one carries its index, so it can be recorded as
 * rejected and deleted like any other, and its raw hex, so nothing about it is lost.
 */
public sealed interface StoredSms permits StoredSms.Readable, StoredSms.Malformed {

    /** {@link #index()} when the header was too broken to name one. */
    int NO_INDEX = -1;

    /** @return the index in the storage, or {@link #NO_INDEX} */
    int index();

    /** @return the status the modem gave it */
    StoredStatus status();

    /** @return the PDU line as the modem printed it */
    String rawPdu();

    /**
     * A stored message that decoded.
     *
     * @param index  its index
     * @param status its status
     * @param pdu    the SMS-DELIVER, SMS-SUBMIT or SMS-STATUS-REPORT
     * @param rawPdu the PDU line as printed
     */
    record Readable(int index, StoredStatus status, SmsPdu pdu, String rawPdu) implements StoredSms {

        /** Requires every component. */
        public Readable {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(pdu, "pdu");
            Objects.requireNonNull(rawPdu, "rawPdu");
        }
    }

    /**
     * A stored message that did not decode, or whose listing was broken.
     *
     * @param index  its index, or {@link #NO_INDEX}
     * @param status its status, {@link StoredStatus#UNKNOWN} when the header was broken
     * @param rawPdu the PDU line as printed, empty when there was none
     * @param reason what was wrong
     */
    record Malformed(int index, StoredStatus status, String rawPdu, String reason) implements StoredSms {

        /** Requires every component. */
        public Malformed {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(rawPdu, "rawPdu");
            Objects.requireNonNull(reason, "reason");
        }
    }
}

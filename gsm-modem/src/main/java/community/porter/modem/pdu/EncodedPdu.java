package community.porter.modem.pdu;

import java.util.Objects;

/**
 * A PDU ready for the modem.
 *
 * @param hex        the SMSC address field and the TPDU in upper-case hex, to type after the
 *                   {@code >} prompt of AT+CMGS (or AT+CMGW)
 * @param tpduLength the TPDU's octets without the SMSC field: the {@code <length>} of
 *                   {@code AT+CMGS=<length>}
 */
public record EncodedPdu(String hex, int tpduLength) {

    /** Requires the hex. */
    public EncodedPdu {
        Objects.requireNonNull(hex, "hex");
    }
}

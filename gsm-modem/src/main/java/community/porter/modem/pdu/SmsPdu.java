package community.porter.modem.pdu;

import java.util.Optional;

/**
 * A PDU as a modem shows it in PDU mode (TS 27.005): the SMSC address field, then one TPDU of
 * TS 23.040. Porter meets three kinds; which one a TPDU is follows from TP-MTI.
 */
public sealed interface SmsPdu permits SmsDeliver, SmsSubmit, SmsStatusReport {

    /**
     * @return the SMSC address field, empty when it had length 0 or the PDU came without it
     */
    Optional<Address> serviceCentre();
}

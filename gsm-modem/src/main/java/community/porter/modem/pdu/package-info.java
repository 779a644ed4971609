/**
 * The SMS PDU codec of the GSM modem transport: the hex PDUs a modem prints and takes in PDU
 * mode (3GPP TS 27.005), holding TPDUs of TS 23.040 whose text is coded as TS 23.038 says.
 *
 * <ul>
 *   <li>{@link community.porter.modem.pdu.PduDecoder} reads +CMGL/+CMGR/+CMT/+CDS PDUs into
 *       {@link community.porter.modem.pdu.SmsDeliver},
 *       {@link community.porter.modem.pdu.SmsSubmit} or
 *       {@link community.porter.modem.pdu.SmsStatusReport}; bad input is always a
 *       {@link community.porter.modem.pdu.MalformedPduException};</li>
 *   <li>{@link community.porter.modem.pdu.SubmitPduEncoder} turns a
 *       {@link community.porter.modem.pdu.SubmitRequest} into the SMS-SUBMIT of each part with
 *       its AT+CMGS length; {@link community.porter.modem.pdu.PduEncoder} writes any of the
 *       three records.</li>
 * </ul>
 *
 * <p>Text coding, packing, headers and splitting are sms-codec's
 * ({@code community.porter.sms.codec}); this package adds the PDU around them. No serial I/O
 * and no state here: the AT session and the modem pool use it.
 */
package community.porter.modem.pdu;

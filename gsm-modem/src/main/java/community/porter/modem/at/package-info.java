/**
 * The AT dialogue with a GSM modem (ITU-T V.250, 3GPP TS 27.007, TS 27.005 in PDU mode), on a
 * {@link community.porter.modem.serial.SerialLink} that only moves bytes.
 *
 * <ul>
 *   <li>{@link community.porter.modem.at.AtSession} owns one link: one command at a time, a
 *       deadline on every command, the {@code >} prompt of AT+CMGS, echo dropped, unsolicited
 *       result codes ({@link community.porter.modem.at.UrcTable}) routed to an
 *       {@link community.porter.modem.at.AtSessionListener} even in the middle of an answer;</li>
 *   <li>{@link community.porter.modem.at.AtCommand} is one command with the rules for its
 *       answer; failures are {@link community.porter.modem.at.AtException}s whose type says
 *       what to do (command error, timeout, link lost, SIM needs a person);</li>
 *   <li>{@link community.porter.modem.at.ModemCommands} has one method per AT command Porter
 *       uses, returning typed answers (stored messages decoded by
 *       {@link community.porter.modem.pdu.PduDecoder}, malformed ones kept with their hex), and
 *       {@link community.porter.modem.at.ModemInitialiser} the start-up sequence.</li>
 * </ul>
 *
 * <p>A modem pool uses it like this: open a session per port with a listener; initialise; sweep
 * with {@code listAll()}; on {@code +CMTI} ({@link community.porter.modem.at.StorageIndication})
 * read the index, store the message, then delete it; send parts with {@code send(...)}; on
 * {@link community.porter.modem.at.AtLinkException} close the session and open a new one later.
 */
package community.porter.modem.at;

/**
 * Serial ports for GSM modems: {@link community.porter.modem.serial.SerialLink} opens, reads
 * and writes bytes and nothing more; {@link community.porter.modem.serial.JSerialCommLink} is
 * the jSerialComm implementation. The AT dialogue on top lives in
 * {@code community.porter.modem.at}.
 */
package community.porter.modem.serial;

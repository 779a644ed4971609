/**
 * The Camel component {@code gsm}: a pool of serial GSM modems as a transport.
 *
 * <ul>
 *   <li>{@link community.porter.modem.camel.GsmComponent}, {@link community.porter.modem.camel.GsmEndpoint}
 *       ({@code gsm:<pool>}), {@link community.porter.modem.camel.GsmConsumer},
 *       {@link community.porter.modem.camel.GsmProducer} and their options
 *       {@link community.porter.modem.camel.GsmConfiguration}, shaped like Camel's own components;</li>
 *   <li>{@link community.porter.modem.camel.GsmPool} chooses a modem per message;</li>
 *   <li>{@link community.porter.modem.camel.ModemWorker} owns one modem's port and AT session:
 *       start-up, receiving, sending, reset and reopen.</li>
 * </ul>
 */
package community.porter.modem.camel;

package community.porter.modem.at;

import java.util.Objects;
import java.util.Optional;

/**
 * What {@link ModemInitialiser} learnt about a modem it set up.
 *
 * @param manufacturer          AT+CGMI, empty when the modem would not say
 * @param model                 AT+CGMM, empty when the modem would not say
 * @param dialect               the dialect chosen from them
 * @param imei                  AT+CGSN, empty when the modem would not say
 * @param iccid                 the SIM's ICCID, when a maker's command gave it
 * @param storage               how full the message storage is
 * @param newMessageIndications the AT+CNMI parameters the modem took
 * @param registration          the network registration at the end of set-up
 * @param signal                the signal quality at the end of set-up
 */
public record ModemInfo(String manufacturer, String model, ModemDialect dialect, String imei,
        Optional<String> iccid, MessageStorage storage, String newMessageIndications,
        NetworkRegistration registration, SignalQuality signal) {

    /** Requires every component. */
    public ModemInfo {
        Objects.requireNonNull(manufacturer, "manufacturer");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(imei, "imei");
        Objects.requireNonNull(iccid, "iccid");
        Objects.requireNonNull(storage, "storage");
        Objects.requireNonNull(newMessageIndications, "newMessageIndications");
        Objects.requireNonNull(registration, "registration");
        Objects.requireNonNull(signal, "signal");
    }
}

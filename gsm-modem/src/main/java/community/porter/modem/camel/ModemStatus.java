package community.porter.modem.camel;

import community.porter.modem.at.ModemInfo;
import java.util.Optional;

/**
 * What a modem of a pool is doing, for health reports.
 *
 * @param name      the modem's name
 * @param port      its serial device
 * @param state     where it is in its life
 * @param info      what the start-up sequence learnt (IMEI, ICCID, registration and signal at
 *                  start, refreshed by each sweep); empty until it first started
 * @param lastError the last failure, empty when none since it last started
 * @param inFlight  sends running or waiting on it
 */
public record ModemStatus(String name, String port, ModemState state, Optional<ModemInfo> info,
        Optional<String> lastError, int inFlight) {
}

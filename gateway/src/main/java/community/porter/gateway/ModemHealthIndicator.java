package community.porter.gateway;

import community.porter.modem.at.ModemInfo;
import community.porter.modem.camel.GsmComponent;
import community.porter.modem.camel.ModemState;
import community.porter.modem.camel.ModemStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * {@code modems} in {@code /actuator/health}: each GSM modem's state, port, signal, network
 * registration, IMEI and last error. Up while no modem is configured or at least one runs; down
 * when every configured modem is out of service.
 */
@Component
class ModemHealthIndicator implements HealthIndicator {

    private final GsmComponent gsm;

    ModemHealthIndicator(GsmComponent gsm) {
        this.gsm = gsm;
    }

    @Override
    public Health health() {
        Map<String, Object> details = new LinkedHashMap<>();
        boolean anyRunning = false;
        int count = 0;
        for (String pool : gsm.poolNames()) {
            List<ModemStatus> modems = gsm.pool(pool).map(p -> p.status()).orElse(List.of());
            for (ModemStatus modem : modems) {
                count++;
                anyRunning |= modem.state() == ModemState.RUNNING;
                Map<String, Object> detail = details(modem);
                detail.put("pool", pool);
                details.put(modem.name(), detail);
            }
        }
        Health.Builder health = count == 0 || anyRunning ? Health.up() : Health.down();
        return health.withDetails(details).build();
    }

    static Map<String, Object> details(ModemStatus modem) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("status", (modem.state() == ModemState.RUNNING ? Status.UP : Status.DOWN).getCode());
        detail.put("state", modem.state());
        detail.put("port", modem.port());
        modem.info().ifPresent(info -> info(detail, info));
        detail.put("sending", modem.inFlight());
        modem.lastError().ifPresent(error -> detail.put("lastError", error));
        return detail;
    }

    private static void info(Map<String, Object> detail, ModemInfo info) {
        detail.put("imei", info.imei());
        info.iccid().ifPresent(iccid -> detail.put("iccid", iccid));
        detail.put("model", (info.manufacturer() + " " + info.model()).strip());
        detail.put("registration", info.registration().state());
        info.signal().dbm().ifPresent(dbm -> detail.put("signalDbm", dbm));
    }
}

package community.porter.modem.camel;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which serial port belongs to which modem, across every pool of a component. A modem looking
 * for its re-enumerated port probes only ports nobody claims: typing AT commands into another
 * modem's port in the middle of its exchange would corrupt it.
 */
final class PortClaims {

    private final Map<String, String> owners = new ConcurrentHashMap<>();

    /**
     * @param port  the port, as configured or found
     * @param modem the modem taking it
     * @return whether the modem holds it now: false when another modem does
     */
    boolean claim(String port, String modem) {
        String owner = owners.putIfAbsent(key(port), modem);
        return owner == null || owner.equals(modem);
    }

    /** Gives the port up when the modem holds it; does nothing otherwise. */
    void release(String port, String modem) {
        owners.remove(key(port), modem);
    }

    /** @return whether a modem other than {@code modem} holds the port */
    boolean heldByOther(String port, String modem) {
        String owner = owners.get(key(port));
        return owner != null && !owner.equals(modem);
    }

    private static String key(String port) {
        return Path.of(port).toAbsolutePath().normalize().toString();
    }
}

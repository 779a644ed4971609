package community.porter.modem.camel;

import java.util.Objects;

/**
 * One modem of a {@code gsm:<pool>} endpoint.
 *
 * @param name          the modem's name in logs, health and {@code SubmitOutcome#connector()}; a
 *                      resumed message is pinned to it
 * @param port          the serial device, e.g. {@code /dev/ttyUSB2} or a stable
 *                      {@code /dev/serial/by-id/...} link
 * @param pin           the SIM PIN, or {@code null} when the SIM has none
 * @param baud          the port's speed
 * @param storage       the message storage: {@code SM}, {@code ME} or {@code MT}
 * @param ratePerMinute most parts the modem sends per minute; 0 for no limit
 * @param imei          the IMEI expected on this port, or {@code null}; a modem answering with
 *                      another one is not used, so a re-enumerated USB port cannot swap SIMs
 * @param iccid         the ICCID expected on this port, or {@code null}; checked like the IMEI
 */
public record ModemConfig(String name, String port, String pin, int baud, String storage, int ratePerMinute,
        String imei, String iccid) {

    /**
     * @throws IllegalArgumentException when a value is missing or malformed
     */
    public ModemConfig {
        if (name == null || !name.matches("[A-Za-z0-9_.-]+")) {
            throw new IllegalArgumentException("a modem name is letters, digits, '.', '_' or '-', got " + name);
        }
        if (port == null || port.isBlank()) {
            throw new IllegalArgumentException("modem '" + name + "' needs a serial port");
        }
        if (pin != null && !pin.matches("[0-9]{4,8}")) {
            throw new IllegalArgumentException("modem '" + name + "': a SIM PIN is 4 to 8 digits");
        }
        if (baud <= 0) {
            throw new IllegalArgumentException("modem '" + name + "': baud must be positive, got " + baud);
        }
        storage = storage == null ? "SM" : storage;
        if (!storage.matches("SM|ME|MT")) {
            throw new IllegalArgumentException("modem '" + name + "': storage is SM, ME or MT, got " + storage);
        }
        if (ratePerMinute < 0) {
            throw new IllegalArgumentException("modem '" + name + "': ratePerMinute must not be negative");
        }
    }

    /**
     * @param name the modem's name
     * @param port its serial device
     * @return a modem with no PIN, 115200 baud, SIM storage and no rate limit
     */
    public static ModemConfig of(String name, String port) {
        return new ModemConfig(name, port, null, 115200, "SM", 0, null, null);
    }

    /**
     * @param perMinute most parts per minute, 0 for no limit
     * @return this modem with that rate
     */
    public ModemConfig withRatePerMinute(int perMinute) {
        return new ModemConfig(name, port, pin, baud, storage, perMinute, imei, iccid);
    }

    /**
     * @param otherPort the serial device the modem was found on
     * @return this modem on that device
     */
    public ModemConfig withPort(String otherPort) {
        return new ModemConfig(name, otherPort, pin, baud, storage, ratePerMinute, imei, iccid);
    }

    /** Keeps the PIN out of logs. */
    @Override
    public String toString() {
        return "ModemConfig[name=" + name + ", port=" + port + ", pin=" + (pin == null ? "none" : "****") + ", baud="
                + baud + ", storage=" + storage + ", ratePerMinute=" + ratePerMinute + ", imei=" + Objects.toString(imei, "any")
                + ", iccid=" + Objects.toString(iccid, "any") + "]";
    }
}

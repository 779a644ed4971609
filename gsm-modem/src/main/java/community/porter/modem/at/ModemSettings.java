package community.porter.modem.at;

import java.util.Objects;
import java.util.Optional;

/**
 * What {@link ModemInitialiser} sets up on a modem.
 *
 * @param pin                   the SIM PIN, entered once when the SIM asks for it; empty when
 *                              the SIM has none (a SIM that asks then is reported, not guessed)
 * @param storage               the message storage to read, write and receive into: {@code SM}
 *                              (SIM, the default: survives a modem swap), {@code ME} (modem) or
 *                              {@code MT} (both)
 * @param newMessageIndications AT+CNMI parameters to use instead of the dialect's list, e.g.
 *                              {@code 2,1,0,1,0}
 * @param probeAttempts         how many {@code AT} to send before giving up on a silent modem; a
 *                              modem that detects the baud rate may miss the first
 */
public record ModemSettings(Optional<String> pin, String storage, Optional<String> newMessageIndications,
        int probeAttempts) {

    /** No PIN, SIM storage, the dialect's indications, three probes. */
    public static final ModemSettings DEFAULT = new ModemSettings(Optional.empty(), "SM", Optional.empty(), 3);

    /**
     * @throws IllegalArgumentException when a value is malformed
     */
    public ModemSettings {
        Objects.requireNonNull(pin, "pin");
        Objects.requireNonNull(storage, "storage");
        Objects.requireNonNull(newMessageIndications, "newMessageIndications");
        pin.ifPresent(p -> {
            if (!p.matches("[0-9]{4,8}")) {
                throw new IllegalArgumentException("a SIM PIN is 4 to 8 digits");
            }
        });
        if (!storage.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("the message storage is two capital letters such as SM, ME or MT, got "
                    + storage);
        }
        if (probeAttempts < 1) {
            throw new IllegalArgumentException("at least one probe is needed, got " + probeAttempts);
        }
    }

    /**
     * @param simPin the SIM PIN
     * @return these settings with that PIN
     */
    public ModemSettings withPin(String simPin) {
        return new ModemSettings(Optional.of(simPin), storage, newMessageIndications, probeAttempts);
    }

    /**
     * @param memory the message storage
     * @return these settings with that storage
     */
    public ModemSettings withStorage(String memory) {
        return new ModemSettings(pin, memory, newMessageIndications, probeAttempts);
    }

    /**
     * @param parameters AT+CNMI parameters
     * @return these settings with those indications
     */
    public ModemSettings withNewMessageIndications(String parameters) {
        return new ModemSettings(pin, storage, Optional.of(parameters), probeAttempts);
    }

    /** Keeps the PIN out of logs. */
    @Override
    public String toString() {
        return "ModemSettings[pin=" + (pin.isPresent() ? "****" : "none") + ", storage=" + storage
                + ", newMessageIndications=" + newMessageIndications + ", probeAttempts=" + probeAttempts + "]";
    }
}

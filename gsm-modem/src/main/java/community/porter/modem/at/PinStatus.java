package community.porter.modem.at;

import java.util.Locale;

/** What the SIM waits for, as {@code +CPIN: <code>} says (3GPP TS 27.007 §8.3). */
public enum PinStatus {
    /** Nothing: the SIM is usable. */
    READY,
    /** The SIM PIN. */
    SIM_PIN,
    /** The PUK: the PIN was wrong three times; only the PUK unlocks it now. */
    SIM_PUK,
    /** The phone-to-SIM lock code. */
    PH_SIM_PIN,
    /** PIN2 (does not stop SMS). */
    SIM_PIN2,
    /** PUK2 (does not stop SMS). */
    SIM_PUK2,
    /** A network personalisation or other code Porter cannot enter. */
    OTHER;

    /**
     * @param code the text after {@code +CPIN:}, quoted or not
     * @return the status
     */
    public static PinStatus parse(String code) {
        String value = code.strip().replace("\"", "").toUpperCase(Locale.ROOT);
        return switch (value) {
            case "READY" -> READY;
            case "SIM PIN" -> SIM_PIN;
            case "SIM PUK" -> SIM_PUK;
            case "PH-SIM PIN" -> PH_SIM_PIN;
            case "SIM PIN2" -> SIM_PIN2;
            case "SIM PUK2" -> SIM_PUK2;
            default -> OTHER;
        };
    }

    /**
     * @return whether messages can be sent and read
     */
    public boolean allowsMessaging() {
        return this == READY || this == SIM_PIN2 || this == SIM_PUK2;
    }
}

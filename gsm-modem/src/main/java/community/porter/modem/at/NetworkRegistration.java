package community.porter.modem.at;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the modem stands with the network, from {@code +CREG} (3GPP TS 27.007 §7.2): the answer
 * {@code +CREG: <n>,<stat>[,<lac>,<ci>[,<AcT>]]} to AT+CREG?, or the unsolicited
 * {@code +CREG: <stat>[,<lac>,<ci>[,<AcT>]]} after AT+CREG=1 or 2.
 *
 * @param state    the registration state
 * @param areaCode the location area code in hex, when the modem gave it
 * @param cellId   the cell id in hex, when the modem gave it
 */
public record NetworkRegistration(State state, Optional<String> areaCode, Optional<String> cellId) {

    /** Requires every component. */
    public NetworkRegistration {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(areaCode, "areaCode");
        Objects.requireNonNull(cellId, "cellId");
    }

    /**
     * @return whether messages can go out: registered at home or roaming, SMS-only included
     */
    public boolean registered() {
        return state.registered;
    }

    /**
     * @param urc an unsolicited {@code +CREG} (or {@code +CGREG}/{@code +CEREG}) code
     * @return the registration it reports, empty when it is not one
     */
    public static Optional<NetworkRegistration> fromUnsolicited(Urc urc) {
        if (!(urc.is("+CREG") || urc.is("+CGREG") || urc.is("+CEREG"))) {
            return Optional.empty();
        }
        return Optional.of(of(AtFields.split(urc.value()), 0));
    }

    /**
     * @param value the text after {@code +CREG:} in the answer to AT+CREG?
     * @return the registration
     */
    static NetworkRegistration parseAnswer(String value) {
        return of(AtFields.split(value), 1);
    }

    private static NetworkRegistration of(List<String> fields, int stateField) {
        State state = fields.size() > stateField
                ? AtFields.number(fields.get(stateField)).stream().mapToObj(State::of).findFirst().orElse(State.UNKNOWN)
                : State.UNKNOWN;
        Optional<String> area = field(fields, stateField + 1);
        Optional<String> cell = field(fields, stateField + 2);
        return new NetworkRegistration(state, area, cell);
    }

    private static Optional<String> field(List<String> fields, int index) {
        return fields.size() > index && !fields.get(index).isEmpty() ? Optional.of(fields.get(index)) : Optional.empty();
    }

    /** {@code <stat>} of 27.007 §7.2. */
    public enum State {
        NOT_REGISTERED(0, false),
        HOME(1, true),
        SEARCHING(2, false),
        DENIED(3, false),
        UNKNOWN(4, false),
        ROAMING(5, true),
        HOME_SMS_ONLY(6, true),
        ROAMING_SMS_ONLY(7, true),
        EMERGENCY_ONLY(8, false),
        HOME_CSFB_NOT_PREFERRED(9, true),
        ROAMING_CSFB_NOT_PREFERRED(10, true);

        private final int code;
        private final boolean registered;

        State(int code, boolean registered) {
            this.code = code;
            this.registered = registered;
        }

        /** @return the number of 27.007 */
        public int code() {
            return code;
        }

        static State of(int code) {
            for (State state : values()) {
                if (state.code == code) {
                    return state;
                }
            }
            return UNKNOWN;
        }
    }
}

package community.porter.modem.at;

import java.util.Optional;
import java.util.Set;

/**
 * Gets the SIM ready: nothing to do, or its PIN entered once. Anything else needs a person and
 * is a {@link SimNotReadyException}.
 */
final class SimUnlock {

    private static final Set<CmeError> NO_SIM = Set.of(CmeError.SIM_NOT_INSERTED, CmeError.SIM_FAILURE,
            CmeError.SIM_WRONG);

    private final ModemCommands commands;

    SimUnlock(ModemCommands commands) {
        this.commands = commands;
    }

    void unlock(Optional<String> pin) throws AtException {
        PinStatus status = status();
        if (status.allowsMessaging()) {
            return;
        }
        if (status != PinStatus.SIM_PIN) {
            throw new SimNotReadyException(status, false, status == PinStatus.SIM_PUK
                    ? "the SIM is locked and needs its PUK: unlock it in a phone"
                    : "the SIM asks for " + status + ", which Porter cannot enter", null);
        }
        if (pin.isEmpty()) {
            throw new SimNotReadyException(status, false,
                    "the SIM asks for its PIN and none is configured", null);
        }
        try {
            commands.enterPin(pin.get());
        } catch (AtCommandException refused) {
            // Never again with the same PIN: each try uses one of three, and the third wrong
            // one locks the SIM until its PUK is entered.
            throw new SimNotReadyException(status, true, "the SIM refused the configured PIN (" + refused.finalResult()
                    + "); it is not tried again, since three wrong PINs lock the SIM", refused);
        }
        PinStatus after = status();
        if (!after.allowsMessaging()) {
            throw new SimNotReadyException(after, after == PinStatus.SIM_PIN,
                    "the SIM still asks for " + after + " after the PIN was entered; it is not tried again", null);
        }
    }

    private PinStatus status() throws AtException {
        try {
            return commands.pinStatus();
        } catch (CmeErrorException e) {
            Optional<CmeError> error = e.error();
            if (error.filter(NO_SIM::contains).isPresent()) {
                throw new SimNotReadyException(PinStatus.OTHER, false, "no usable SIM: " + e.finalResult(), e);
            }
            // Some modems answer AT+CPIN? with the error instead of +CPIN: SIM PIN.
            if (error.filter(CmeError.SIM_PIN_REQUIRED::equals).isPresent()) {
                return PinStatus.SIM_PIN;
            }
            if (error.filter(CmeError.SIM_PUK_REQUIRED::equals).isPresent()) {
                return PinStatus.SIM_PUK;
            }
            throw e;
        }
    }
}

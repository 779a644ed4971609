package community.porter.modem.sim;

import java.util.Objects;
import java.util.Optional;

/**
 * The SIM in the simulated modem: its identity and the PIN/PUK lock (3GPP TS 27.007 §8.3). The
 * try counters live on the card, so they survive a modem reset; the PIN is asked for again after
 * every power-up.
 */
final class SimCard {

    /** What AT+CPIN? reports. */
    enum State {
        READY("READY"), PIN("SIM PIN"), PUK("SIM PUK"), BLOCKED(null);

        private final String code;

        State(String code) {
            this.code = code;
        }

        /** @return the {@code <code>} of {@code +CPIN: <code>}; empty for a blocked card */
        Optional<String> code() {
            return Optional.ofNullable(code);
        }
    }

    /** What a PIN or PUK entry did. */
    enum Entry { ACCEPTED, WRONG, NOT_EXPECTED }

    static final int PIN_TRIES = 3;
    static final int PUK_TRIES = 10;

    private final String iccid;
    private final String imsi;
    private final String puk;
    private Optional<String> pin;
    private State state;
    private int pinTriesLeft = PIN_TRIES;
    private int pukTriesLeft = PUK_TRIES;

    SimCard(String iccid, String imsi, Optional<String> pin, String puk) {
        this.iccid = Objects.requireNonNull(iccid, "iccid");
        this.imsi = Objects.requireNonNull(imsi, "imsi");
        this.pin = Objects.requireNonNull(pin, "pin");
        this.puk = Objects.requireNonNull(puk, "puk");
        powerOn();
    }

    /** The card is powered again: a PIN-protected card locks; PUK and blocked states stay. */
    void powerOn() {
        if (state == State.PUK || state == State.BLOCKED) {
            return;
        }
        state = pin.isPresent() ? State.PIN : State.READY;
    }

    State state() {
        return state;
    }

    String iccid() {
        return iccid;
    }

    String imsi() {
        return imsi;
    }

    int pinTriesLeft() {
        return pinTriesLeft;
    }

    int pukTriesLeft() {
        return pukTriesLeft;
    }

    /**
     * AT+CPIN=<pin>.
     *
     * @param entered what the host typed
     * @return accepted, wrong (a try used up; the third wrong one asks for the PUK), or not
     *         expected when no PIN is being asked for
     */
    Entry enterPin(String entered) {
        if (state != State.PIN) {
            return Entry.NOT_EXPECTED;
        }
        if (pin.orElseThrow().equals(entered)) {
            pinTriesLeft = PIN_TRIES;
            state = State.READY;
            return Entry.ACCEPTED;
        }
        if (--pinTriesLeft == 0) {
            state = State.PUK;
        }
        return Entry.WRONG;
    }

    /**
     * AT+CPIN=<puk>,<newpin>.
     *
     * @param entered the PUK the host typed
     * @param newPin  the PIN to set
     * @return accepted, wrong (ten wrong ones block the card), or not expected when no PUK is
     *         being asked for
     */
    Entry enterPuk(String entered, String newPin) {
        if (state != State.PUK) {
            return Entry.NOT_EXPECTED;
        }
        if (puk.equals(entered)) {
            pin = Optional.of(newPin);
            pinTriesLeft = PIN_TRIES;
            pukTriesLeft = PUK_TRIES;
            state = State.READY;
            return Entry.ACCEPTED;
        }
        if (--pukTriesLeft == 0) {
            state = State.BLOCKED;
        }
        return Entry.WRONG;
    }

    /**
     * @return the ICCID as EF_ICCID holds it (TS 31.102 §4.1.1 / TS 51.011 §10.1.1): ten octets
     *         of swapped BCD, padded with F, as AT+CRSM reads it
     */
    String iccidAsStored() {
        StringBuilder digits = new StringBuilder(iccid);
        while (digits.length() < 20) {
            digits.append('F');
        }
        StringBuilder swapped = new StringBuilder(20);
        for (int i = 0; i < 20; i += 2) {
            swapped.append(digits.charAt(i + 1)).append(digits.charAt(i));
        }
        return swapped.toString();
    }
}

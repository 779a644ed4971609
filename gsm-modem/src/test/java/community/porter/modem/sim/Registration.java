package community.porter.modem.sim;

/** The network registration states of 27.007 +CREG {@code <stat>}. */
public enum Registration {
    /** 0: not registered, not searching (radio off, or no SIM). */
    NOT_REGISTERED(0),
    /** 1: registered on the home network. */
    HOME(1),
    /** 2: not registered, searching. */
    SEARCHING(2),
    /** 3: registration denied. */
    DENIED(3),
    /** 4: unknown. */
    UNKNOWN(4),
    /** 5: registered, roaming. */
    ROAMING(5);

    private final int code;

    Registration(int code) {
        this.code = code;
    }

    /** @return the {@code <stat>} */
    public int code() {
        return code;
    }

    /** @return whether messages can be sent: home or roaming */
    public boolean registered() {
        return this == HOME || this == ROAMING;
    }
}

package community.porter.modem.at;

import java.util.Locale;

/**
 * The {@code <stat>} of a stored message in +CMGL and +CMGR (3GPP TS 27.005 §3.1): a number in
 * PDU mode, words in text mode (some modems print the words in PDU mode too).
 */
public enum StoredStatus {
    RECEIVED_UNREAD(0, "REC UNREAD"),
    RECEIVED_READ(1, "REC READ"),
    STORED_UNSENT(2, "STO UNSENT"),
    STORED_SENT(3, "STO SENT"),
    /** A value the specification does not define. */
    UNKNOWN(-1, "");

    private final int code;
    private final String words;

    StoredStatus(int code, String words) {
        this.code = code;
        this.words = words;
    }

    /** @return the PDU-mode number, -1 for {@link #UNKNOWN} */
    public int code() {
        return code;
    }

    /**
     * @return whether it is a received message (rather than one stored to send)
     */
    public boolean received() {
        return this == RECEIVED_UNREAD || this == RECEIVED_READ;
    }

    static StoredStatus parse(String field) {
        String value = field.strip().toUpperCase(Locale.ROOT);
        for (StoredStatus status : values()) {
            if (status != UNKNOWN && (value.equals(String.valueOf(status.code)) || value.equals(status.words))) {
                return status;
            }
        }
        return UNKNOWN;
    }
}

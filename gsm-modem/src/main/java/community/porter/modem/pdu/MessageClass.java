package community.porter.modem.pdu;

/** The message class a data coding scheme may carry (TS 23.038 §4). */
public enum MessageClass {

    /** Class 0: shown at once and not stored ("flash SMS"). */
    CLASS_0,
    /** Class 1: stored in the mobile equipment (the modem's own memory). */
    CLASS_1,
    /** Class 2: SIM specific, stored on the SIM. */
    CLASS_2,
    /** Class 3: for the terminal equipment, i.e. the computer driving the modem. */
    CLASS_3;

    static MessageClass ofCode(int code) {
        return values()[code & 0x03];
    }

    int code() {
        return ordinal();
    }
}

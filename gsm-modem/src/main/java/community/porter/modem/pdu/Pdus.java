package community.porter.modem.pdu;

/** Checks the PDU records share. */
final class Pdus {

    private Pdus() {
    }

    static void checkOctet(int value, String what) {
        if (value < 0 || value > 0xFF) {
            throw new IllegalArgumentException(what + " " + value + " is not 0 to 255");
        }
    }

    static void checkCoding(DataCodingScheme dataCoding, UserData userData) {
        if (dataCoding.alphabet() != userData.alphabet()) {
            throw new IllegalArgumentException("TP-DCS 0x" + Integer.toHexString(dataCoding.value())
                    + " means " + dataCoding.alphabet() + ", but the user data is " + userData.alphabet());
        }
    }
}

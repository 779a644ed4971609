package community.porter.modem.pdu;

import java.io.ByteArrayOutputStream;

/** Collects the octets of a PDU being encoded, in order. */
final class PduWriter {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(176);

    /**
     * @param value an octet, 0 to 255
     * @return this writer
     * @throws IllegalArgumentException when the value does not fit an octet
     */
    PduWriter octet(int value) {
        if (value < 0 || value > 0xFF) {
            throw new IllegalArgumentException("octet value " + value + " is not 0 to 255");
        }
        out.write(value);
        return this;
    }

    /**
     * @param values octets to append
     * @return this writer
     */
    PduWriter octets(byte[] values) {
        out.writeBytes(values);
        return this;
    }

    /** @return octets written so far */
    int size() {
        return out.size();
    }

    /** @return a copy of the octets written */
    byte[] toByteArray() {
        return out.toByteArray();
    }
}

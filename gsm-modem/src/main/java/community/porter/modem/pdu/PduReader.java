package community.porter.modem.pdu;

import java.util.Arrays;

/**
 * A cursor over the octets of a PDU. Every read names the field it reads, so running off the end
 * becomes a {@link MalformedPduException} that says which field was cut short and where, never
 * an index out of bounds.
 */
final class PduReader {

    private final byte[] octets;
    private int position;

    /**
     * @param octets the whole PDU as the modem printed it
     * @param start  where reading starts
     */
    PduReader(byte[] octets, int start) {
        this.octets = octets;
        this.position = start;
    }

    /** @return the offset of the next octet to read */
    int position() {
        return position;
    }

    /** @return how many octets are left */
    int remaining() {
        return octets.length - position;
    }

    /**
     * @param field what the octet is, for the error message
     * @return the next octet, 0 to 255
     * @throws MalformedPduException when the PDU has ended
     */
    int octet(String field) {
        if (position >= octets.length) {
            throw MalformedPduException.at(position, field + " is missing: the PDU ends after "
                    + octets.length + " octets");
        }
        return octets[position++] & 0xFF;
    }

    /**
     * @param count how many octets the field has
     * @param field what the octets are, for the error message
     * @return a copy of the next {@code count} octets
     * @throws MalformedPduException when fewer are left
     */
    byte[] octets(int count, String field) {
        if (count > remaining()) {
            throw MalformedPduException.at(position, field + " needs " + count + " octets, only "
                    + remaining() + " left");
        }
        byte[] copy = Arrays.copyOfRange(octets, position, position + count);
        position += count;
        return copy;
    }
}

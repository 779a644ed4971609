package community.porter.modem.sim;

import java.util.Objects;

/**
 * A message in one of the modem's memories, as +CMGL and +CMGR show it.
 *
 * @param memory     {@code SM}, {@code ME} or {@code SR}
 * @param index      its place in the memory
 * @param status     27.005 {@code <stat>}: 0 received unread, 1 received read, 2 stored unsent,
 *                   3 stored sent
 * @param pdu        the PDU in hex, SMSC address field first, exactly as the modem prints it
 * @param tpduLength the {@code <length>} the modem prints with it
 */
public record StoredMessage(String memory, int index, int status, String pdu, int tpduLength) {

    /** 27.005 {@code <stat>} of a received message nobody has read yet. */
    public static final int RECEIVED_UNREAD = 0;
    /** 27.005 {@code <stat>} of a received message that was listed or read. */
    public static final int RECEIVED_READ = 1;
    /** 27.005 {@code <stat>} of a stored message not sent yet. */
    public static final int STORED_UNSENT = 2;
    /** 27.005 {@code <stat>} of a stored message that was sent. */
    public static final int STORED_SENT = 3;

    /** Requires the memory name and PDU. */
    public StoredMessage {
        Objects.requireNonNull(memory, "memory");
        Objects.requireNonNull(pdu, "pdu");
    }

    StoredMessage read() {
        return status == RECEIVED_UNREAD ? new StoredMessage(memory, index, RECEIVED_READ, pdu, tpduLength) : this;
    }
}

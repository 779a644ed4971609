package community.porter.modem.serial;

import java.io.IOException;
import java.time.Duration;

/**
 * A byte link to one modem: a serial port, a USB modem's tty, a pseudo-terminal. It only opens,
 * reads, writes and closes; what the bytes mean is the AT session's business.
 *
 * <p>One owner per link: the AT session that opened it reads from one thread and writes from
 * the thread whose command holds the session's turn, never two writers at once.
 */
public interface SerialLink extends AutoCloseable {

    /**
     * Opens the device.
     *
     * @throws IOException when it cannot be opened (missing, busy, no permission)
     */
    void open() throws IOException;

    /**
     * Reads what has arrived, waiting at most {@code timeout} for the first byte, so no reader
     * blocks forever.
     *
     * @param buffer  where to put the bytes
     * @param timeout the longest wait for the first byte
     * @return how many bytes were read, 0 when none came in time
     * @throws IOException when the link failed or was closed; the link is then unusable
     */
    int read(byte[] buffer, Duration timeout) throws IOException;

    /**
     * Writes all of {@code bytes}.
     *
     * @param bytes what to send
     * @throws IOException when the link failed, was closed or did not take the bytes in time
     */
    void write(byte[] bytes) throws IOException;

    /**
     * @return whether the link is open and has not failed
     */
    boolean isOpen();

    /** Closes the device; a reader waiting in {@link #read} returns soon after. Idempotent. */
    @Override
    void close();

    /**
     * @return what the link is, for logs and errors, e.g. {@code /dev/ttyUSB0@115200}
     */
    String description();
}

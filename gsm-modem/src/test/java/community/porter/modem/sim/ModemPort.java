package community.porter.modem.sim;

import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The modem's end of the serial line: the pty pair it is plugged into, one thread that reads
 * what the host sends and hands it on, another that writes what the modem says. Writes are queued, so a test thread that delivers an SMS
 * never blocks on a host that is not reading; past {@link #QUEUE_LIMIT} chunks output is dropped,
 * as a UART with nobody listening loses it.
 */
final class ModemPort implements AutoCloseable {

    /** Chunks of output held for a host that does not read before the port drops more. */
    static final int QUEUE_LIMIT = 4096;
    private static final byte[] STOP = new byte[0];

    private final PtyPair pty;
    private final InputStream in;
    private final OutputStream out;
    private final BlockingQueue<byte[]> outgoing = new LinkedBlockingQueue<>(QUEUE_LIMIT);
    private final AtomicLong dropped = new AtomicLong();
    private final Thread reader;
    private final Thread writer;
    private volatile boolean closing;

    /**
     * Opens the modem side of the pair and starts reading.
     *
     * @param pty      the pair; closed with this port
     * @param received gets each chunk the host sent, on the reader thread, in order
     * @param lost     runs once on the reader thread when the device goes away on its own
     */
    ModemPort(PtyPair pty, Consumer<byte[]> received, Runnable lost) {
        this.pty = pty;
        File device = pty.modemSide().toFile();
        try {
            this.in = new FileInputStream(device);
            this.out = new FileOutputStream(device);
        } catch (IOException e) {
            pty.close();
            throw new UncheckedIOException("cannot open " + device, e);
        }
        this.reader = new Thread(() -> read(received, lost), "modem-sim-read " + device);
        this.writer = new Thread(this::write, "modem-sim-write " + device);
        reader.setDaemon(true);
        writer.setDaemon(true);
        reader.start();
        writer.start();
    }

    /**
     * Queues bytes for the host.
     *
     * @param bytes what to send
     */
    void send(byte[] bytes) {
        if (bytes.length > 0 && !closing && !outgoing.offer(bytes)) {
            dropped.incrementAndGet();
        }
    }

    /** @return chunks dropped because the host did not read */
    long dropped() {
        return dropped.get();
    }

    private void read(Consumer<byte[]> received, Runnable lost) {
        byte[] buffer = new byte[1024];
        try {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                if (n > 0) {
                    received.accept(Arrays.copyOf(buffer, n));
                }
            }
        } catch (IOException e) {
            // EIO: socat went away, the pty with it.
        }
        if (!closing) {
            lost.run();
        }
    }

    private void write() {
        try {
            while (true) {
                byte[] bytes = outgoing.take();
                if (bytes == STOP) {
                    return;
                }
                out.write(bytes);
                out.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // The device is gone; the reader reports it.
        }
    }

    /** @return the pair the port is plugged into */
    PtyPair pty() {
        return pty;
    }

    /**
     * Stops both threads and the pty pair. A blocked read only returns when the pty goes, so the
     * pair is closed after marking the port closing, which keeps that from counting as lost.
     */
    @Override
    public void close() {
        closing = true;
        outgoing.clear();
        outgoing.offer(STOP);
        pty.close();
        try {
            writer.join(TimeUnit.SECONDS.toMillis(2));
            reader.join(TimeUnit.SECONDS.toMillis(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeQuietly(in);
        closeQuietly(out);
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // nothing left to do with a device that is gone
        }
    }
}

package community.porter.modem.serial;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * An in-memory {@link SerialLink} for tests: what the session writes goes synchronously to a
 * modem stand-in, and what the stand-in {@link #feed feeds} is what the session reads. Reads
 * can be cut to a few bytes each, to show that lines split across reads are put together.
 */
public final class PipeLink implements SerialLink {

    private final ByteArrayOutputStream incoming = new ByteArrayOutputStream();
    private volatile Consumer<byte[]> modem = bytes -> { };
    private int maxRead = Integer.MAX_VALUE;
    private boolean open;
    private boolean broken;
    private boolean closed;

    /**
     * @param modemSide what receives the bytes the session writes, on the writing thread
     */
    public void connect(Consumer<byte[]> modemSide) {
        this.modem = modemSide;
    }

    /**
     * @param bytes at most this many bytes per read
     */
    public synchronized void maxRead(int bytes) {
        this.maxRead = bytes;
    }

    /**
     * @param bytes what the modem sends
     */
    public synchronized void feed(byte[] bytes) {
        incoming.writeBytes(bytes);
        notifyAll();
    }

    /** The cable is pulled: reads and writes fail from now on. */
    public synchronized void breakLink() {
        broken = true;
        notifyAll();
    }

    /**
     * @return whether everything fed has been read
     */
    public synchronized boolean drained() {
        return incoming.size() == 0;
    }

    @Override
    public synchronized void open() throws IOException {
        if (broken) {
            throw new IOException("pipe is broken");
        }
        open = true;
    }

    @Override
    public synchronized int read(byte[] buffer, Duration timeout) throws IOException {
        long end = System.nanoTime() + timeout.toNanos();
        while (incoming.size() == 0 && !broken && !closed) {
            long left = end - System.nanoTime();
            if (left <= 0) {
                return 0;
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }
        if (broken || closed) {
            throw new IOException(broken ? "pipe is broken" : "pipe is closed");
        }
        byte[] all = incoming.toByteArray();
        int count = Math.min(Math.min(all.length, buffer.length), maxRead);
        System.arraycopy(all, 0, buffer, 0, count);
        incoming.reset();
        incoming.writeBytes(Arrays.copyOfRange(all, count, all.length));
        return count;
    }

    @Override
    public void write(byte[] bytes) throws IOException {
        synchronized (this) {
            if (broken || closed || !open) {
                throw new IOException("pipe is not open");
            }
        }
        modem.accept(bytes.clone());
    }

    @Override
    public synchronized boolean isOpen() {
        return open && !broken && !closed;
    }

    @Override
    public synchronized void close() {
        closed = true;
        notifyAll();
    }

    @Override
    public String description() {
        return "pipe";
    }
}

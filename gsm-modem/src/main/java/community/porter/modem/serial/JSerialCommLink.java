package community.porter.modem.serial;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortInvalidPortException;
import java.io.IOException;
import java.time.Duration;
import java.util.Objects;

/**
 * A {@link SerialLink} on a serial device through jSerialComm: a device path such as
 * {@code /dev/ttyUSB0}, {@code /dev/serial/by-id/...} (symlinks work), {@code COM3}, or a
 * pseudo-terminal. jSerialComm's port listing does not show pseudo-terminals, so the device is
 * always named by configuration.
 *
 * <p>Reads are semi-blocking: they return as soon as any byte arrived, or with nothing when the
 * timeout passes, so the reader thread can notice a close. Writes block at most the settings'
 * write timeout.
 */
public final class JSerialCommLink implements SerialLink {

    private final String device;
    private final SerialSettings settings;
    private volatile SerialPort port;
    private volatile boolean failed;
    private int readTimeoutMillis = -1;

    /**
     * @param device   the device path or port name
     * @param settings baud rate, framing and flow control
     */
    public JSerialCommLink(String device, SerialSettings settings) {
        this.device = Objects.requireNonNull(device, "device");
        this.settings = Objects.requireNonNull(settings, "settings");
        if (device.isBlank()) {
            throw new IllegalArgumentException("the serial device must be named");
        }
    }

    @Override
    public synchronized void open() throws IOException {
        if (port != null) {
            throw new IOException(description() + " is already open");
        }
        SerialPort candidate;
        try {
            candidate = SerialPort.getCommPort(device);
        } catch (SerialPortInvalidPortException e) {
            throw new IOException("no serial device " + device + ": " + e.getMessage(), e);
        }
        candidate.setComPortParameters(settings.baudRate(), settings.dataBits(), stopBits(), parity());
        candidate.setFlowControl(flowControl());
        int writeMillis = (int) Math.min(Integer.MAX_VALUE, settings.writeTimeout().toMillis());
        readTimeoutMillis = 100;
        candidate.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING,
                readTimeoutMillis, writeMillis);
        if (!candidate.openPort()) {
            throw new IOException("cannot open " + description() + " (error " + candidate.getLastErrorCode()
                    + "; is the device there, free and readable by this user?)");
        }
        failed = false;
        port = candidate;
    }

    @Override
    public int read(byte[] buffer, Duration timeout) throws IOException {
        SerialPort open = openPort();
        // jSerialComm reads "forever" with a timeout of 0, so never pass 0.
        int millis = (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis()));
        if (millis != readTimeoutMillis) {
            readTimeoutMillis = millis;
            open.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING,
                    millis, (int) Math.min(Integer.MAX_VALUE, settings.writeTimeout().toMillis()));
        }
        int count = open.readBytes(buffer, buffer.length, 0);
        if (count < 0) {
            failed = true;
            throw new IOException(description() + " failed or was closed while reading (error "
                    + open.getLastErrorCode() + ")");
        }
        return count;
    }

    @Override
    public void write(byte[] bytes) throws IOException {
        SerialPort open = openPort();
        int offset = 0;
        while (offset < bytes.length) {
            int written = open.writeBytes(bytes, bytes.length - offset, offset);
            if (written <= 0) {
                failed = true;
                throw new IOException(description() + " did not take " + (bytes.length - offset)
                        + " bytes (error " + open.getLastErrorCode() + ")");
            }
            offset += written;
        }
    }

    @Override
    public boolean isOpen() {
        SerialPort open = port;
        return open != null && !failed && open.isOpen();
    }

    @Override
    public synchronized void close() {
        SerialPort open = port;
        port = null;
        if (open != null) {
            open.closePort();
        }
    }

    @Override
    public String description() {
        return device + "@" + settings.baudRate();
    }

    private SerialPort openPort() throws IOException {
        SerialPort open = port;
        if (open == null) {
            throw new IOException(description() + " is not open");
        }
        return open;
    }

    private int stopBits() {
        return switch (settings.stopBits()) {
            case ONE -> SerialPort.ONE_STOP_BIT;
            case ONE_POINT_FIVE -> SerialPort.ONE_POINT_FIVE_STOP_BITS;
            case TWO -> SerialPort.TWO_STOP_BITS;
        };
    }

    private int parity() {
        return switch (settings.parity()) {
            case NONE -> SerialPort.NO_PARITY;
            case ODD -> SerialPort.ODD_PARITY;
            case EVEN -> SerialPort.EVEN_PARITY;
            case MARK -> SerialPort.MARK_PARITY;
            case SPACE -> SerialPort.SPACE_PARITY;
        };
    }

    private int flowControl() {
        return switch (settings.flowControl()) {
            case NONE -> SerialPort.FLOW_CONTROL_DISABLED;
            case RTS_CTS -> SerialPort.FLOW_CONTROL_RTS_ENABLED | SerialPort.FLOW_CONTROL_CTS_ENABLED;
            case XON_XOFF -> SerialPort.FLOW_CONTROL_XONXOFF_IN_ENABLED | SerialPort.FLOW_CONTROL_XONXOFF_OUT_ENABLED;
        };
    }
}

package community.porter.modem.serial;

import java.time.Duration;
import java.util.Objects;

/**
 * How a serial port is set up. The defaults suit nearly every GSM modem: 115200 baud, 8 data
 * bits, no parity, one stop bit (8N1) and no flow control. USB modems ignore the baud rate;
 * old RS-232 modems may need 9600 or hardware flow control.
 *
 * @param baudRate     bits per second, positive
 * @param dataBits     5 to 8
 * @param parity       the parity bit
 * @param stopBits     the stop bits
 * @param flowControl  hardware (RTS/CTS), software (XON/XOFF) or none
 * @param writeTimeout how long one write may wait for the port to take the bytes before the
 *                     link counts as failed (a stuck port must not hang a command forever)
 */
public record SerialSettings(int baudRate, int dataBits, Parity parity, StopBits stopBits,
        FlowControl flowControl, Duration writeTimeout) {

    /** 115200 baud, 8N1, no flow control, 5 s write timeout. */
    public static final SerialSettings DEFAULT =
            new SerialSettings(115_200, 8, Parity.NONE, StopBits.ONE, FlowControl.NONE, Duration.ofSeconds(5));

    /**
     * @throws IllegalArgumentException when a value is out of range
     */
    public SerialSettings {
        Objects.requireNonNull(parity, "parity");
        Objects.requireNonNull(stopBits, "stopBits");
        Objects.requireNonNull(flowControl, "flowControl");
        Objects.requireNonNull(writeTimeout, "writeTimeout");
        if (baudRate <= 0) {
            throw new IllegalArgumentException("baud rate must be positive, got " + baudRate);
        }
        if (dataBits < 5 || dataBits > 8) {
            throw new IllegalArgumentException("data bits must be 5 to 8, got " + dataBits);
        }
        if (writeTimeout.isNegative() || writeTimeout.isZero()) {
            throw new IllegalArgumentException("write timeout must be positive, got " + writeTimeout);
        }
    }

    /**
     * @param baud bits per second
     * @return these settings with another baud rate
     */
    public SerialSettings withBaudRate(int baud) {
        return new SerialSettings(baud, dataBits, parity, stopBits, flowControl, writeTimeout);
    }

    /**
     * @param control the flow control to use
     * @return these settings with another flow control
     */
    public SerialSettings withFlowControl(FlowControl control) {
        return new SerialSettings(baudRate, dataBits, parity, stopBits, control, writeTimeout);
    }

    /** The parity bit. */
    public enum Parity { NONE, ODD, EVEN, MARK, SPACE }

    /** The stop bits. */
    public enum StopBits { ONE, ONE_POINT_FIVE, TWO }

    /** Flow control. */
    public enum FlowControl {
        /** None: what GSM modems expect unless their manual says otherwise. */
        NONE,
        /** Hardware handshake on the RTS and CTS lines. */
        RTS_CTS,
        /** Software handshake with XON/XOFF characters; unusable with binary data. */
        XON_XOFF
    }
}

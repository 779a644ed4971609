package community.porter.modem.pdu;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The seven-octet time stamp of TS 23.040 §9.2.3.11, used by TP-SCTS, TP-DT and the absolute
 * TP-VP: year, month, day, hour, minute, second and time zone, each two decimal semi-octets with
 * the low nibble first (0x21 is 12).
 *
 * <p>The time zone is the local time's offset from UTC in quarters of an hour; bit 3 of its
 * octet (the top bit of the first semi-octet) is the sign, set for zones west of Greenwich:
 * 0x8A is −28 quarters, −07:00. Two-digit years are read as 1970 to 2069.
 */
final class TimestampCodec {

    /** Octets a time stamp takes. */
    static final int LENGTH = 7;

    private static final int FIRST_YEAR = 1970;
    private static final int QUARTER_SECONDS = 15 * 60;

    private TimestampCodec() {
    }

    /**
     * @param reader at the first octet of the time stamp
     * @param field  the field's name for error messages, e.g. {@code TP-SCTS}
     * @return the local time with its offset
     * @throws MalformedPduException when the octets are cut short, a semi-octet is not a decimal
     *                               digit, or the fields are not a real date, time or offset
     */
    static OffsetDateTime read(PduReader reader, String field) {
        int at = reader.position();
        byte[] octets = reader.octets(LENGTH, field);
        int[] values = new int[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            int low = octets[i] & 0x0F;
            int high = (octets[i] & 0xF0) >>> 4;
            if (i == LENGTH - 1) {
                low &= 0x07; // the sign bit is not part of the tens digit
            }
            if (low > 9 || high > 9) {
                throw MalformedPduException.at(at + i, String.format(
                        "%s octet %d (0x%02X) is not two decimal semi-octets", field, i + 1, octets[i] & 0xFF));
            }
            values[i] = low * 10 + high;
        }
        boolean west = (octets[LENGTH - 1] & 0x08) != 0;
        int year = values[0] + (values[0] < FIRST_YEAR % 100 ? 2000 : 1900);
        try {
            ZoneOffset offset = ZoneOffset.ofTotalSeconds((west ? -1 : 1) * values[6] * QUARTER_SECONDS);
            return OffsetDateTime.of(year, values[1], values[2], values[3], values[4], values[5], 0, offset);
        } catch (DateTimeException e) {
            throw MalformedPduException.at(at, field + " is not a valid time: " + e.getMessage(), e);
        }
    }

    /**
     * Writes a time stamp; fractions of a second are dropped.
     *
     * @param writer where it goes
     * @param time   a time from 1970 to 2069 whose offset is whole quarters of an hour
     * @throws IllegalArgumentException when the year or the offset cannot be written
     */
    static void write(PduWriter writer, OffsetDateTime time) {
        if (time.getYear() < FIRST_YEAR || time.getYear() >= FIRST_YEAR + 100) {
            throw new IllegalArgumentException("year " + time.getYear() + " is not " + FIRST_YEAR
                    + " to " + (FIRST_YEAR + 99) + ", the years two digits can carry");
        }
        int offsetSeconds = time.getOffset().getTotalSeconds();
        if (offsetSeconds % QUARTER_SECONDS != 0) {
            throw new IllegalArgumentException("offset " + time.getOffset()
                    + " is not a whole number of quarter hours");
        }
        int quarters = Math.abs(offsetSeconds / QUARTER_SECONDS);
        writer.octet(swapped(time.getYear() % 100))
                .octet(swapped(time.getMonthValue()))
                .octet(swapped(time.getDayOfMonth()))
                .octet(swapped(time.getHour()))
                .octet(swapped(time.getMinute()))
                .octet(swapped(time.getSecond()))
                .octet(swapped(quarters) | (offsetSeconds < 0 ? 0x08 : 0));
    }

    /** Two decimal digits as semi-octets, the tens in the low nibble. */
    private static int swapped(int value) {
        return (value % 10) << 4 | value / 10;
    }
}

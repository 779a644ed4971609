package community.porter.modem.at;

import java.util.OptionalInt;

/**
 * The answer to AT+CSQ (3GPP TS 27.007 §8.5): {@code +CSQ: <rssi>,<ber>}.
 *
 * @param rssi 0 to 31 in steps of 2 dBm from −113 dBm, 99 when not known; 100 to 191 on
 *             TD-SCDMA modems (−116 to −25 dBm), 199 when not known
 * @param ber  bit error rate class 0 to 7, 99 when not known
 */
public record SignalQuality(int rssi, int ber) {

    /**
     * @return the received signal strength in dBm, empty when the modem does not know it (no
     *         network); 31 means −51 dBm or more
     */
    public OptionalInt dbm() {
        if (rssi >= 0 && rssi <= 31) {
            return OptionalInt.of(-113 + 2 * rssi);
        }
        if (rssi >= 100 && rssi <= 191) {
            return OptionalInt.of(rssi - 216);
        }
        return OptionalInt.empty();
    }

    /**
     * @param value the text after {@code +CSQ:}
     * @return the signal quality; unknown (99,99) when the text is not two numbers
     */
    static SignalQuality parse(String value) {
        var fields = AtFields.split(value);
        int rssi = AtFields.number(fields.get(0)).orElse(99);
        int ber = fields.size() > 1 ? AtFields.number(fields.get(1)).orElse(99) : 99;
        return new SignalQuality(rssi, ber);
    }
}

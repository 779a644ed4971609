package community.porter.gateway;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The GSM modems Porter drives ({@code porter.modems[n].*}). None by default.
 *
 * @param modems               one entry per modem
 * @param modemPortCandidates where a modem whose port disappeared is looked for by its IMEI or
 *                            ICCID, as after USB re-enumeration
 *                            ({@code porter.modem-port-candidates}): absolute paths whose last
 *                            name may be a glob; default {@code /dev/ttyUSB*} and
 *                            {@code /dev/ttyACM*}
 * @param modemPool           how every pool watches its modems ({@code porter.modem-pool.*})
 */
@Validated
@ConfigurationProperties("porter")
public record ModemProperties(@Valid @DefaultValue List<Modem> modems,
        @NotNull @DefaultValue({"/dev/ttyUSB*", "/dev/ttyACM*"})
        List<@Pattern(regexp = "/.+", message = "must be an absolute path") String> modemPortCandidates,
        @Valid @NotNull @DefaultValue Pool modemPool) {

    /**
     * Timings of every modem pool.
     *
     * @param sweepInterval       how often each modem's storage is listed for messages whose
     *                            indication was missed or whose handling failed; default 60 s
     * @param concatTimeout       how long the missing parts of a long message are waited for;
     *                            default 10 minutes
     * @param commandTimeout      the deadline of an ordinary AT command; default 5 s
     * @param sendTimeout         the deadline of AT+CMGS once the message is written: the network
     *                            can take long; default 60 s
     * @param timeoutsBeforeReset commands in a row without an answer before the modem is reset
     *                            and its port re-opened; default 2
     */
    public record Pool(
            @NotNull @DefaultValue("60s") Duration sweepInterval,
            @NotNull @DefaultValue("10m") Duration concatTimeout,
            @NotNull @DefaultValue("5s") Duration commandTimeout,
            @NotNull @DefaultValue("60s") Duration sendTimeout,
            @Positive @DefaultValue("2") int timeoutsBeforeReset) {
    }

    /**
     * One modem on a serial port.
     *
     * @param name          its name in logs, health and delivery reports; default {@code modem<n>}
     *                      by position
     * @param port          the serial device, e.g. {@code /dev/ttyUSB2}; prefer a stable
     *                      {@code /dev/serial/by-id/...} link
     * @param pin           the SIM PIN; empty when the SIM has none
     * @param pool          the pool it belongs to, its endpoint {@code gsm:<pool>}; default
     *                      {@code modems}
     * @param baud          the port's speed; default 115200
     * @param ratePerMinute most message parts it sends per minute, 0 for no limit; default 0
     * @param storage       where received messages are kept until Porter stored them: {@code SM}
     *                      (SIM), {@code ME} (modem) or {@code MT} (both); default SM
     * @param imei          the IMEI expected on this port; empty for any. Set it and a modem that
     *                      moved to another port after a re-plug is not used in its place; when
     *                      the port is gone, the modem with this IMEI is looked for under
     *                      {@code modemPortCandidates} (without it, under the IMEI learnt at start)
     * @param iccid         the ICCID of the SIM expected; empty for any
     */
    public record Modem(
            String name,
            @NotBlank String port,
            @NotNull @DefaultValue("") @Pattern(regexp = "|[0-9]{4,8}", message = "must be 4 to 8 digits") String pin,
            @NotNull @DefaultValue("modems") @Pattern(regexp = "[A-Za-z0-9_.-]+",
                    message = "must be letters, digits, '.', '_' or '-'") String pool,
            @Positive @DefaultValue("115200") int baud,
            @Min(0) @DefaultValue("0") int ratePerMinute,
            @NotNull @DefaultValue("SM") @Pattern(regexp = "SM|ME|MT", message = "must be SM, ME or MT") String storage,
            @NotNull @DefaultValue("") @Pattern(regexp = "|[0-9]{14,16}", message = "must be an IMEI") String imei,
            @NotNull @DefaultValue("") @Pattern(regexp = "|[0-9A-Fa-f]{18,22}", message = "must be an ICCID") String iccid) {

        /**
         * @param index the modem's position in the list
         * @return its name, or {@code modem<index>} when none was given
         */
        public String nameOr(int index) {
            return name == null || name.isBlank() ? "modem" + index : name;
        }
    }
}

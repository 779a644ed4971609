package community.porter.modem.at;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The unsolicited result codes a session recognises. A line one of them matches is routed to the
 * listener even in the middle of another command's answer, unless the running command expects
 * that very prefix as its own answer (AT+CREG? and {@code +CREG:}, AT+CPIN? and
 * {@code +CPIN:}).
 *
 * <p>{@link #defaults()} covers 3GPP TS 27.005 and 27.007 and the makers whose modems Porter
 * meets, from their AT command manuals: Huawei (the {@code ^} codes), Sierra Wireless/Wavecom
 * ({@code +WIND}), ZTE ({@code +Z...}), SIMCom (the start-up and power lines) and Quectel
 * ({@code +QIND}, {@code +QUSIM}). Add a code with {@link #with(UrcPattern...)}.
 */
public final class UrcTable {

    private static final UrcTable DEFAULTS = new UrcTable(List.of(
            // 3GPP TS 27.005 §3.4.1: indications of new messages and status reports; in PDU
            // mode +CMT, +CDS and +CBM carry the PDU on a second line.
            UrcPattern.prefix("+CMTI:"), UrcPattern.prefix("+CDSI:"), UrcPattern.prefix("+CBMI:"),
            UrcPattern.twoLine("+CMT:"), UrcPattern.twoLine("+CDS:"), UrcPattern.twoLine("+CBM:"),
            // 3GPP TS 27.007: calls, registration, indicators, time zone, USSD, packet events;
            // +CPIN and +CFUN come on their own after a reset on SIMCom and Quectel modems.
            UrcPattern.line("RING"), UrcPattern.prefix("+CRING:"), UrcPattern.line("NO CARRIER"),
            UrcPattern.prefix("+CLIP:"), UrcPattern.prefix("+CCWA:"),
            UrcPattern.prefix("+CREG:"), UrcPattern.prefix("+CGREG:"), UrcPattern.prefix("+CEREG:"),
            UrcPattern.prefix("+CIEV:"), UrcPattern.prefix("+CTZV:"), UrcPattern.prefix("+CTZE:"),
            UrcPattern.prefix("+CUSD:"), UrcPattern.prefix("+CGEV:"),
            UrcPattern.prefix("+CPIN:"), UrcPattern.prefix("+CFUN:"),
            // Huawei AT command interface specifications (e.g. MU509, E3372).
            UrcPattern.prefix("^RSSI:"), UrcPattern.prefix("^HCSQ:"), UrcPattern.prefix("^MODE:"),
            UrcPattern.prefix("^BOOT:"), UrcPattern.prefix("^SRVST:"), UrcPattern.prefix("^SIMST:"),
            UrcPattern.prefix("^DSFLOWRPT:"), UrcPattern.prefix("^SMMEMFULL:"), UrcPattern.prefix("^STIN:"),
            UrcPattern.prefix("^NDISSTAT:"), UrcPattern.prefix("^ORIG:"), UrcPattern.prefix("^CONF:"),
            UrcPattern.prefix("^CONN:"), UrcPattern.prefix("^CEND:"), UrcPattern.line("^SYSSTART"),
            // Sierra Wireless / Wavecom: general indications.
            UrcPattern.prefix("+WIND:"), UrcPattern.prefix("+STIN:"),
            // ZTE: domain, service mode and USIM state reports.
            UrcPattern.prefix("+ZDONR:"), UrcPattern.prefix("+ZPASR:"), UrcPattern.prefix("+ZUSIMR:"),
            // SIMCom (SIM800/SIM7600 manuals): start-up and power supply lines, network time.
            UrcPattern.line("RDY"), UrcPattern.line("Call Ready"), UrcPattern.line("SMS Ready"),
            UrcPattern.line("PB DONE"), UrcPattern.prefix("*PSUTTZ:"), UrcPattern.prefix("DST:"),
            UrcPattern.line("NORMAL POWER DOWN"), UrcPattern.line("UNDER-VOLTAGE POWER DOWN"),
            UrcPattern.line("UNDER-VOLTAGE WARNNING"), UrcPattern.line("OVER-VOLTAGE POWER DOWN"),
            UrcPattern.line("OVER-VOLTAGE WARNNING"), UrcPattern.prefix("+CMTE:"),
            // Quectel (UC15, EC2x manuals): indications, USIM state, power down.
            UrcPattern.prefix("+QIND:"), UrcPattern.prefix("+QUSIM:"), UrcPattern.line("POWERED DOWN")));

    private final List<UrcPattern> patterns;

    private UrcTable(List<UrcPattern> patterns) {
        this.patterns = List.copyOf(patterns);
    }

    /**
     * @return the standard codes and the common makers' codes
     */
    public static UrcTable defaults() {
        return DEFAULTS;
    }

    /**
     * @param patterns the codes to recognise, and no others
     * @return a table of exactly these
     */
    public static UrcTable of(List<UrcPattern> patterns) {
        return new UrcTable(patterns);
    }

    /**
     * @param more codes to recognise as well
     * @return this table with them
     */
    public UrcTable with(UrcPattern... more) {
        List<UrcPattern> all = new ArrayList<>(patterns);
        all.addAll(List.of(more));
        return new UrcTable(all);
    }

    /**
     * @return the codes, in the order they are tried
     */
    public List<UrcPattern> patterns() {
        return patterns;
    }

    /**
     * @param line a stripped line from the modem
     * @return the first pattern that recognises it
     */
    public Optional<UrcPattern> match(String line) {
        for (UrcPattern pattern : patterns) {
            if (pattern.matches(line)) {
                return Optional.of(pattern);
            }
        }
        return Optional.empty();
    }
}

package community.porter.modem.at;

import java.util.List;
import java.util.Locale;

/**
 * The maker's AT habits that matter to Porter, chosen from the AT+CGMI/AT+CGMM answer.
 *
 * <p>New-message indications: every maker's manual lists {@code AT+CNMI=2,1,0,2,0} among the
 * accepted values (mode 2: hold codes while a command runs and send them after, so none is
 * lost; mt 1: {@code +CMTI} for a stored message; ds 2: {@code +CDSI} for a stored status
 * report), but firmware differs in what it really takes, so each dialect lists fall-backs tried
 * in order when the modem answers ERROR: status reports routed directly as {@code +CDS}
 * (harmless, as Porter selects message service 0 with AT+CSMS=0, which needs no +CNMA
 * acknowledgement), then mode 1, which drops codes while a command runs (the stored messages
 * are found by the next AT+CMGL sweep).
 *
 * <p>Reset: 27.007's {@code AT+CFUN=1,1} restarts the modem with full functionality on Huawei,
 * ZTE, SIMCom and Quectel modems; Wavecom's AT commands interface guide has {@code AT+CFUN=1}
 * restart the product; a modem of unknown make gets {@code ATZ}, which every V.250 modem
 * takes, though it only restores the stored settings and does not restart the radio.
 */
public enum ModemDialect {
    /** A modem Porter has no special knowledge of. */
    GENERIC("ATZ"),
    /** Huawei (E-series sticks, MU/ME modules). */
    HUAWEI("AT+CFUN=1,1"),
    /** Sierra Wireless and Wavecom (Fastrack, Q24). */
    SIERRA_WAVECOM("AT+CFUN=1"),
    /** ZTE (MF sticks, ME modules). */
    ZTE("AT+CFUN=1,1"),
    /** SIMCom (SIM800, SIM7600). */
    SIMCOM("AT+CFUN=1,1"),
    /** Quectel (M35, UC15, EC2x). */
    QUECTEL("AT+CFUN=1,1");

    private static final List<String> INDICATIONS = List.of("2,1,0,2,0", "2,1,0,1,0", "1,1,0,2,0", "1,1,0,1,0");

    private final String resetCommand;

    ModemDialect(String resetCommand) {
        this.resetCommand = resetCommand;
    }

    /**
     * @param manufacturer the answer to AT+CGMI
     * @param model        the answer to AT+CGMM
     * @return the dialect, {@link #GENERIC} when neither names a known maker
     */
    public static ModemDialect recognise(String manufacturer, String model) {
        String both = (manufacturer + " " + model).toLowerCase(Locale.ROOT);
        if (both.contains("huawei")) {
            return HUAWEI;
        }
        if (both.contains("sierra") || both.contains("wavecom")) {
            return SIERRA_WAVECOM;
        }
        if (both.contains("zte")) {
            return ZTE;
        }
        if (both.contains("simcom")) {
            return SIMCOM;
        }
        if (both.contains("quectel")) {
            return QUECTEL;
        }
        return GENERIC;
    }

    /**
     * @return the AT+CNMI parameters to try, best first
     */
    public List<String> newMessageIndications() {
        return INDICATIONS;
    }

    /**
     * @return the command that restarts the modem
     */
    public String resetCommand() {
        return resetCommand;
    }
}

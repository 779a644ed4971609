package community.porter.modem.sim;

import java.util.Arrays;

/**
 * The settings a host changes with AT commands, as they are after power-up, ATZ or AT&amp;F.
 * A plain holder; the modem guards it.
 */
final class ModemSettings {

    boolean echo = true;
    /** AT+CMEE: 0 plain ERROR, 1 numeric +CME ERROR, 2 verbose. */
    int errorMode;
    /** AT+CSCS. */
    String characterSet = "IRA";
    /** AT+CMGF: 0 PDU mode, 1 text mode. */
    int messageFormat;
    /** AT+CNMI: mode, mt, bm, ds, bfr. */
    int[] newMessageIndications;
    /** AT+CREG: 0 off, 1 +CREG: stat, 2 with location. */
    int registrationReports;
    /** AT+CSMS service. */
    int messageService;
    /** AT+CPMS: read/list/delete, write/send, receive. */
    String[] memories = {"SM", "SM", "SM"};
    /** AT+CFUN: 0 minimum, 1 full, 4 radio off. */
    int functionality = 1;
    /** Whether the family's own unsolicited reports are on (Huawei ^CURC, Wavecom +WIND). */
    boolean familyReports = true;
    /** Wavecom AT+WIND indication mask. */
    int windMask = 0x3FFF;

    static ModemSettings powerUp(Dialect dialect) {
        ModemSettings settings = new ModemSettings();
        settings.errorMode = dialect.defaultErrorMode();
        settings.newMessageIndications = Arrays.stream(dialect.defaultNewMessageIndications().split(","))
                .mapToInt(Integer::parseInt).toArray();
        return settings;
    }

    /** @return 27.005 {@code <mt>}: 0 none, 1 +CMTI, 2 +CMT, 3 class 3 as +CMT */
    int deliveryIndication() {
        return newMessageIndications[0] == 0 ? 0 : newMessageIndications[1];
    }

    /** @return 27.005 {@code <ds>}: 0 none, 1 +CDS, 2 +CDSI */
    int statusReportIndication() {
        return newMessageIndications[0] == 0 ? 0 : newMessageIndications[3];
    }
}

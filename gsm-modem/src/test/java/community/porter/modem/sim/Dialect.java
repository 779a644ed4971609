package community.porter.modem.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How one family of modems talks beyond what 3GPP TS 27.005/27.007 fix: what it prints when it
 * powers up and registers, the unsolicited lines it scatters between answers, how it gives the
 * ICCID, where its message indexes start, and a few defaults.
 *
 * <p>Line formats and identifiers are taken from the makers' published AT command manuals, named
 * on each constant. The firmware strings are plausible examples, not captures of one device.
 */
public enum Dialect {

    /**
     * Huawei E173/E3372-style USB sticks ("HUAWEI UMTS Datacard Modem AT Command Interface
     * Specification"; "HUAWEI MU609 HSPA LGA Module AT Command Interface Specification"):
     * {@code ^RSSI}, {@code ^MODE}, {@code ^SRVST}, {@code ^BOOT}, {@code ^SIMST} and
     * {@code ^SMMEMFULL} reports, which {@code AT^CURC=0} turns off; the ICCID from
     * {@code AT^ICCID?}. The sticks' firmware writes these reports without a space after the
     * colon. Message indexes start at 0.
     */
    HUAWEI("huawei", "E173", "11.126.85.00.209", "35715604", 0, "0,0,0,0,0", 0, false),

    /**
     * Wavecom/Sierra Wireless Fastrack-style modems ("AT Commands Interface Guide" of the Wavecom
     * firmware, Sierra Wireless): {@code +WIND: <event>} indications (1 SIM inserted, 3 ready
     * except for SIM services, 4 ready for all commands, 7 emergency calls possible, 10 phonebook
     * status) that {@code AT+WIND=0} turns off; the ICCID from {@code AT+CCID} as
     * {@code +CCID: "<iccid>"}.
     */
    WAVECOM("WAVECOM MODEM", "MULTIBAND  900E  1800", "R7.46.0.FXT009", "35180900", 1, "0,0,0,0,0", 0, false),

    /**
     * ZTE MF-series USB sticks (ZTE's published AT command set for its MF data cards):
     * {@code +ZUSIMR}, {@code +ZPASR}, {@code +ZDONR} and {@code +ZEND} reports; the ICCID from
     * {@code AT+ZGETICCID}, {@code AT+ICCID}, or read as EF_ICCID with {@code AT+CRSM}.
     */
    ZTE("ZTE INCORPORATED", "MF626", "BD_TMOP673M3V1.0.0B03", "86260300", 1, "0,0,0,0,0", 0, false),

    /**
     * Quectel LTE modules ("Quectel EC2x&EG9x Series AT Commands Manual"): {@code RDY},
     * {@code +CFUN: 1}, {@code +CPIN: READY}, {@code +QUSIM: 1}, {@code +QIND: SMS DONE} and
     * {@code +QIND: PB DONE} after power-up, {@code +QIND: "csq",…} and {@code +QIND: "act",…}
     * reports; the ICCID from {@code AT+QCCID}. New message indications are on from power-up
     * ({@code +CNMI: 2,1,0,0,0}) and numeric errors too ({@code +CMEE: 1}). Message indexes
     * start at 0; reading a free place answers a bare {@code OK}.
     */
    QUECTEL("Quectel", "EC25", "EC25EFAR06A06M4G", "86681503", 0, "2,1,0,0,0", 1, true),

    /**
     * SIMCom GSM modules ("SIM800 Series AT Command Manual"): {@code RDY}, {@code +CFUN: 1},
     * {@code +CPIN: READY}, {@code Call Ready} and {@code SMS Ready} after power-up, network
     * time ({@code *PSUTTZ}, {@code DST}) and {@code UNDER-VOLTAGE WARNNING} (so spelt) reports;
     * the ICCID from {@code AT+CCID} as a bare line. Reading a free place answers a bare
     * {@code OK}.
     */
    SIMCOM("SIMCOM_Ltd", "SIMCOM_SIM800L", "Revision:1418B04SIM800L24", "86247703", 1, "2,1,0,0,0", 0, true);

    private final String manufacturer;
    private final String model;
    private final String revision;
    private final String typeAllocationCode;
    private final int firstIndex;
    private final String defaultNewMessageIndications;
    private final int defaultErrorMode;
    private final boolean freePlaceReadsOk;

    Dialect(String manufacturer, String model, String revision, String typeAllocationCode, int firstIndex,
            String defaultNewMessageIndications, int defaultErrorMode, boolean freePlaceReadsOk) {
        this.manufacturer = manufacturer;
        this.model = model;
        this.revision = revision;
        this.typeAllocationCode = typeAllocationCode;
        this.firstIndex = firstIndex;
        this.defaultNewMessageIndications = defaultNewMessageIndications;
        this.defaultErrorMode = defaultErrorMode;
        this.freePlaceReadsOk = freePlaceReadsOk;
    }

    /** @return what AT+CGMI answers */
    public String manufacturer() {
        return manufacturer;
    }

    /** @return what AT+CGMM answers */
    public String model() {
        return model;
    }

    /** @return what AT+CGMR answers */
    public String revision() {
        return revision;
    }

    /** @return the eight digits an IMEI of this family starts with */
    String typeAllocationCode() {
        return typeAllocationCode;
    }

    /** @return the index of the first place of a message memory, 0 or 1 */
    public int firstIndex() {
        return firstIndex;
    }

    /** @return the AT+CNMI settings after power-up */
    String defaultNewMessageIndications() {
        return defaultNewMessageIndications;
    }

    /** @return the AT+CMEE setting after power-up */
    int defaultErrorMode() {
        return defaultErrorMode;
    }

    /** @return whether AT+CMGR of a free place answers OK, rather than +CMS ERROR: 321 */
    boolean freePlaceReadsOk() {
        return freePlaceReadsOk;
    }

    /**
     * @param simReady whether the SIM asks for no PIN
     * @return the lines after power-up, before any registration
     */
    List<String> bootLines(boolean simReady) {
        List<String> lines = new ArrayList<>();
        switch (this) {
            case HUAWEI -> lines.addAll(List.of("^BOOT:20952851,0,0,0,72", "^SIMST:1", "^SRVST:0"));
            case WAVECOM -> lines.addAll(List.of("+WIND: 1", "+WIND: 7", "+WIND: 3"));
            case ZTE -> lines.addAll(List.of("+ZUSIMR:2", "+ZPASR: \"No Service\""));
            case QUECTEL, SIMCOM -> lines.addAll(List.of("RDY", "+CFUN: 1", simReady ? "+CPIN: READY" : "+CPIN: SIM PIN"));
        }
        if (simReady) {
            lines.addAll(simServiceLines());
        }
        return lines;
    }

    /** @return the lines once the SIM is unlocked at power-up or by AT+CPIN */
    List<String> simReadyLines() {
        List<String> lines = new ArrayList<>();
        if (this == QUECTEL || this == SIMCOM) {
            lines.add("+CPIN: READY");
        }
        lines.addAll(simServiceLines());
        return lines;
    }

    private List<String> simServiceLines() {
        return switch (this) {
            case WAVECOM -> List.of("+WIND: 4");
            case QUECTEL -> List.of("+QUSIM: 1", "+QIND: SMS DONE", "+QIND: PB DONE");
            case SIMCOM -> List.of("Call Ready", "SMS Ready");
            default -> List.of();
        };
    }

    /**
     * @param network the network the modem registered on
     * @return the family's own lines on registering (27.007's +CREG comes on its own)
     */
    List<String> registeredLines(Network network) {
        return switch (this) {
            case HUAWEI -> List.of("^SRVST:2", "^MODE:5,4", "^RSSI:" + network.rssi());
            case ZTE -> List.of("+ZPASR: \"UMTS\"", zdonr(network));
            case SIMCOM -> List.of("*PSUTTZ: 24,5,17,8,30,12,\"+32\",0", "DST: 0");
            default -> List.of();
        };
    }

    /**
     * @param network the network the modem is on
     * @return the unsolicited lines the family scatters about, taken in turn by
     *         {@link SimulatedModem#noise()}
     */
    List<String> noiseLines(Network network) {
        return switch (this) {
            case HUAWEI -> List.of("^RSSI:" + network.rssi(), "^MODE:5,4", "^BOOT:20952851,0,0,0,72", "^SRVST:2");
            case WAVECOM -> List.of("+WIND: 7", "+WIND: 10,\"SM\",1,\"FD\",1,\"ON\",1,\"SN\",0,\"EN\",0", "+WIND: 4");
            case ZTE -> List.of("+ZUSIMR:2", "+ZPASR: \"UMTS\"", zdonr(network), "+ZEND");
            case QUECTEL -> List.of("+QIND: \"csq\"," + network.rssi() + ",99", "+QIND: \"act\",\"LTE\"");
            case SIMCOM -> List.of("DST: 0", "*PSUTTZ: 24,5,17,8,30,12,\"+32\",0", "UNDER-VOLTAGE WARNNING");
        };
    }

    /**
     * @param memory the memory that filled up
     * @return the family's report that a message memory is full, if it has one
     */
    Optional<String> memoryFullLine(String memory) {
        return switch (this) {
            case HUAWEI -> Optional.of("^SMMEMFULL: \"" + memory + "\"");
            case QUECTEL -> Optional.of("+QIND: \"smsfull\",\"" + memory + "\"");
            default -> Optional.empty();
        };
    }

    private static String zdonr(Network network) {
        return "+ZDONR: \"" + network.operator() + "\"," + network.mcc() + "," + network.mnc() + ",\"CS_PS\",\"ROAM_OFF\"";
    }

    /**
     * The network the simulated modem sees.
     *
     * @param operator the operator's long name
     * @param mcc      mobile country code
     * @param mnc      mobile network code
     * @param rssi     the 27.007 {@code <rssi>}, 0 to 31 or 99
     */
    record Network(String operator, int mcc, int mnc, int rssi) {
    }
}

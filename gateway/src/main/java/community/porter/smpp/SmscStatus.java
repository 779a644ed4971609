package community.porter.smpp;

import java.util.Map;

/** Names of SMPP command_status values for logs and rejection reasons. */
final class SmscStatus {

    /** ESME_RTHROTTLED: the SMSC wants fewer messages per second. */
    static final int THROTTLED = 0x58;
    /** ESME_RMSGQFUL: the SMSC's queue (or the destination's) is full. */
    static final int MESSAGE_QUEUE_FULL = 0x14;
    /** ESME_RX_T_APPN: temporary application error; the peer delivers again later. */
    static final int TEMPORARY_APP_ERROR = 0x64;

    private static final Map<Integer, String> NAMES = Map.ofEntries(
            Map.entry(0x00, "ESME_ROK"),
            Map.entry(0x01, "ESME_RINVMSGLEN"),
            Map.entry(0x02, "ESME_RINVCMDLEN"),
            Map.entry(0x03, "ESME_RINVCMDID"),
            Map.entry(0x04, "ESME_RINVBNDSTS"),
            Map.entry(0x05, "ESME_RALYBND"),
            Map.entry(0x08, "ESME_RSYSERR"),
            Map.entry(0x0A, "ESME_RINVSRCADR"),
            Map.entry(0x0B, "ESME_RINVDSTADR"),
            Map.entry(0x0D, "ESME_RBINDFAIL"),
            Map.entry(0x0E, "ESME_RINVPASWD"),
            Map.entry(0x0F, "ESME_RINVSYSID"),
            Map.entry(0x14, "ESME_RMSGQFUL"),
            Map.entry(0x43, "ESME_RINVESMCLASS"),
            Map.entry(0x45, "ESME_RSUBMITFAIL"),
            Map.entry(0x48, "ESME_RINVSRCTON"),
            Map.entry(0x49, "ESME_RINVSRCNPI"),
            Map.entry(0x50, "ESME_RINVDSTTON"),
            Map.entry(0x51, "ESME_RINVDSTNPI"),
            Map.entry(0x58, "ESME_RTHROTTLED"),
            Map.entry(0x62, "ESME_RINVEXPIRY"),
            Map.entry(0x64, "ESME_RX_T_APPN"),
            Map.entry(0x65, "ESME_RX_P_APPN"),
            Map.entry(0x66, "ESME_RX_R_APPN"),
            Map.entry(0xC0, "ESME_RINVOPTPARSTREAM"),
            Map.entry(0xC1, "ESME_ROPTPARNOTALLWD"),
            Map.entry(0xC2, "ESME_RINVPARLEN"),
            Map.entry(0xC3, "ESME_RMISSINGOPTPARAM"),
            Map.entry(0xC4, "ESME_RINVOPTPARAMVAL"),
            Map.entry(0xFF, "ESME_RUNKNOWNERR"));

    private SmscStatus() {
    }

    /** @return e.g. {@code ESME_RINVDSTADR}, or {@code 0x00000400} for a vendor-specific status */
    static String name(int commandStatus) {
        String name = NAMES.get(commandStatus);
        return name != null ? name : String.format("0x%08X", commandStatus);
    }
}

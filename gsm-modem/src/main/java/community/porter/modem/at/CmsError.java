package community.porter.modem.at;

import java.util.Locale;
import java.util.Optional;

/**
 * The common message service errors of {@code +CMS ERROR: <err>}: 0 to 127 are the RP-cause
 * values of 3GPP TS 24.011 Annex E the network answered a send with, 128 to 255 the TP-FCS
 * values of TS 23.040 §9.2.3.22, 300 and up the modem's own errors of TS 27.005 §3.2.5.
 *
 * <p>{@link #temporary()} says whether trying again later (or on another modem) may succeed,
 * so a sender can tell "retry later" from "rejected".
 */
public enum CmsError {
    UNASSIGNED_NUMBER(1, "unassigned (unallocated) number", false),
    OPERATOR_DETERMINED_BARRING(8, "operator determined barring", false),
    CALL_BARRED(10, "call barred", false),
    SHORT_MESSAGE_TRANSFER_REJECTED(21, "short message transfer rejected", false),
    DESTINATION_OUT_OF_ORDER(27, "destination out of order", true),
    UNIDENTIFIED_SUBSCRIBER(28, "unidentified subscriber", false),
    FACILITY_REJECTED(29, "facility rejected", false),
    UNKNOWN_SUBSCRIBER(30, "unknown subscriber", false),
    NETWORK_OUT_OF_ORDER(38, "network out of order", true),
    TEMPORARY_FAILURE(41, "temporary failure", true),
    CONGESTION(42, "congestion", true),
    RESOURCES_UNAVAILABLE(47, "resources unavailable, unspecified", true),
    FACILITY_NOT_SUBSCRIBED(50, "requested facility not subscribed", false),
    FACILITY_NOT_IMPLEMENTED(69, "requested facility not implemented", false),
    INVALID_TRANSFER_REFERENCE(81, "invalid short message transfer reference value", false),
    SEMANTICALLY_INCORRECT_MESSAGE(95, "semantically incorrect message", false),
    INVALID_MANDATORY_INFORMATION(96, "invalid mandatory information", false),
    PROTOCOL_ERROR(111, "protocol error, unspecified", false),
    INTERWORKING_UNSPECIFIED(127, "interworking, unspecified", true),
    SC_BUSY(192, "SC busy", true),
    NO_SC_SUBSCRIPTION(193, "no SC subscription", false),
    SC_SYSTEM_FAILURE(194, "SC system failure", true),
    INVALID_SME_ADDRESS(195, "invalid SME address", false),
    DESTINATION_SME_BARRED(196, "destination SME barred", false),
    SIM_SMS_STORAGE_FULL(208, "SIM SMS storage full", true),
    MEMORY_CAPACITY_EXCEEDED(211, "memory capacity exceeded", true),
    SIM_APPLICATION_TOOLKIT_BUSY(212, "SIM application toolkit busy", true),
    ME_FAILURE(300, "ME failure", true),
    SMS_SERVICE_RESERVED(301, "SMS service of ME reserved", true),
    OPERATION_NOT_ALLOWED(302, "operation not allowed", false),
    OPERATION_NOT_SUPPORTED(303, "operation not supported", false),
    INVALID_PDU_MODE_PARAMETER(304, "invalid PDU mode parameter", false),
    INVALID_TEXT_MODE_PARAMETER(305, "invalid text mode parameter", false),
    SIM_NOT_INSERTED(310, "SIM not inserted", true),
    SIM_PIN_REQUIRED(311, "SIM PIN required", true),
    PH_SIM_PIN_REQUIRED(312, "PH-SIM PIN required", true),
    SIM_FAILURE(313, "SIM failure", true),
    SIM_BUSY(314, "SIM busy", true),
    SIM_WRONG(315, "SIM wrong", true),
    SIM_PUK_REQUIRED(316, "SIM PUK required", true),
    SIM_PIN2_REQUIRED(317, "SIM PIN2 required", true),
    SIM_PUK2_REQUIRED(318, "SIM PUK2 required", true),
    MEMORY_FAILURE(320, "memory failure", true),
    INVALID_MEMORY_INDEX(321, "invalid memory index", false),
    MEMORY_FULL(322, "memory full", true),
    SMSC_ADDRESS_UNKNOWN(330, "SMSC address unknown", true),
    NO_NETWORK_SERVICE(331, "no network service", true),
    NETWORK_TIMEOUT(332, "network timeout", true),
    NO_CNMA_EXPECTED(340, "no +CNMA acknowledgement expected", false),
    UNKNOWN_ERROR(500, "unknown error", true);

    private final int code;
    private final String text;
    private final boolean temporary;

    CmsError(int code, String text, boolean temporary) {
        this.code = code;
        this.text = text;
        this.temporary = temporary;
    }

    /** @return the number */
    public int code() {
        return code;
    }

    /** @return the words of the specification that defines it */
    public String text() {
        return text;
    }

    /**
     * @return whether the condition may pass (network, SIM or modem state), so trying again
     *         later or elsewhere makes sense; false when the message or destination itself was
     *         refused
     */
    public boolean temporary() {
        return temporary;
    }

    /**
     * @param code a number from {@code +CMS ERROR:}
     * @return the error, empty when it is not one of the common ones
     */
    public static Optional<CmsError> of(int code) {
        for (CmsError error : values()) {
            if (error.code == code) {
                return Optional.of(error);
            }
        }
        return Optional.empty();
    }

    /**
     * @param text words from {@code +CMS ERROR:}, in any case
     * @return the error, empty when the words are not the specification's
     */
    public static Optional<CmsError> ofText(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        for (CmsError error : values()) {
            if (error.text.toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(error);
            }
        }
        return Optional.empty();
    }
}

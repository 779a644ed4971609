package community.porter.gateway;

import community.porter.smpp.SmscMessageIds;
import community.porter.sms.codec.ConcatScheme;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The operator SMSCs Porter binds to ({@code porter.smpp.connections[n].*}). None by default.
 *
 * @param connections one entry per SMPP connection
 */
@Validated
@ConfigurationProperties("porter.smpp")
public record SmppProperties(@Valid @DefaultValue List<Connection> connections) {

    /**
     * One SMPP connection.
     *
     * @param name                its name in logs, health and routing, and its endpoint
     *                            {@code smsc:<name>}; default {@code smsc<n>} by position
     * @param host                the SMSC's host
     * @param port                the SMSC's port; default 2775
     * @param systemId            the system_id Porter binds with
     * @param password            the bind password
     * @param systemType          the system_type of the bind; default empty
     * @param bindType            {@code TRANSCEIVER}, or {@code TRANSMITTER} / {@code RECEIVER}
     *                            for an SMSC that wants two binds (configure both, with
     *                            different names); default TRANSCEIVER
     * @param window              submit/deliver PDUs that may await a response at once; default 10
     * @param throughput          message parts per second Porter may submit, 0 for no limit;
     *                            default 0
     * @param enquireLinkInterval keep-alive interval; default 30 s
     * @param moIdTlv             tag of the TLV in which this SMSC sends its own id of each
     *                            mobile-originated message (e.g. {@code 0x1401}); with it, a
     *                            re-delivered copy is recognised by id; blank when the SMSC sends
     *                            none
     * @param messageIdFormat     how this SMSC writes message ids in submit_sm_resp and in the
     *                            receipted_message_id TLV of receipts: {@code HEX} or
     *                            {@code DECIMAL} (compared as numbers, so {@code 00A1} matches
     *                            {@code a1}) or {@code AS_IS}; default AS_IS
     * @param receiptIdFormat     how it writes the {@code id:} field of text receipts, when that
     *                            differs from messageIdFormat (some SMSCs answer in hex and report
     *                            in decimal); default: as messageIdFormat
     * @param receiptTimeZone     the time zone of the dates in text receipts; default UTC
     * @param concatScheme        how a long outbound text is sent: {@code UDH8} (default) or
     *                            {@code UDH16} (a submit_sm per part with a concatenation header),
     *                            {@code SAR} (a submit_sm per part with sar_* TLVs) or
     *                            {@code PAYLOAD} (one submit_sm with the whole text in
     *                            message_payload, split by the SMSC)
     * @param concatTimeout       how long after its first part a long inbound message is waited
     *                            for before what came is handled, marked incomplete; default 2
     *                            minutes
     */
    public record Connection(
            String name,
            @NotBlank String host,
            @Min(1) @Max(65535) @DefaultValue("2775") int port,
            @NotBlank String systemId,
            @NotNull @DefaultValue("") String password,
            @NotNull @DefaultValue("") String systemType,
            @NotNull @DefaultValue("TRANSCEIVER") BindType bindType,
            @Positive @DefaultValue("10") int window,
            @Min(0) @DefaultValue("0") int throughput,
            @NotNull @DefaultValue("30s") Duration enquireLinkInterval,
            @Pattern(regexp = "|(0x[0-9a-fA-F]{1,4})|[0-9]{1,5}", message = "must be a TLV tag such as 0x1401")
            @DefaultValue("") String moIdTlv,
            @NotNull @DefaultValue("AS_IS") SmscMessageIds.IdFormat messageIdFormat,
            SmscMessageIds.IdFormat receiptIdFormat,
            @NotNull @DefaultValue("UTC") ZoneId receiptTimeZone,
            @NotNull @DefaultValue("UDH8") ConcatScheme concatScheme,
            @NotNull @DefaultValue("2m") Duration concatTimeout) {

        /** The connection's name, or {@code smsc<index>} when none is configured. */
        public String nameOr(int index) {
            return name == null || name.isBlank() ? "smsc" + index : name;
        }

        /** The TLV tag as a number, or null when none is configured. */
        public Integer moIdTlvTag() {
            if (moIdTlv == null || moIdTlv.isBlank()) {
                return null;
            }
            return moIdTlv.startsWith("0x") ? Integer.parseInt(moIdTlv.substring(2), 16) : Integer.parseInt(moIdTlv);
        }
    }

    /** How Porter binds: one session both ways, or one of a send-only and receive-only pair. */
    public enum BindType { TRANSCEIVER, TRANSMITTER, RECEIVER }
}

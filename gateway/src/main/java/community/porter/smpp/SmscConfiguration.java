package community.porter.smpp;

import community.porter.sms.AcceptanceJournal;
import community.porter.sms.AckListener;
import community.porter.sms.PendingPartStore;
import community.porter.sms.codec.ConcatScheme;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/**
 * Every option of one SMSC connection and of the endpoints that use it, with its default. The
 * component keeps one per named connection ({@link SmscComponent#addConnection}); an endpoint
 * URI copies it and may override options ({@code smsc:main?windowSize=20}).
 *
 * <p>Options marked <em>connection</em> are fixed by whichever endpoint opens the connection
 * first; a second endpoint naming the same connection with different connection options is
 * refused at start-up, because two endpoints silently sharing a bind made with someone else's
 * settings would be worse than an error.
 */
@UriParams
public class SmscConfiguration implements Cloneable {

    /** How the ESME binds. */
    public enum BindType {
        /** One session both sends and receives. */
        TRANSCEIVER,
        /** Send only; pair with a RECEIVER connection under another name. */
        TRANSMITTER,
        /** Receive only; pair with a TRANSMITTER connection under another name. */
        RECEIVER
    }

    /** Which validity_period form submit_sm carries. */
    public enum ValidityFormat {
        /** Relative {@code YYMMDDhhmmss000R}: immune to clock and time-zone differences. */
        RELATIVE,
        /** Absolute {@code YYMMDDhhmmsstnnp} in UTC. */
        ABSOLUTE
    }

    /** Host name or address of the SMSC (connection). */
    @UriParam(label = "connection", defaultValue = "localhost")
    @Metadata(important = true)
    private String host = "localhost";

    /** TCP port of the SMSC (connection). */
    @UriParam(label = "connection", defaultValue = "2775")
    private int port = 2775;

    /** system_id to bind with (connection). */
    @UriParam(label = "connection")
    @Metadata(important = true)
    private String systemId;

    /** Password to bind with (connection). */
    @UriParam(label = "connection,security", secret = true)
    @Metadata(secret = true)
    private String password;

    /** system_type to bind with; empty when the SMSC does not ask for one (connection). */
    @UriParam(label = "connection")
    private String systemType;

    /** Bind type (connection). TRANSMITTER and RECEIVER are used as two connections with different names. */
    @UriParam(label = "connection", defaultValue = "TRANSCEIVER")
    private BindType bindType = BindType.TRANSCEIVER;

    /** Requests Porter keeps outstanding without a response, and deliver_sm it processes at once (connection). */
    @UriParam(label = "connection", defaultValue = "10")
    private int windowSize = 10;

    /** How long a submit waits for a free window slot before it fails as throttled (connection). */
    @UriParam(label = "connection", defaultValue = "5s", javaType = "java.time.Duration")
    private Duration windowWaitTimeout = Duration.ofSeconds(5);

    /** Interval of enquire_link keep-alives; an unanswered one counts as a lost connection (connection). */
    @UriParam(label = "connection", defaultValue = "30s", javaType = "java.time.Duration")
    private Duration enquireLinkInterval = Duration.ofSeconds(30);

    /** How long the TCP connect and the bind_resp are waited for (connection). */
    @UriParam(label = "connection", defaultValue = "10s", javaType = "java.time.Duration")
    private Duration bindTimeout = Duration.ofSeconds(10);

    /** How long a submit_sm_resp (and enquire_link_resp) is waited for; after it the outcome is unknown (connection). */
    @UriParam(label = "connection", defaultValue = "10s", javaType = "java.time.Duration")
    private Duration responseTimeout = Duration.ofSeconds(10);

    /** First wait before re-binding after a lost or refused bind; doubled on each failure (connection). */
    @UriParam(label = "connection", defaultValue = "1s", javaType = "java.time.Duration")
    private Duration reconnectInitialDelay = Duration.ofSeconds(1);

    /** Longest wait between re-bind attempts (connection). */
    @UriParam(label = "connection", defaultValue = "60s", javaType = "java.time.Duration")
    private Duration reconnectMaxDelay = Duration.ofSeconds(60);

    /** Most submit_sm per second on this connection, as agreed with the operator; 0 for no limit (connection). */
    @UriParam(label = "connection", defaultValue = "0")
    private int throughput;

    /**
     * How long the connection reports itself throttled after the SMSC answered ESME_RTHROTTLED or
     * ESME_RMSGQFUL, so the outbound routes prefer another connection meanwhile (connection).
     */
    @UriParam(label = "connection", defaultValue = "1s", javaType = "java.time.Duration")
    private Duration throttlePause = Duration.ofSeconds(1);

    /** Source address when an OutboundSms has none: the service number or an alphanumeric sender. */
    @UriParam(label = "producer")
    private String sourceAddress;

    /** TON of the source address unless it is written +E.164 (then 1) or is alphanumeric (then 5). */
    @UriParam(label = "producer", defaultValue = "0")
    private byte sourceTon;

    /** NPI of the source address unless it is alphanumeric (then 0). */
    @UriParam(label = "producer", defaultValue = "1")
    private byte sourceNpi = 1;

    /** Whether data_coding 0 means the GSM 03.38 default alphabet (true) or Latin-1 (false), as this SMSC reads it. */
    @UriParam(label = "common", defaultValue = "true")
    private boolean defaultDataCodingIsGsm = true;

    /**
     * Most parts one outbound text may take; longer texts are rejected. With concatScheme
     * PAYLOAD the parts are those the SMSC will make of the one submit_sm.
     */
    @UriParam(label = "producer", defaultValue = "6")
    private int maxParts = 6;

    /**
     * How a long outbound text is sent: UDH8 or UDH16 (one submit_sm per part, a concatenation
     * header in each), SAR (one submit_sm per part, sar_* TLVs), or PAYLOAD (one submit_sm with
     * the whole text in the message_payload TLV, which the SMSC splits; it takes one slot of the
     * throughput limit, which counts submit_sm).
     */
    @UriParam(label = "producer", defaultValue = "UDH8")
    private ConcatScheme concatScheme = ConcatScheme.UDH8;

    /** Whether submit_sm asks for a delivery receipt (for messages that want one). */
    @UriParam(label = "producer", defaultValue = "true")
    private boolean requestReceipts = true;

    /** Form of validity_period sent for messages with a validUntil. */
    @UriParam(label = "producer", defaultValue = "RELATIVE")
    private ValidityFormat validityFormat = ValidityFormat.RELATIVE;

    /** How this SMSC writes message ids in submit_sm_resp (and receipted_message_id): HEX, DECIMAL or AS_IS. */
    @UriParam(label = "common", defaultValue = "AS_IS")
    private SmscMessageIds.IdFormat messageIdFormat = SmscMessageIds.IdFormat.AS_IS;

    /** How this SMSC writes the id: field of text receipts, when it differs from messageIdFormat (some write it in decimal). */
    @UriParam(label = "consumer")
    private SmscMessageIds.IdFormat receiptIdFormat;

    /** Time zone of the dates in text delivery receipts. */
    @UriParam(label = "consumer", defaultValue = "UTC")
    private String receiptTimeZone = "UTC";

    /** TLV tag (decimal or 0x hex, e.g. 0x1401) in which this SMSC sends its own id of an MO; becomes InboundSms.transportId. */
    @UriParam(label = "consumer")
    private String moIdTlv;

    /**
     * How long after its first part a long MO is waited for before what came of it is passed on,
     * marked incomplete. Counted from when the part arrived, so parts kept before a restart run
     * out on time after it.
     */
    @UriParam(label = "consumer", defaultValue = "2m", javaType = "java.time.Duration")
    private Duration concatTimeout = Duration.ofMinutes(2);

    /**
     * Bean keeping the parts of long MOs until their whole message is stored; each part is kept
     * before its deliver_sm_resp is sent. Connections of one SMSC account should share one, so
     * that parts coming over different binds join. Without one, parts wait in memory, shared by
     * the component's connections, and a restart loses those of unfinished messages.
     */
    @UriParam(label = "consumer")
    private PendingPartStore pendingPartStore;

    /** Bean told whether the deliver_sm_resp of a stored MO (exchange header PorterInboxId) went out. */
    @UriParam(label = "consumer")
    private AckListener ackListener;

    /**
     * Bean told of every part the SMSC accepts, as soon as its submit_sm_resp arrives, so that a
     * restart after a crash sends only what was not accepted. Without one, nothing is journaled.
     */
    @UriParam(label = "producer")
    private AcceptanceJournal acceptanceJournal = AcceptanceJournal.NONE;

    /** @return a copy an endpoint may change without touching the component's. */
    public SmscConfiguration copy() {
        try {
            return (SmscConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    /** The options that define the bind itself; endpoints sharing a connection must agree on them. */
    String connectionKey() {
        return String.join("|", host, String.valueOf(port), String.valueOf(systemId), String.valueOf(systemType),
                bindType.name(), String.valueOf(windowSize), String.valueOf(throughput));
    }

    /** @return the {@link #getMoIdTlv()} tag as a number, or {@code null} when none is set. */
    Short moIdTlvTag() {
        if (moIdTlv == null || moIdTlv.isBlank()) {
            return null;
        }
        int tag = Integer.decode(moIdTlv.trim());
        if (tag < 0 || tag > 0xFFFF) {
            throw new IllegalArgumentException("moIdTlv " + moIdTlv + " is not a 16-bit TLV tag");
        }
        return (short) tag;
    }

    /** @return the format of receipt ids, falling back to the submit id format. */
    SmscMessageIds.IdFormat effectiveReceiptIdFormat() {
        return receiptIdFormat != null ? receiptIdFormat : messageIdFormat;
    }

    ZoneId receiptZone() {
        return ZoneId.of(receiptTimeZone);
    }

    /** Fails fast on settings that cannot work, naming the option. */
    void validate(String connectionName) {
        String where = "smsc connection '" + connectionName + "': ";
        Objects.requireNonNull(host, where + "host must be set");
        require(port > 0 && port < 65536, where + "port " + port + " is not a TCP port");
        require(windowSize >= 1, where + "windowSize must be at least 1");
        require(maxParts >= 1 && maxParts <= 255, where + "maxParts must be 1 to 255");
        require(throughput >= 0, where + "throughput must not be negative");
        for (Duration d : new Duration[] {windowWaitTimeout, enquireLinkInterval, bindTimeout, responseTimeout,
                reconnectInitialDelay, reconnectMaxDelay, concatTimeout}) {
            require(d != null && !d.isNegative() && !d.isZero(), where + "durations must be positive");
        }
        require(reconnectMaxDelay.compareTo(reconnectInitialDelay) >= 0,
                where + "reconnectMaxDelay must not be shorter than reconnectInitialDelay");
        require(throttlePause != null && !throttlePause.isNegative(), where + "throttlePause must not be negative");
        moIdTlvTag();
        receiptZone();
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    public String getHost() { return host; }
    public void setHost(String host) { this.host = host; }
    public int getPort() { return port; }
    public void setPort(int port) { this.port = port; }
    public String getSystemId() { return systemId; }
    public void setSystemId(String systemId) { this.systemId = systemId; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getSystemType() { return systemType; }
    public void setSystemType(String systemType) { this.systemType = systemType; }
    public BindType getBindType() { return bindType; }
    public void setBindType(BindType bindType) { this.bindType = bindType; }
    public int getWindowSize() { return windowSize; }
    public void setWindowSize(int windowSize) { this.windowSize = windowSize; }
    public Duration getWindowWaitTimeout() { return windowWaitTimeout; }
    public void setWindowWaitTimeout(Duration windowWaitTimeout) { this.windowWaitTimeout = windowWaitTimeout; }
    public Duration getEnquireLinkInterval() { return enquireLinkInterval; }
    public void setEnquireLinkInterval(Duration enquireLinkInterval) { this.enquireLinkInterval = enquireLinkInterval; }
    public Duration getBindTimeout() { return bindTimeout; }
    public void setBindTimeout(Duration bindTimeout) { this.bindTimeout = bindTimeout; }
    public Duration getResponseTimeout() { return responseTimeout; }
    public void setResponseTimeout(Duration responseTimeout) { this.responseTimeout = responseTimeout; }
    public Duration getReconnectInitialDelay() { return reconnectInitialDelay; }
    public void setReconnectInitialDelay(Duration reconnectInitialDelay) { this.reconnectInitialDelay = reconnectInitialDelay; }
    public Duration getReconnectMaxDelay() { return reconnectMaxDelay; }
    public void setReconnectMaxDelay(Duration reconnectMaxDelay) { this.reconnectMaxDelay = reconnectMaxDelay; }
    public int getThroughput() { return throughput; }
    public void setThroughput(int throughput) { this.throughput = throughput; }
    public Duration getThrottlePause() { return throttlePause; }
    public void setThrottlePause(Duration throttlePause) { this.throttlePause = throttlePause; }
    public String getSourceAddress() { return sourceAddress; }
    public void setSourceAddress(String sourceAddress) { this.sourceAddress = sourceAddress; }
    public byte getSourceTon() { return sourceTon; }
    public void setSourceTon(byte sourceTon) { this.sourceTon = sourceTon; }
    public byte getSourceNpi() { return sourceNpi; }
    public void setSourceNpi(byte sourceNpi) { this.sourceNpi = sourceNpi; }
    public boolean isDefaultDataCodingIsGsm() { return defaultDataCodingIsGsm; }
    public void setDefaultDataCodingIsGsm(boolean defaultDataCodingIsGsm) { this.defaultDataCodingIsGsm = defaultDataCodingIsGsm; }
    public int getMaxParts() { return maxParts; }
    public void setMaxParts(int maxParts) { this.maxParts = maxParts; }
    public ConcatScheme getConcatScheme() { return concatScheme; }
    public void setConcatScheme(ConcatScheme concatScheme) { this.concatScheme = concatScheme; }
    public boolean isRequestReceipts() { return requestReceipts; }
    public void setRequestReceipts(boolean requestReceipts) { this.requestReceipts = requestReceipts; }
    public ValidityFormat getValidityFormat() { return validityFormat; }
    public void setValidityFormat(ValidityFormat validityFormat) { this.validityFormat = validityFormat; }
    public SmscMessageIds.IdFormat getMessageIdFormat() { return messageIdFormat; }
    public void setMessageIdFormat(SmscMessageIds.IdFormat messageIdFormat) { this.messageIdFormat = messageIdFormat; }
    public SmscMessageIds.IdFormat getReceiptIdFormat() { return receiptIdFormat; }
    public void setReceiptIdFormat(SmscMessageIds.IdFormat receiptIdFormat) { this.receiptIdFormat = receiptIdFormat; }
    public String getReceiptTimeZone() { return receiptTimeZone; }
    public void setReceiptTimeZone(String receiptTimeZone) { this.receiptTimeZone = receiptTimeZone; }
    public String getMoIdTlv() { return moIdTlv; }
    public void setMoIdTlv(String moIdTlv) { this.moIdTlv = moIdTlv; }
    public Duration getConcatTimeout() { return concatTimeout; }
    public void setConcatTimeout(Duration concatTimeout) { this.concatTimeout = concatTimeout; }
    public PendingPartStore getPendingPartStore() { return pendingPartStore; }
    public void setPendingPartStore(PendingPartStore pendingPartStore) { this.pendingPartStore = pendingPartStore; }
    public AckListener getAckListener() { return ackListener; }
    public void setAckListener(AckListener ackListener) { this.ackListener = ackListener; }
    public AcceptanceJournal getAcceptanceJournal() { return acceptanceJournal; }
    public void setAcceptanceJournal(AcceptanceJournal acceptanceJournal) {
        this.acceptanceJournal = acceptanceJournal == null ? AcceptanceJournal.NONE : acceptanceJournal;
    }
}

package community.porter.modem.camel;

import community.porter.sms.AcceptanceJournal;
import community.porter.sms.AckListener;
import community.porter.sms.PendingPartStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/**
 * Every option of one modem pool and of the endpoints that use it. The component keeps one per
 * named pool ({@link GsmComponent#addPool}); an endpoint URI copies it and may override options
 * ({@code gsm:modems?sweepInterval=30s}).
 */
@UriParams
public class GsmConfiguration implements Cloneable {

    /** The modems of the pool; each is opened, initialised and watched on its own. */
    @UriParam(label = "common")
    private List<ModemConfig> modems = new ArrayList<>();

    /**
     * How often the stored messages are listed (AT+CMGL) besides the sweep at start: picks up
     * messages whose +CMTI was missed, whose exchange failed, and long messages whose parts
     * waited longer than {@link #concatTimeout}.
     */
    @UriParam(label = "consumer", defaultValue = "60s", javaType = "java.time.Duration")
    private Duration sweepInterval = Duration.ofSeconds(60);

    /**
     * How long the parts of a long message wait on the modem for the rest; after that the
     * message is passed on with what came, marked incomplete.
     */
    @UriParam(label = "consumer", defaultValue = "10m", javaType = "java.time.Duration")
    private Duration concatTimeout = Duration.ofMinutes(10);

    /** Deadline of an ordinary AT command. */
    @UriParam(defaultValue = "5s", javaType = "java.time.Duration")
    private Duration commandTimeout = Duration.ofSeconds(5);

    /** Deadline of AT+CMGS, from Ctrl-Z to {@code +CMGS:}; the network may take a while. */
    @UriParam(label = "producer", defaultValue = "60s", javaType = "java.time.Duration")
    private Duration sendTimeout = Duration.ofSeconds(60);

    /** Commands in a row without an answer before a modem is reset and its port reopened. */
    @UriParam(defaultValue = "2")
    private int timeoutsBeforeReset = 2;

    /** First wait before reopening a modem that failed; doubled on every failure in a row. */
    @UriParam(label = "advanced", defaultValue = "1s", javaType = "java.time.Duration")
    private Duration reopenDelay = Duration.ofSeconds(1);

    /** Longest wait between two tries to reopen a modem. */
    @UriParam(label = "advanced", defaultValue = "60s", javaType = "java.time.Duration")
    private Duration maxReopenDelay = Duration.ofSeconds(60);

    /**
     * Where a modem whose port disappeared is looked for, as after USB re-enumeration: absolute
     * paths whose last name may be a glob. Each existing port that no other modem holds is asked
     * for its IMEI (or ICCID), and the modem moves to the one that answers with its own: the one
     * configured, else the one learnt when it first started. Checked on every try to reopen.
     */
    @UriParam(label = "advanced", defaultValue = "/dev/ttyUSB*,/dev/ttyACM*")
    private List<String> portCandidates = new ArrayList<>(List.of("/dev/ttyUSB*", "/dev/ttyACM*"));

    /**
     * Sends only through the modem of this name, and is ready only while it runs. The outbound
     * routes name a modem so: a message whose first parts one modem sent continues on it
     * ({@code OutboundSms#pinnedTo()} is the modem's name). Empty for the whole pool.
     */
    @UriParam(label = "producer")
    private String modem;

    /**
     * Told when the delete that acknowledges a stored message to the modem went out, or could
     * not; none by default.
     */
    @UriParam(label = "consumer,advanced")
    private AckListener ackListener;

    /**
     * Where parts of long messages could be kept. A modem needs none: the parts stay in its
     * storage until the whole message is stored and only then are deleted, which survives a
     * restart. Accepted so the pool is configured like the {@code smsc} component.
     */
    @UriParam(label = "consumer,advanced")
    private PendingPartStore pendingPartStore;

    /**
     * Told of the parts a modem accepted as soon as a send returns, before the outbox records
     * them, so that a restart after a crash does not send them again; none by default.
     */
    @UriParam(label = "producer,advanced")
    private AcceptanceJournal acceptanceJournal = AcceptanceJournal.NONE;

    /** @return a copy whose modem list can be changed apart from this one's */
    public GsmConfiguration copy() {
        try {
            GsmConfiguration copy = (GsmConfiguration) super.clone();
            copy.modems = new ArrayList<>(modems);
            copy.portCandidates = new ArrayList<>(portCandidates);
            return copy;
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param pool the pool's name, for the message
     * @throws IllegalArgumentException when an option is out of range or two modems share a name
     */
    public void validate(String pool) {
        if (modems.stream().map(ModemConfig::name).distinct().count() != modems.size()) {
            throw new IllegalArgumentException("gsm pool '" + pool + "': two modems have the same name");
        }
        if (modems.stream().map(ModemConfig::port).distinct().count() != modems.size()) {
            throw new IllegalArgumentException("gsm pool '" + pool + "': two modems use the same port");
        }
        positive(pool, sweepInterval, "sweepInterval");
        positive(pool, concatTimeout, "concatTimeout");
        positive(pool, commandTimeout, "commandTimeout");
        positive(pool, sendTimeout, "sendTimeout");
        positive(pool, reopenDelay, "reopenDelay");
        positive(pool, maxReopenDelay, "maxReopenDelay");
        if (modem != null && modems.stream().noneMatch(m -> m.name().equals(modem))) {
            throw new IllegalArgumentException("gsm pool '" + pool + "' has no modem '" + modem + "'");
        }
        if (portCandidates == null || portCandidates.stream().anyMatch(c -> c == null || !c.startsWith("/"))) {
            throw new IllegalArgumentException("gsm pool '" + pool + "': portCandidates are absolute paths, got "
                    + portCandidates);
        }
        if (timeoutsBeforeReset < 1) {
            throw new IllegalArgumentException("gsm pool '" + pool + "': timeoutsBeforeReset must be at least 1");
        }
    }

    private static void positive(String pool, Duration value, String name) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("gsm pool '" + pool + "': " + name + " must be positive, got " + value);
        }
    }

    public List<ModemConfig> getModems() {
        return modems;
    }

    public void setModems(List<ModemConfig> modems) {
        this.modems = new ArrayList<>(modems);
    }

    public Duration getSweepInterval() {
        return sweepInterval;
    }

    public void setSweepInterval(Duration sweepInterval) {
        this.sweepInterval = sweepInterval;
    }

    public Duration getConcatTimeout() {
        return concatTimeout;
    }

    public void setConcatTimeout(Duration concatTimeout) {
        this.concatTimeout = concatTimeout;
    }

    public Duration getCommandTimeout() {
        return commandTimeout;
    }

    public void setCommandTimeout(Duration commandTimeout) {
        this.commandTimeout = commandTimeout;
    }

    public Duration getSendTimeout() {
        return sendTimeout;
    }

    public void setSendTimeout(Duration sendTimeout) {
        this.sendTimeout = sendTimeout;
    }

    public int getTimeoutsBeforeReset() {
        return timeoutsBeforeReset;
    }

    public void setTimeoutsBeforeReset(int timeoutsBeforeReset) {
        this.timeoutsBeforeReset = timeoutsBeforeReset;
    }

    public Duration getReopenDelay() {
        return reopenDelay;
    }

    public void setReopenDelay(Duration reopenDelay) {
        this.reopenDelay = reopenDelay;
    }

    public Duration getMaxReopenDelay() {
        return maxReopenDelay;
    }

    public void setMaxReopenDelay(Duration maxReopenDelay) {
        this.maxReopenDelay = maxReopenDelay;
    }

    public List<String> getPortCandidates() {
        return portCandidates;
    }

    public void setPortCandidates(List<String> portCandidates) {
        this.portCandidates = portCandidates == null ? null : new ArrayList<>(portCandidates);
    }

    public String getModem() {
        return modem;
    }

    public void setModem(String modem) {
        this.modem = modem;
    }

    public AckListener getAckListener() {
        return ackListener;
    }

    public void setAckListener(AckListener ackListener) {
        this.ackListener = ackListener;
    }

    public PendingPartStore getPendingPartStore() {
        return pendingPartStore;
    }

    public void setPendingPartStore(PendingPartStore pendingPartStore) {
        this.pendingPartStore = pendingPartStore;
    }

    public AcceptanceJournal getAcceptanceJournal() {
        return acceptanceJournal;
    }

    public void setAcceptanceJournal(AcceptanceJournal acceptanceJournal) {
        this.acceptanceJournal = acceptanceJournal == null ? AcceptanceJournal.NONE : acceptanceJournal;
    }
}

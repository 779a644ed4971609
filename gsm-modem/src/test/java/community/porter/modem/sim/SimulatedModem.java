package community.porter.modem.sim;

import community.porter.modem.pdu.Address;
import community.porter.modem.pdu.DeliveryStatus;
import community.porter.modem.pdu.EncodedPdu;
import community.porter.modem.pdu.PduEncoder;
import community.porter.modem.pdu.SmsStatusReport;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A GSM modem for tests that speaks AT commands and PDUs (3GPP TS 27.005/27.007) byte for byte
 * over a pseudo-terminal, in the manner of one of several modem families ({@link Dialect}). The
 * code under test opens {@link #hostPath()} as it would open {@code /dev/ttyUSB0}.
 *
 * <p>The test plays the network and the hardware: {@link #deliver} puts SMS-DELIVER PDUs into the
 * SIM and announces them, {@link #reportDelivered} answers a submit with a status report,
 * {@link #noise()} and friends scatter the unsolicited lines real modems print, and
 * {@link #hang()}, {@link #hangOnNext}, {@link #dropOkAfter}, {@link #unplug()} and
 * {@link #replug(Path)} make it misbehave. What the host did can be read back at any time
 * ({@link #commands()}, {@link #submitted()}, {@link #storage()}, {@link #deleted()}) and awaited
 * with Awaitility. All methods are thread-safe.
 *
 * <pre>{@code
 * try (SimulatedModem modem = SimulatedModem.builder(Dialect.HUAWEI).pin("1234").start()) {
 *     // the code under test opens modem.hostPath() as its serial port
 *     modem.deliver("+8613800000001", "KM 1-1");
 *     await().until(() -> modem.storage().isEmpty()); // read and deleted by the host
 * }
 * }</pre>
 *
 * <p>A pseudo-terminal does not tell the modem when the host opens or closes its side, so a
 * hang lasts until {@link #recover()}, a power cycle ({@link #powerCycle()}, {@link #replug}), or
 * an {@code AT+CFUN=1,1} when the hang was made to allow that.
 */
public final class SimulatedModem implements AutoCloseable {

    /** The SMS commands answer with these 27.005 codes. */
    static final int CMS_OPERATION_NOT_ALLOWED = 302;
    static final int CMS_OPERATION_NOT_SUPPORTED = 303;
    static final int CMS_INVALID_PDU_PARAMETER = 304;
    static final int CMS_SIM_PIN_REQUIRED = 311;
    static final int CMS_SIM_FAILURE = 313;
    static final int CMS_SIM_PUK_REQUIRED = 316;
    static final int CMS_INVALID_INDEX = 321;
    static final int CMS_NO_NETWORK = 331;

    private static final Map<Integer, String> CME_TEXTS = Map.of(
            3, "operation not allowed", 4, "operation not supported", 10, "SIM not inserted",
            11, "SIM PIN required", 12, "SIM PUK required", 13, "SIM failure", 16, "incorrect password",
            30, "no network service", 100, "unknown");

    private final Dialect dialect;
    private final String imei;
    private final SimCard sim;
    private final Map<String, MessageStore> memories = new LinkedHashMap<>();
    private final String operator;
    private final int mcc;
    private final int mnc;
    private final String serviceCentre;
    private final boolean textMode;
    private final String prompt;
    private final boolean autoRegister;
    private final Duration registrationDelay;
    private final Map<String, CommandHandler> handlers = new HashMap<>();
    private final LineDiscipline discipline;
    private final SmsCommands sms;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "modem-sim-clock");
        thread.setDaemon(true);
        return thread;
    });

    private ModemPort port;
    private Path link;
    private ModemSettings settings;
    private Registration registration = Registration.NOT_REGISTERED;
    private int rssi;
    private int nextMessageReference;
    private int boots;
    private long bytesReceived;
    private long periodicTicks;
    private long droppedBefore;
    private int noiseTurn;
    private final ByteArrayOutputStream pendingEcho = new ByteArrayOutputStream();
    private Runnable delayedResult;
    private int pendingPduLength;
    private Duration sendLatency = Duration.ZERO;
    private Optional<Duration> statusReportsAfter = Optional.empty();
    private ScheduledFuture<?> periodicNoise;
    private ScheduledFuture<?> pendingRegistration;
    private boolean closed;

    // Faults.
    private boolean hung;
    private boolean resetRecovers;
    private Optional<String> hangOnNext = Optional.empty();
    private final Set<String> dropOkAfter = new LinkedHashSet<>();
    private final List<Integer> failNextSends = new ArrayList<>();
    private boolean noiseAroundPrompt;
    private boolean noiseInsideListing;

    // What happened.
    private final List<String> commands = new ArrayList<>();
    private final List<SubmittedMessage> submitted = new ArrayList<>();
    private final List<StoredMessage> deleted = new ArrayList<>();
    private final StringBuilder transcript = new StringBuilder();

    private SimulatedModem(Builder builder) {
        this.dialect = builder.dialect;
        this.imei = builder.imei.orElseGet(() -> Luhn.complete(dialect.typeAllocationCode() + "123456"));
        this.sim = new SimCard(builder.iccid, builder.imsi, builder.pin, builder.puk);
        memories.put("SM", new MessageStore("SM", dialect.firstIndex(), builder.simCapacity));
        memories.put("ME", new MessageStore("ME", dialect.firstIndex(), builder.modemCapacity));
        memories.put("SR", new MessageStore("SR", dialect.firstIndex(), builder.simCapacity));
        this.operator = builder.operator;
        this.mcc = builder.mcc;
        this.mnc = builder.mnc;
        this.serviceCentre = builder.serviceCentre;
        this.textMode = builder.textMode;
        this.prompt = builder.prompt;
        this.autoRegister = builder.autoRegister;
        this.registrationDelay = builder.registrationDelay;
        this.rssi = builder.rssi;
        this.statusReportsAfter = builder.statusReportsAfter;
        this.discipline = new LineDiscipline(new Input());
        new GeneralCommands(this).install(handlers);
        this.sms = new SmsCommands(this);
        sms.install(handlers);
        new FamilyCommands(this).install(handlers);
    }

    /**
     * @param dialect the family to imitate
     * @return a builder with that family's defaults
     */
    public static Builder builder(Dialect dialect) {
        return new Builder(dialect);
    }

    /**
     * @param dialect the family to imitate
     * @return a modem with no PIN, plugged in and powered up
     */
    public static SimulatedModem start(Dialect dialect) {
        return builder(dialect).start();
    }

    // ---------------------------------------------------------------- the host's side of it

    /** @return the path the host opens: the link when there is one, else the pty device */
    public synchronized Path hostPath() {
        requirePlugged();
        return port.pty().hostSide();
    }

    /** @return the host side's {@code /dev/pts/N} device */
    public synchronized Path hostDevice() {
        requirePlugged();
        return port.pty().hostDevice();
    }

    /** @return the family imitated */
    public Dialect dialect() {
        return dialect;
    }

    /** @return what AT+CGSN answers */
    public String imei() {
        return imei;
    }

    /** @return the SIM's ICCID */
    public String iccid() {
        return sim.iccid();
    }

    /** @return the SIM's IMSI, what AT+CIMI answers */
    public String imsi() {
        return sim.imsi();
    }

    // ---------------------------------------------------------------- the network's side of it

    /**
     * The network delivers a text: its PDUs go into the receive memory (or straight to the host
     * as +CMT, per AT+CNMI), each announced as AT+CNMI says. While the modem is hung or
     * unplugged the parts still reach the SIM, unannounced, as the network would hand them over
     * once it is back: the host finds them when it sweeps the memory.
     *
     * @param originator who sent it: {@code +} and digits, digits, or a name
     * @param text       the text; long texts arrive in parts
     * @return the indexes the parts were stored at; fewer when the memory filled up, none when
     *         they went to the host directly
     */
    public List<Integer> deliver(String originator, String text) {
        return deliver(IncomingSms.of(originator, text));
    }

    /**
     * @param sms the text and how it is to be coded and split
     * @return the indexes the parts were stored at, as for {@link #deliver(String, String)}
     */
    public synchronized List<Integer> deliver(IncomingSms sms) {
        List<Integer> indexes = new ArrayList<>();
        for (EncodedPdu pdu : sms.pdus()) {
            deliverPdu(pdu.hex(), pdu.tpduLength()).ifPresent(indexes::add);
        }
        return indexes;
    }

    /**
     * The network delivers a PDU as it is, well formed or not; its {@code <length>} is worked
     * out from the SMSC address field.
     *
     * @param hex the PDU, SMSC address field first
     * @return the index it was stored at; empty when the memory is full or it went to the host
     *         directly
     */
    public OptionalInt deliverPdu(String hex) {
        byte[] octets = HexFormat.of().parseHex(hex);
        int smscField = octets.length == 0 ? 0 : 1 + (octets[0] & 0xFF);
        return deliverPdu(hex, Math.max(0, octets.length - Math.min(smscField, octets.length)));
    }

    /**
     * @param hex        the PDU, SMSC address field first
     * @param tpduLength the {@code <length>} the modem is to print with it, right or wrong
     * @return the index it was stored at, as for {@link #deliverPdu(String)}
     */
    public synchronized OptionalInt deliverPdu(String hex, int tpduLength) {
        String pdu = hex.toUpperCase(Locale.ROOT);
        if (settings.deliveryIndication() == 2) {
            unsolicitedBlock(List.of("+CMT: ," + tpduLength, pdu));
            return OptionalInt.empty();
        }
        String memory = settings.memories[2];
        OptionalInt index = memories.get(memory).add(StoredMessage.RECEIVED_UNREAD, pdu, tpduLength);
        if (index.isEmpty()) {
            dialect.memoryFullLine(memory).ifPresent(this::unsolicited);
            return index;
        }
        if (settings.deliveryIndication() != 0) {
            unsolicited("+CMTI: \"" + memory + "\"," + index.getAsInt());
        }
        return index;
    }

    /**
     * The SMSC reports the submit with that message reference delivered.
     *
     * @param messageReference what {@code +CMGS:} returned
     * @throws IllegalArgumentException when no submit had that reference
     */
    public void reportDelivered(int messageReference) {
        report(messageReference, DeliveryStatus.RECEIVED);
    }

    /**
     * The SMSC reports on the submit with that message reference: as {@code +CDS} or stored with
     * {@code +CDSI}, per the {@code <ds>} of AT+CNMI; nothing when {@code <ds>} is 0.
     *
     * @param messageReference what {@code +CMGS:} returned; the latest submit with it
     * @param status           TP-ST
     * @throws IllegalArgumentException when no submit had that reference
     */
    public synchronized void report(int messageReference, DeliveryStatus status) {
        SubmittedMessage message = null;
        for (int i = submitted.size() - 1; i >= 0 && message == null; i--) {
            if (submitted.get(i).messageReference() == messageReference) {
                message = submitted.get(i);
            }
        }
        if (message == null) {
            throw new IllegalArgumentException("no submit had message reference " + messageReference);
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        SmsStatusReport report = new SmsStatusReport(Optional.of(Address.parse(serviceCentre)), messageReference,
                message.submit().destination(), message.at().atOffset(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS),
                now, status, false, false, Optional.empty());
        EncodedPdu pdu = PduEncoder.encode(report);
        switch (settings.statusReportIndication()) {
            case 1 -> unsolicitedBlock(List.of("+CDS: " + pdu.tpduLength(), pdu.hex()));
            case 2 -> memories.get("SR").add(StoredMessage.RECEIVED_UNREAD, pdu.hex(), pdu.tpduLength())
                    .ifPresent(index -> unsolicited("+CDSI: \"SR\"," + index));
            default -> {
                // <ds> 0: the modem neither shows nor keeps status reports.
            }
        }
    }

    /**
     * @param delay how long after a submit that asked for one its status report comes; empty
     *              to leave reports to {@link #reportDelivered}
     */
    public synchronized void statusReportsAfter(Optional<Duration> delay) {
        statusReportsAfter = Objects.requireNonNull(delay, "delay");
    }

    /**
     * The network registration changes; with AT+CREG=1 or 2 the host is told.
     *
     * @param state the new state
     */
    public synchronized void registration(Registration state) {
        setRegistration(state);
    }

    /** @return the registration state */
    public synchronized Registration registration() {
        return registration;
    }

    /** @param value the 27.007 {@code <rssi>} AT+CSQ and the family's signal reports give, 0 to 31 or 99 */
    public synchronized void signal(int value) {
        if ((value < 0 || value > 31) && value != 99) {
            throw new IllegalArgumentException("rssi is 0 to 31 or 99, not " + value);
        }
        rssi = value;
    }

    // ---------------------------------------------------------------- noise

    /**
     * Prints the family's next unsolicited line now, whatever the host turned off.
     *
     * @return the line
     */
    public synchronized String noise() {
        List<String> lines = dialect.noiseLines(network());
        String line = lines.get(noiseTurn++ % lines.size());
        unsolicited(line);
        return line;
    }

    /** @param line an unsolicited line to print now, as the modem frames them */
    public synchronized void noise(String line) {
        unsolicited(line);
    }

    /** @param bytes bytes to put on the line now, as they are */
    public synchronized void garbage(byte[] bytes) {
        emit(bytes.clone());
    }

    /** @param on whether to print a noise line after the {@code >} prompt and before the result of AT+CMGS */
    public synchronized void noiseBetweenPromptAndResult(boolean on) {
        noiseAroundPrompt = on;
    }

    /** @param on whether to print a noise line between the entries of AT+CMGL */
    public synchronized void noiseInsideListing(boolean on) {
        noiseInsideListing = on;
    }

    /**
     * Prints the family's noise lines every so often, as long as the host has not turned the
     * family's reports off (Huawei AT^CURC=0, Wavecom AT+WIND=0). Off unless asked for.
     *
     * @param every the period; empty to stop
     */
    public synchronized void periodicNoise(Optional<Duration> every) {
        if (periodicNoise != null) {
            periodicNoise.cancel(false);
            periodicNoise = null;
        }
        every.ifPresent(period -> periodicNoise = scheduler.scheduleAtFixedRate(() -> {
            synchronized (this) {
                periodicTicks++;
                if (settings.familyReports) {
                    noise();
                }
            }
        }, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS));
    }

    // ---------------------------------------------------------------- faults

    /** Stops answering anything, echo and unsolicited lines included, until {@link #recover()}. */
    public void hang() {
        hang(false);
    }

    /**
     * @param resetRecovers whether {@code AT+CFUN=1,1} still gets through and ends the hang with
     *                      a reset, as a watchdog in some firmware does
     */
    public synchronized void hang(boolean resetRecovers) {
        hung = true;
        this.resetRecovers = resetRecovers;
    }

    /** Answers again; what was typed while hung is gone. */
    public synchronized void recover() {
        hung = false;
        discipline.reset();
    }

    /** @return whether the modem is hung */
    public synchronized boolean isHung() {
        return hung;
    }

    /**
     * Hangs on the next command line that starts with the prefix: before answering it, or for
     * AT+CMGS after the prompt.
     *
     * @param commandPrefix e.g. {@code AT+CMGS}, case-insensitive
     */
    public synchronized void hangOnNext(String commandPrefix) {
        hangOnNext = Optional.of(commandPrefix.toUpperCase(Locale.ROOT));
    }

    /**
     * Leaves the final OK off every answer to command lines that start with the prefix, as some
     * firmware does; information lines and errors still come.
     *
     * @param commandPrefix e.g. {@code AT+CNMI}, case-insensitive
     */
    public synchronized void dropOkAfter(String commandPrefix) {
        dropOkAfter.add(commandPrefix.toUpperCase(Locale.ROOT));
    }

    /**
     * The next AT+CMGS that would be accepted fails instead.
     *
     * @param cmsError the {@code +CMS ERROR} code, e.g. 500 unknown error, 331 no network service
     */
    public synchronized void failNextSend(int cmsError) {
        failNextSends.add(cmsError);
    }

    /** @param latency how long the modem takes to answer a PDU after Ctrl-Z, reading nothing meanwhile */
    public synchronized void sendLatency(Duration latency) {
        sendLatency = Objects.requireNonNull(latency, "latency");
    }

    /** @param on echo on or off, as ATE1/ATE0 would set it */
    public synchronized void echo(boolean on) {
        settings.echo = on;
    }

    /** @return whether the modem echoes what it reads */
    public synchronized boolean echo() {
        return settings.echo;
    }

    /** Ends every fault: hangs, dropped OKs, failing sends, noise around prompts and listings. */
    public synchronized void clearFaults() {
        recover();
        hangOnNext = Optional.empty();
        dropOkAfter.clear();
        failNextSends.clear();
        noiseAroundPrompt = false;
        noiseInsideListing = false;
        sendLatency = Duration.ZERO;
    }

    /** Resets as AT+CFUN=1,1 does: settings back to power-up, PIN asked again, boot lines, registering. */
    public synchronized void powerCycle() {
        powerOn();
    }

    /**
     * Pulls the modem out: the pty pair goes away, so the host reads an error; what is on the SIM
     * and the modem's identity stay.
     */
    public void unplug() {
        ModemPort unplugged;
        synchronized (this) {
            unplugged = port;
            droppedBefore += unplugged == null ? 0 : unplugged.dropped();
            port = null;
            cancelRegistration();
        }
        if (unplugged != null) {
            unplugged.close();
        }
    }

    /** Plugs the modem in again under the same host path, and powers it up. */
    public void replug() {
        Path sameLink;
        synchronized (this) {
            sameLink = link;
        }
        replug(sameLink);
    }

    /**
     * Plugs the modem in again, as after USB re-enumeration, under a new host path (a symlink to
     * a new pty), and powers it up. IMEI, ICCID, PIN tries and the messages on the SIM stay.
     *
     * @param newLink the host side's new symlink; {@code null} for none, only a {@code /dev/pts/N}
     */
    public void replug(Path newLink) {
        unplug();
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("the modem is closed");
            }
            plugIn(newLink);
        }
    }

    /** @return whether the modem is plugged in */
    public synchronized boolean isPlugged() {
        return port != null;
    }

    // ---------------------------------------------------------------- what happened

    /** @return what the SIM ({@code SM}) holds now, by index */
    public SortedMap<Integer, StoredMessage> storage() {
        return storage("SM");
    }

    /**
     * @param memory {@code SM}, {@code ME} or {@code SR}
     * @return what that memory holds now, by index
     */
    public synchronized SortedMap<Integer, StoredMessage> storage(String memory) {
        MessageStore store = memories.get(memory);
        if (store == null) {
            throw new IllegalArgumentException("no memory " + memory + "; there are " + memories.keySet());
        }
        return store.snapshot();
    }

    /** @return every command line the modem read, as typed without its CR, in order */
    public synchronized List<String> commands() {
        return List.copyOf(commands);
    }

    /** @return every submit the modem accepted, in order */
    public synchronized List<SubmittedMessage> submitted() {
        return List.copyOf(submitted);
    }

    /** @return every message the host deleted, in order */
    public synchronized List<StoredMessage> deleted() {
        return List.copyOf(deleted);
    }

    /** @return what AT+CPIN? would say: {@code READY}, {@code SIM PIN}, {@code SIM PUK}, or {@code BLOCKED} */
    public synchronized String simState() {
        return sim.state().code().orElse("BLOCKED");
    }

    /** @return PIN entries left before the SIM asks for the PUK */
    public synchronized int pinTriesLeft() {
        return sim.pinTriesLeft();
    }

    /** @return how often the modem has powered up: 1 after start, one more per reset or replug */
    public synchronized int boots() {
        return boots;
    }

    /**
     * @return every byte read from the host so far, hung or not: a test that wrote n bytes
     *         waits for this to grow by n before it checks that nothing was answered
     */
    public synchronized long bytesReceived() {
        return bytesReceived;
    }

    /** @return chunks of output thrown away because the host did not read them */
    public synchronized long droppedOutput() {
        return droppedBefore + (port == null ? 0 : port.dropped());
    }

    /** @return how often the periodic noise timer fired, printing or not */
    synchronized long periodicTicks() {
        return periodicTicks;
    }

    /** @return the bytes both ways so far, escaped, for a failing test to print */
    public synchronized String transcript() {
        return transcript.toString();
    }

    /** Unplugs the modem and stops its clock. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        unplug();
        scheduler.shutdownNow();
    }

    @Override
    public String toString() {
        return "SimulatedModem[" + dialect + ", imei=" + imei + "]";
    }

    // ---------------------------------------------------------------- for the command handlers

    Dialect family() {
        return dialect;
    }

    ModemSettings settings() {
        return settings;
    }

    SimCard sim() {
        return sim;
    }

    MessageStore memory(int which) {
        return memories.get(settings.memories[which]);
    }

    Dialect.Network network() {
        return new Dialect.Network(operator, mcc, mnc, rssi);
    }

    String operatorName() {
        return operator;
    }

    String serviceCentre() {
        return serviceCentre;
    }

    boolean textModeSupported() {
        return textMode;
    }

    Registration currentRegistration() {
        return registration;
    }

    int rssi() {
        return rssi;
    }

    void recordDeleted(List<StoredMessage> messages) {
        deleted.addAll(messages);
    }

    /** A SIM-related failure per AT+CMEE: ERROR, {@code +CME ERROR: 16} or its text. */
    String cmeError(int code) {
        return switch (settings.errorMode) {
            case 0 -> "ERROR";
            case 1 -> "+CME ERROR: " + code;
            default -> "+CME ERROR: " + CME_TEXTS.getOrDefault(code, "unknown");
        };
    }

    /** An SMS failure: 27.005 reports these whatever AT+CMEE says. */
    static String cmsError(int code) {
        return "+CMS ERROR: " + code;
    }

    /**
     * @param reply   fails it when the SIM is locked
     * @param smsCommand whether to fail with +CMS ERROR rather than +CME ERROR
     * @return whether the SIM is ready
     */
    boolean requireSim(Reply reply, boolean smsCommand) {
        switch (sim.state()) {
            case READY -> {
                return true;
            }
            case PIN -> reply.fail(smsCommand ? cmsError(CMS_SIM_PIN_REQUIRED) : cmeError(11));
            case PUK -> reply.fail(smsCommand ? cmsError(CMS_SIM_PUK_REQUIRED) : cmeError(12));
            case BLOCKED -> reply.fail(smsCommand ? cmsError(CMS_SIM_FAILURE) : cmeError(13));
        }
        return false;
    }

    /** The SIM was unlocked by AT+CPIN: the family says so and the modem registers. */
    void simUnlocked() {
        dialect.simReadyLines().forEach(this::unsolicited);
        startRegistering();
    }

    /** AT+CFUN=0/4/1 without a reset. */
    void functionality(int value) {
        settings.functionality = value;
        if (value == 1) {
            startRegistering();
        } else {
            cancelRegistration();
            setRegistration(Registration.NOT_REGISTERED);
        }
    }

    /** AT+CFUN=1,1, after its OK. */
    void reset() {
        powerOn();
    }

    /** AT+CMGL: an unsolicited line between two entries, when the test asked for it. */
    Optional<String> listingNoise() {
        if (!noiseInsideListing) {
            return Optional.empty();
        }
        List<String> lines = dialect.noiseLines(network());
        return Optional.of(lines.get(noiseTurn++ % lines.size()));
    }

    // ---------------------------------------------------------------- internals

    private void plugIn(Path newLink) {
        PtyPair pty = newLink == null ? PtyPair.open() : PtyPair.open(newLink);
        link = newLink;
        ModemPort[] self = new ModemPort[1];
        self[0] = new ModemPort(pty, this::received, () -> lost(self[0]));
        port = self[0];
        powerOn();
    }

    private synchronized void lost(ModemPort lostPort) {
        if (port == lostPort) {
            port = null;
            cancelRegistration();
        }
    }

    private void powerOn() {
        boots++;
        hung = false;
        discipline.reset();
        pendingEcho.reset();
        cancelRegistration();
        settings = ModemSettings.powerUp(dialect);
        sim.powerOn();
        registration = Registration.NOT_REGISTERED;
        boolean ready = sim.state() == SimCard.State.READY;
        dialect.bootLines(ready).forEach(this::unsolicited);
        if (ready) {
            startRegistering();
        }
    }

    private void startRegistering() {
        if (!autoRegister || sim.state() != SimCard.State.READY || settings.functionality != 1) {
            return;
        }
        cancelRegistration();
        if (registrationDelay.isZero()) {
            setRegistration(Registration.HOME);
            return;
        }
        setRegistration(Registration.SEARCHING);
        pendingRegistration = scheduler.schedule(() -> {
            synchronized (this) {
                if (port != null) {
                    setRegistration(Registration.HOME);
                }
            }
        }, registrationDelay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void cancelRegistration() {
        if (pendingRegistration != null) {
            pendingRegistration.cancel(false);
            pendingRegistration = null;
        }
    }

    private void setRegistration(Registration state) {
        if (state == registration) {
            return;
        }
        registration = state;
        switch (settings.registrationReports) {
            case 1 -> unsolicited("+CREG: " + state.code());
            case 2 -> unsolicited("+CREG: " + state.code() + (state.registered() ? location() : ""));
            default -> {
                // reports off
            }
        }
        if (state.registered()) {
            dialect.registeredLines(network()).forEach(this::unsolicited);
        }
    }

    /** {@code ,"<lac>","<ci>"} of +CREG with {@code <n>} 2. */
    String location() {
        return ",\"1A2B\",\"00C3F1A2\"";
    }

    /** Reader thread: the host's bytes, one by one, stopping to wait out a send's latency. */
    private void received(byte[] chunk) {
        int next = 0;
        while (next < chunk.length) {
            Runnable delayed;
            Duration latency;
            synchronized (this) {
                if (next == 0) {
                    bytesReceived += chunk.length;
                }
                log("host", chunk, next);
                while (next < chunk.length && delayedResult == null) {
                    step(chunk[next++] & 0xFF);
                }
                flushEcho();
                delayed = delayedResult;
                delayedResult = null;
                latency = sendLatency;
            }
            if (delayed != null) {
                pause(latency);
                synchronized (this) {
                    delayed.run();
                }
            }
        }
    }

    private static void pause(Duration latency) {
        try {
            Thread.sleep(latency.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void step(int b) {
        if (settings.echo && !hung) {
            pendingEcho.write(b);
        }
        discipline.accept(b);
    }

    private void flushEcho() {
        if (pendingEcho.size() > 0) {
            byte[] echoed = pendingEcho.toByteArray();
            pendingEcho.reset();
            send(echoed);
        }
    }

    /** Lines printed on their own, between answers: CR LF, the line, CR LF. */
    private void unsolicited(String line) {
        emit("\r\n" + line + "\r\n");
    }

    private void unsolicitedBlock(List<String> lines) {
        emit("\r\n" + String.join("\r\n", lines) + "\r\n");
    }

    private void emit(String text) {
        emit(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    private void emit(byte[] bytes) {
        if (hung) {
            return;
        }
        flushEcho();
        send(bytes);
    }

    private void send(byte[] bytes) {
        if (port != null) {
            log("modem", bytes, 0);
            port.send(bytes);
        }
    }

    private void log(String who, byte[] bytes, int from) {
        if (transcript.length() > 200_000) {
            transcript.delete(0, 100_000);
        }
        transcript.append(who).append(": ");
        for (int i = from; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            switch (b) {
                case '\r' -> transcript.append("\\r");
                case '\n' -> transcript.append("\\n");
                default -> {
                    if (b < 0x20 || b >= 0x7F) {
                        transcript.append(String.format("<%02X>", b));
                    } else {
                        transcript.append((char) b);
                    }
                }
            }
        }
        transcript.append('\n');
    }

    private void requirePlugged() {
        if (port == null) {
            throw new IllegalStateException("the modem is unplugged");
        }
    }

    /** What the line discipline hands over, run under the modem's lock on the reader thread. */
    private final class Input implements LineDiscipline.Listener {

        @Override
        public void commandLine(String line) {
            String typed = line.strip();
            if (typed.isEmpty()) {
                return;
            }
            commands.add(typed);
            String upper = typed.toUpperCase(Locale.ROOT);
            int at = upper.indexOf("AT");
            if (hung) {
                if (resetRecovers && at >= 0 && upper.substring(at).replace(" ", "").equals("AT+CFUN=1,1")) {
                    hung = false;
                    emit("\r\nOK\r\n");
                    powerOn();
                }
                return;
            }
            if (at < 0) {
                return; // V.250: what comes before "AT" is not a command; no AT, nothing to answer
            }
            String command = upper.substring(at);
            boolean hangNow = hangOnNext.filter(command::startsWith).isPresent();
            if (hangNow) {
                hangOnNext = Optional.empty();
                if (!command.startsWith("AT+CMGS=")) {
                    hung = true;
                    return;
                }
            }
            Reply reply = execute(typed.substring(at + 2));
            if (hangNow && !reply.prompting()) {
                hung = true; // AT+CMGS refused before its prompt: hang where the answer would be
                return;
            }
            if (reply.prompting()) {
                emit("\r\n" + prompt);
                if (noiseAroundPrompt) {
                    noise();
                }
                hung = hangNow;
                discipline.expectPdu();
                pendingPduLength = reply.promptLength();
                return;
            }
            finish(reply, command);
        }

        @Override
        public void pduEntered(String hex) {
            if (hung) {
                return;
            }
            Reply reply = new Reply();
            sms.send(hex, pendingPduLength, reply);
            Runnable result = () -> {
                if (noiseAroundPrompt) {
                    noise();
                }
                finish(reply, "AT+CMGS");
            };
            if (sendLatency.isZero()) {
                result.run();
            } else {
                delayedResult = result;
            }
        }

        @Override
        public void pduCancelled() {
            emit("\r\nOK\r\n");
        }
    }

    /** @return the TP-MR for the next accepted submit: the modem counts them, 0 to 255 and round */
    int nextMessageReference() {
        int reference = nextMessageReference;
        nextMessageReference = (nextMessageReference + 1) & 0xFF;
        return reference;
    }

    /** @return the failure the test queued for the next send, if any */
    OptionalInt takeSendFailure() {
        return failNextSends.isEmpty() ? OptionalInt.empty() : OptionalInt.of(failNextSends.remove(0));
    }

    /** A submit was accepted: recorded, and its status report scheduled when reports come by themselves. */
    void accepted(SubmittedMessage message) {
        submitted.add(message);
        if (message.statusReportRequested() && statusReportsAfter.isPresent()) {
            int reference = message.messageReference();
            scheduler.schedule(() -> {
                synchronized (this) {
                    if (port != null) {
                        report(reference, DeliveryStatus.RECEIVED);
                    }
                }
            }, statusReportsAfter.get().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Runs the commands of one line; the first that fails ends it, as V.250 says. */
    private Reply execute(String body) {
        Reply reply = new Reply();
        List<AtCommand> parsed;
        try {
            parsed = AtCommand.parseLine(body);
        } catch (IllegalArgumentException e) {
            reply.fail("ERROR");
            return reply;
        }
        for (AtCommand command : parsed) {
            CommandHandler handler = handlers.get(command.name());
            if (handler == null) {
                reply.fail("ERROR");
                return reply;
            }
            try {
                handler.handle(command, reply);
            } catch (IllegalArgumentException e) {
                reply.fail("ERROR"); // a number where none can be, a missing argument
            }
            if (reply.failed() || reply.prompting()) {
                return reply;
            }
        }
        return reply;
    }

    private void finish(Reply reply, String command) {
        StringBuilder out = new StringBuilder();
        if (!reply.lines().isEmpty()) {
            out.append("\r\n").append(String.join("\r\n", reply.lines())).append("\r\n");
        }
        if (reply.failed()) {
            out.append("\r\n").append(reply.failure()).append("\r\n");
        } else if (dropOkAfter.stream().noneMatch(command::startsWith)) {
            out.append("\r\nOK\r\n");
        }
        emit(out.toString());
        reply.afterwardsActions().forEach(Runnable::run);
    }

    /** Builds a simulated modem. */
    public static final class Builder {

        private final Dialect dialect;
        private Optional<String> imei = Optional.empty();
        private String iccid = Luhn.complete("898600" + "1234567890" + "12");
        private String imsi = "460001234567890";
        private Optional<String> pin = Optional.empty();
        private String puk = "12345678";
        private int simCapacity = 20;
        private int modemCapacity = 100;
        private String operator = "CHINA MOBILE";
        private int mcc = 460;
        private int mnc = 0;
        private String serviceCentre = "+8613800100500";
        private boolean textMode = true;
        private String prompt = "> ";
        private boolean autoRegister = true;
        private Duration registrationDelay = Duration.ZERO;
        private int rssi = 20;
        private Optional<Duration> statusReportsAfter = Optional.empty();
        private Optional<Path> link = Optional.empty();

        private Builder(Dialect dialect) {
            this.dialect = Objects.requireNonNull(dialect, "dialect");
        }

        /** @param value 15 digits; defaults to a valid one of the family's */
        public Builder imei(String value) {
            imei = Optional.of(value);
            return this;
        }

        /** @param value the SIM's ICCID, 19 or 20 digits */
        public Builder iccid(String value) {
            iccid = value;
            return this;
        }

        /** @param value the SIM's IMSI */
        public Builder imsi(String value) {
            imsi = value;
            return this;
        }

        /** @param value the SIM PIN; without one the SIM is ready at power-up */
        public Builder pin(String value) {
            pin = Optional.of(value);
            return this;
        }

        /** @param value the PUK that unblocks the SIM after three wrong PINs */
        public Builder puk(String value) {
            puk = value;
            return this;
        }

        /** @param messages places in the SIM's memory ({@code SM}) and status report memory */
        public Builder simCapacity(int messages) {
            simCapacity = messages;
            return this;
        }

        /**
         * @param name long name for AT+COPS? and the family's reports
         * @param countryCode MCC
         * @param networkCode MNC
         */
        public Builder operator(String name, int countryCode, int networkCode) {
            operator = name;
            mcc = countryCode;
            mnc = networkCode;
            return this;
        }

        /** @param value whether AT+CMGF=1 is accepted (text mode is not simulated further) */
        public Builder textMode(boolean value) {
            textMode = value;
            return this;
        }

        /** @param value the AT+CMGS prompt: 27.005 says {@code "> "}; some firmware leaves out the space */
        public Builder prompt(String value) {
            prompt = value;
            return this;
        }

        /** @param value whether the modem registers by itself once the SIM is ready */
        public Builder autoRegister(boolean value) {
            autoRegister = value;
            return this;
        }

        /** @param value how long registering takes; searching until then */
        public Builder registrationDelay(Duration value) {
            registrationDelay = value;
            return this;
        }

        /** @param value the {@code <rssi>} of AT+CSQ */
        public Builder signal(int value) {
            rssi = value;
            return this;
        }

        /** @param delay status reports come by themselves this long after a submit asking for one */
        public Builder statusReportsAfter(Duration delay) {
            statusReportsAfter = Optional.of(delay);
            return this;
        }

        /** @param value a symlink for the host side, so the modem has a stable device path */
        public Builder link(Path value) {
            link = Optional.of(value);
            return this;
        }

        /**
         * @return the modem, plugged in and powered up: its boot lines wait in the pty for the
         *         host to read
         */
        public SimulatedModem start() {
            SimulatedModem modem = new SimulatedModem(this);
            synchronized (modem) {
                modem.plugIn(link.orElse(null));
            }
            return modem;
        }
    }
}

package community.porter.modem.camel;

import community.porter.modem.at.AtCommand;
import community.porter.modem.at.AtException;
import community.porter.modem.at.AtLinkException;
import community.porter.modem.at.AtSession;
import community.porter.modem.at.AtSessionListener;
import community.porter.modem.at.AtSessionSettings;
import community.porter.modem.at.AtTimeoutException;
import community.porter.modem.at.CmsErrorException;
import community.porter.modem.at.ModemCommands;
import community.porter.modem.at.ModemInfo;
import community.porter.modem.at.ModemInitialiser;
import community.porter.modem.at.ModemSettings;
import community.porter.modem.at.SimNotReadyException;
import community.porter.modem.at.StorageIndication;
import community.porter.modem.at.StoredSms;
import community.porter.modem.at.Urc;
import community.porter.modem.pdu.PduDecoder;
import community.porter.modem.pdu.SmsDeliver;
import community.porter.modem.pdu.SmsStatusReport;
import community.porter.modem.pdu.SubmitPart;
import community.porter.modem.serial.JSerialCommLink;
import community.porter.modem.serial.SerialLink;
import community.porter.modem.serial.SerialSettings;
import community.porter.sms.InboundSms;
import community.porter.sms.SendException;
import community.porter.sms.SubmitOutcome;
import community.porter.sms.codec.ConcatInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One modem of a pool: owns its port and {@link AtSession} through their whole life. It opens
 * the port, runs the start-up sequence and is then {@link ModemState#RUNNING}; when the port is
 * lost, or {@link GsmConfiguration#getTimeoutsBeforeReset()} commands in a row get no answer, it
 * tries a soft reset, closes the port and opens it again, waiting longer after each failure in a
 * row (from {@link GsmConfiguration#getReopenDelay()} to
 * {@link GsmConfiguration#getMaxReopenDelay()}).
 *
 * <p>When its port is gone at a reopen, as after USB re-enumeration, it looks for the modem under
 * {@link GsmConfiguration#getPortCandidates()} by the configured IMEI or ICCID, else by the IMEI
 * it learnt at its first start, and carries on there ({@link ModemLocator}).
 *
 * <p>Receiving: a {@code +CMTI}/{@code +CDSI}, and the sweep (AT+CMGL) at start and every
 * {@link GsmConfiguration#getSweepInterval()}, read the stored messages on the modem's own
 * inbound thread and hand them to the {@link InboundHandler}. A stored message is deleted only
 * when {@link #acknowledge} says the route stored it; until then it is "in flight" and the sweep
 * leaves it alone; after {@link #release} the next sweep offers it again. A stored PDU that does
 * not decode is handed on like a message, with what was wrong, so the route records it as
 * rejected and it is deleted: left on the SIM it would be offered on every sweep and take a
 * storage slot forever.
 *
 * <p>Sending runs on the caller's thread; the session lets one command at a time on the wire.
 */
public final class ModemWorker implements AtSessionListener {

    private static final Logger LOG = LoggerFactory.getLogger(ModemWorker.class);

    private final ModemConfig config;
    private final GsmConfiguration options;
    private final Function<ModemConfig, SerialLink> links;
    private final PortClaims claims;
    private final ModemLocator locator;
    private final SendRate rate;
    private final StoredParts parts;
    private final ScheduledExecutorService inbound;
    private final Set<Integer> inFlightIndexes = new HashSet<>();
    private final AtomicInteger sending = new AtomicInteger();
    private final AtomicInteger timeoutsInARow = new AtomicInteger();

    private volatile ModemState state = ModemState.STARTING;
    /** The port in use: the configured one until the modem is found under another. */
    private volatile String port;
    private volatile AtSession session;
    private volatile ModemCommands commands;
    private volatile ModemInfo info;
    private volatile String lastError;
    private volatile InboundHandler handler;
    private volatile String poolName = "";
    private volatile long generation;
    private Duration backOff;
    private ScheduledFuture<?> sweeps;

    ModemWorker(ModemConfig config, GsmConfiguration options, Function<ModemConfig, SerialLink> links) {
        this(config, options, links, new PortClaims());
    }

    ModemWorker(ModemConfig config, GsmConfiguration options, Function<ModemConfig, SerialLink> links,
            PortClaims claims) {
        this.config = config;
        this.options = options;
        this.links = links;
        this.claims = claims;
        this.port = config.port();
        claims.claim(port, config.name());
        this.locator = new ModemLocator(links, claims, sessionSettings());
        this.rate = new SendRate(config.ratePerMinute(), Clock.systemUTC());
        this.parts = new StoredParts(Clock.systemUTC(), options.getConcatTimeout());
        this.backOff = options.getReopenDelay();
        this.inbound = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "gsm-modem " + config.name());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Opens a real serial port. */
    static SerialLink serialLink(ModemConfig config) {
        return new JSerialCommLink(config.port(), SerialSettings.DEFAULT.withBaudRate(config.baud()));
    }

    /** @return the modem's name */
    public String name() {
        return config.name();
    }

    /** @return where it is in its life */
    public ModemState state() {
        return state;
    }

    /** @return what it is doing, for health reports */
    public ModemStatus status() {
        return new ModemStatus(config.name(), port, state, Optional.ofNullable(info),
                Optional.ofNullable(lastError), sending.get());
    }

    /** @return sends running or waiting on this modem */
    int load() {
        return sending.get();
    }

    /** @return parts it may send now without waiting for its rate */
    int rateBudget() {
        return rate.budget();
    }

    // ---------------------------------------------------------------- life

    /** Starts opening the modem in the background. */
    void start() {
        execute(this::open);
    }

    /**
     * Receives from now on: sweeps at once if running, and every sweep interval.
     *
     * @param receiver where stored messages go
     */
    synchronized void receive(InboundHandler receiver) {
        this.handler = receiver;
        long every = options.getSweepInterval().toMillis();
        sweeps = inbound.scheduleWithFixedDelay(this::sweep, 0, every, TimeUnit.MILLISECONDS);
    }

    /** Stops receiving; stored messages stay on the modem. */
    synchronized void stopReceiving() {
        handler = null;
        if (sweeps != null) {
            sweeps.cancel(false);
        }
    }

    /** Closes the port for good. */
    void stop() {
        state = ModemState.STOPPED;
        inbound.shutdownNow();
        closeSession();
        claims.release(port, config.name());
    }

    private void open() {
        if (state == ModemState.STOPPED) {
            return;
        }
        state = ModemState.STARTING;
        long mine = ++generation;
        try {
            relocateIfGone();
            AtSession opened = AtSession.open(links.apply(config.withPort(port)), sessionSettings(), this);
            session = opened;
            ModemCommands opening = new ModemCommands(opened);
            ModemSettings settings = ModemSettings.DEFAULT.withStorage(config.storage());
            if (config.pin() != null) {
                settings = settings.withPin(config.pin());
            }
            ModemInfo learnt = new ModemInitialiser(opening).initialise(settings);
            checkIdentity(learnt);
            if (mine != generation || state == ModemState.STOPPED) {
                return;
            }
            info = learnt;
            commands = opening;
            timeoutsInARow.set(0);
            backOff = options.getReopenDelay();
            lastError = null;
            state = ModemState.RUNNING;
            LOG.info("modem '{}' on {} running: {} {}, IMEI {}, {}", config.name(), port, learnt.manufacturer(),
                    learnt.model(), learnt.imei(), learnt.registration().state());
            if (handler != null) {
                sweep();
            }
        } catch (SimNotReadyException e) {
            // Opening again would enter a refused PIN again, and the third wrong one locks the
            // SIM; a missing SIM or a PUK needs a person too. Out of service until restarted.
            lastError = e.getMessage();
            state = ModemState.STOPPED;
            LOG.error("modem '{}' on {} is out of service until Porter restarts: {}", config.name(), port,
                    e.getMessage());
            closeSession();
        } catch (AtException | RuntimeException e) {
            lastError = e.getMessage();
            LOG.warn("modem '{}' on {} could not start: {}; trying again in {}", config.name(), port,
                    e.getMessage(), backOff);
            closeSession();
            reopenLater();
        }
    }

    /**
     * When the port is gone, as after USB re-enumeration, looks for the modem under the
     * candidate ports by its identity, and moves to the port it answers on.
     *
     * @throws IllegalStateException when it is not found, so that the next try waits longer
     */
    private void relocateIfGone() {
        if (Files.exists(Path.of(port))) {
            return;
        }
        ModemInfo learnt = info;
        ModemLocator.ModemIdentity identity = new ModemLocator.ModemIdentity(
                Optional.ofNullable(config.imei()).or(() -> Optional.ofNullable(learnt).map(ModemInfo::imei)),
                Optional.ofNullable(config.iccid()).or(() -> Optional.ofNullable(learnt).flatMap(ModemInfo::iccid)));
        if (!identity.known()) {
            throw new IllegalStateException("port " + port + " is gone, and the modem's IMEI is not known to look "
                    + "for it elsewhere");
        }
        Optional<String> found = locator.find(config.withPort(port), identity,
                PortCandidates.list(options.getPortCandidates()));
        if (found.isEmpty() || !claims.claim(found.get(), config.name())) {
            throw new IllegalStateException("port " + port + " is gone, and no free candidate port answers with "
                    + identity);
        }
        LOG.info("modem '{}' with {} moved from {} to {}", config.name(), identity, port, found.get());
        claims.release(port, config.name());
        port = found.get();
    }

    private void checkIdentity(ModemInfo learnt) {
        if (config.imei() != null && !config.imei().equals(learnt.imei())) {
            throw new IllegalStateException("port " + port + " has the modem with IMEI " + learnt.imei()
                    + ", not " + config.imei());
        }
        if (config.iccid() != null && !learnt.iccid().map(config.iccid()::equals).orElse(false)) {
            throw new IllegalStateException("port " + port + " has the SIM with ICCID "
                    + learnt.iccid().orElse("unknown") + ", not " + config.iccid());
        }
    }

    private AtSessionSettings sessionSettings() {
        Duration command = options.getCommandTimeout();
        AtSessionSettings defaults = AtSessionSettings.DEFAULT;
        Duration longer = command.multipliedBy(6);
        return new AtSessionSettings(command, longer, options.getSendTimeout(), command.multipliedBy(2),
                defaults.finalGrace(), defaults.resyncTimeout(), options.getSendTimeout().plus(longer),
                defaults.readPoll(), defaults.urcs());
    }

    /**
     * The modem stopped answering or lost its port: reset it if it still listens, close the
     * port and open it again after the back-off. Only the first call for a session does it.
     */
    private void recover(long failedGeneration, String why) {
        synchronized (this) {
            if (failedGeneration != generation || state != ModemState.RUNNING) {
                return;
            }
            state = ModemState.RECOVERING;
        }
        lastError = why;
        LOG.warn("modem '{}' on {}: {}; resetting and reopening", config.name(), port, why);
        execute(() -> {
            ModemCommands current = commands;
            commands = null;
            if (current != null && info != null && current.session().isOpen()) {
                try {
                    current.reset(info.dialect());
                } catch (AtException e) {
                    LOG.debug("modem '{}': soft reset failed: {}", config.name(), e.getMessage());
                }
            }
            closeSession();
            reopenLater();
        });
    }

    private void reopenLater() {
        if (state == ModemState.STOPPED) {
            return;
        }
        state = ModemState.RECOVERING;
        parts.clear();
        synchronized (inFlightIndexes) {
            inFlightIndexes.clear();
        }
        Duration wait = backOff;
        Duration doubled = backOff.multipliedBy(2);
        backOff = doubled.compareTo(options.getMaxReopenDelay()) > 0 ? options.getMaxReopenDelay() : doubled;
        try {
            inbound.schedule(this::open, wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopped) {
            // Stopped meanwhile.
        }
    }

    private void closeSession() {
        AtSession open = session;
        session = null;
        if (open != null) {
            open.close();
        }
    }

    private void execute(Runnable task) {
        try {
            inbound.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    LOG.error("modem '{}': unexpected failure", config.name(), e);
                }
            });
        } catch (RejectedExecutionException stopped) {
            // Stopped: nothing more to do.
        }
    }

    /** Counts answers and silences; a failed link or too many silences in a row start recovery. */
    private void failed(long failedGeneration, AtException e) {
        if (e instanceof AtLinkException) {
            recover(failedGeneration, "port lost: " + e.getMessage());
        } else if (e instanceof AtTimeoutException
                && timeoutsInARow.incrementAndGet() >= options.getTimeoutsBeforeReset()) {
            recover(failedGeneration, timeoutsInARow.get() + " commands in a row got no answer");
        }
    }

    // ---------------------------------------------------------------- session events

    @Override
    public void unsolicited(AtSession from, Urc urc) {
        Optional<StorageIndication> stored = StorageIndication.from(urc);
        if (stored.isPresent()) {
            execute(() -> readStored(stored.get()));
        } else if (urc.is("+CDS") && urc.data().isPresent()) {
            String hex = urc.data().get();
            execute(() -> directReport(hex));
        }
    }

    @Override
    public void linkLost(AtSession from, Exception cause) {
        recover(generation, "port lost: " + cause.getMessage());
    }

    // ---------------------------------------------------------------- receiving (inbound thread)

    private void readStored(StorageIndication indication) {
        ModemCommands current = commands;
        int index = indication.index();
        boolean elsewhere = !indication.memory().equalsIgnoreCase(config.storage());
        if (current == null || handler == null || (!elsewhere && known(index))) {
            return;
        }
        long mine = generation;
        try {
            if (elsewhere) {
                // Some modems keep status reports in their own memory (SR): read it there, then
                // make the configured storage the preferred one again at once.
                Optional<StoredSms> read;
                readFrom(current, indication.memory());
                try {
                    read = current.read(index);
                } finally {
                    readFrom(current, config.storage());
                }
                timeoutsInARow.set(0);
                read.ifPresent(sms -> offerElsewhere(sms, indication.memory()));
                return;
            }
            Optional<StoredSms> read = current.read(index);
            timeoutsInARow.set(0);
            read.ifPresent(this::offer);
        } catch (AtException e) {
            LOG.warn("modem '{}': reading stored message {} failed: {}", config.name(), index, e.getMessage());
            failed(mine, e);
        }
    }

    private void sweep() {
        ModemCommands current = commands;
        if (current == null || handler == null) {
            return;
        }
        long mine = generation;
        try {
            List<StoredSms> all = current.listAll();
            timeoutsInARow.set(0);
            for (StoredSms sms : all) {
                if (sms.index() == StoredSms.NO_INDEX || !known(sms.index())) {
                    offer(sms);
                }
            }
            for (StoredParts.Whole whole : parts.expired()) {
                hand(new StoredItem(GsmBinding.inbound(poolName(), whole.first(), whole.text(), true), null,
                        whole.indexes()));
            }
            refreshSignal(current);
        } catch (AtException e) {
            LOG.warn("modem '{}': sweeping the storage failed: {}", config.name(), e.getMessage());
            failed(mine, e);
        }
    }

    private void refreshSignal(ModemCommands current) throws AtException {
        ModemInfo before = info;
        if (before != null) {
            info = new ModemInfo(before.manufacturer(), before.model(), before.dialect(), before.imei(), before.iccid(),
                    before.storage(), before.newMessageIndications(), current.registration(), current.signal());
        }
    }

    private boolean known(int index) {
        synchronized (inFlightIndexes) {
            return inFlightIndexes.contains(index) || parts.holds(index);
        }
    }

    private void offer(StoredSms stored) {
        if (stored instanceof StoredSms.Malformed malformed) {
            if (malformed.index() == StoredSms.NO_INDEX) {
                LOG.warn("modem '{}': a stored message's listing was unreadable: {}", config.name(), malformed.reason());
                return;
            }
            // The raw PDU is the text, so nothing is lost, and it can never read as a command.
            InboundSms placeholder = new InboundSms(poolName(), "unknown", null,
                    "[malformed PDU] " + malformed.rawPdu(), null, null, Instant.now(), true);
            hand(new StoredItem(placeholder, malformed.reason() + " (PDU " + malformed.rawPdu() + ")",
                    List.of(malformed.index())));
            return;
        }
        StoredSms.Readable readable = (StoredSms.Readable) stored;
        if (readable.pdu() instanceof SmsStatusReport report) {
            hand(new StoredItem(GsmBinding.receipt(config.name(), report), null, List.of(readable.index())));
        } else if (readable.pdu() instanceof SmsDeliver deliver) {
            Optional<ConcatInfo> concat = deliver.userData().concat();
            if (concat.isPresent() && concat.get().total() > 1) {
                parts.add(readable, concat.get()).ifPresent(whole -> hand(new StoredItem(
                        GsmBinding.inbound(poolName(), whole.first(), whole.text(), false), null, whole.indexes())));
            } else {
                hand(new StoredItem(GsmBinding.inbound(poolName(), deliver, deliver.userData().text().orElse(""), false),
                        null, List.of(readable.index())));
            }
        }
        // A stored SMS-SUBMIT is someone's draft or sent copy: not Porter's to take.
    }

    /**
     * {@code AT+CPMS="<mem>"}: sets only the memory read and deleted from; writing and receiving
     * stay where they were, and SR is allowed only there.
     */
    private static void readFrom(ModemCommands current, String memory) throws AtException {
        if (!memory.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("a message storage is two capital letters, got " + memory);
        }
        current.session().execute(AtCommand.of("AT+CPMS=\"" + memory + "\"").expecting("+CPMS:"));
    }

    private void offerElsewhere(StoredSms stored, String memory) {
        if (stored instanceof StoredSms.Readable readable && readable.pdu() instanceof SmsStatusReport report) {
            InboundHandler receiver = handler;
            if (receiver != null) {
                receiver.received(this, new StoredItem(GsmBinding.receipt(config.name(), report), null,
                        List.of(readable.index()), memory));
            }
        } else {
            LOG.warn("modem '{}': {} in memory {} is not a status report; left there", config.name(), stored, memory);
        }
    }

    private void directReport(String hex) {
        try {
            if (PduDecoder.decode(hex) instanceof SmsStatusReport report) {
                hand(new StoredItem(GsmBinding.receipt(config.name(), report), null, List.of()));
            }
        } catch (RuntimeException e) {
            LOG.warn("modem '{}': unreadable status report {}: {}", config.name(), hex, e.getMessage());
        }
    }

    private void hand(StoredItem item) {
        InboundHandler receiver = handler;
        if (receiver == null) {
            return;
        }
        synchronized (inFlightIndexes) {
            inFlightIndexes.addAll(item.indexes());
        }
        receiver.received(this, item);
    }

    private String poolName() {
        return poolName;
    }

    /** @param name the pool the modem belongs to: the connector of the messages it receives */
    void poolName(String name) {
        this.poolName = name;
    }

    /**
     * The route stored the item: delete it from the modem.
     *
     * @param item   what was stored
     * @param result told true when every index was deleted, false when one could not be
     */
    void acknowledge(StoredItem item, Consumer<Boolean> result) {
        if (item.indexes().isEmpty()) {
            result.accept(true);
            return;
        }
        execute(() -> {
            boolean all = true;
            ModemCommands current = commands;
            for (int index : item.indexes()) {
                try {
                    if (current == null) {
                        throw new AtLinkException("AT+CMGD", "modem not running", null);
                    }
                    if (item.memory() != null) {
                        readFrom(current, item.memory());
                        try {
                            current.delete(index);
                        } finally {
                            readFrom(current, config.storage());
                        }
                    } else {
                        current.delete(index);
                    }
                } catch (AtException e) {
                    // Left on the modem: the next sweep offers it again and the inbox sees a copy.
                    all = false;
                    LOG.warn("modem '{}': deleting stored message {} failed: {}", config.name(), index, e.getMessage());
                }
            }
            if (item.memory() == null) {
                release(item);
            }
            result.accept(all);
        });
    }

    /**
     * The route did not store the item: it stays on the modem for the next sweep.
     *
     * @param item what was not stored
     */
    void release(StoredItem item) {
        if (item.memory() != null) {
            return; // never marked in flight: the sweep lists only the configured storage
        }
        synchronized (inFlightIndexes) {
            inFlightIndexes.removeAll(item.indexes());
        }
    }

    // ---------------------------------------------------------------- sending (caller's thread)

    /**
     * Sends parts, one AT+CMGS each, within this modem's rate.
     *
     * @param id        the outbox id, for messages
     * @param recipient the destination, for the part ids
     * @param all       every part of the message
     * @param skip      how many leading parts were accepted before
     * @return the ids of the parts sent
     * @throws SendException with the parts accepted before the failure
     */
    SubmitOutcome send(long id, String recipient, List<SubmitPart> all, int skip) {
        sending.incrementAndGet();
        List<String> ids = new ArrayList<>();
        try {
            for (SubmitPart part : all.subList(skip, all.size())) {
                ModemCommands current = commands;
                if (current == null || state != ModemState.RUNNING) {
                    throw new SendException.RetryLater("modem '" + config.name() + "' is " + state, null,
                            outcome(skip, ids));
                }
                waitForRate();
                long mine = generation;
                try {
                    OptionalInt reference = current.send(part.pdu());
                    timeoutsInARow.set(0);
                    ids.add(GsmBinding.partId(reference.orElse(part.submit().messageReference()), recipient));
                } catch (CmsErrorException e) {
                    String reason = e.error().map(Enum::name).orElse("CMS " + e.code().orElse(-1));
                    if (e.temporary()) {
                        throw new SendException.RetryLater("modem '" + config.name() + "' refused part "
                                + part.partNumber() + " of message " + id + " for now: " + reason, e, outcome(skip, ids));
                    }
                    throw new SendException.Rejected(reason, e, outcome(skip, ids));
                } catch (AtTimeoutException e) {
                    failed(mine, e);
                    if (e.stage() == AtTimeoutException.Stage.PAYLOAD_SENT) {
                        throw new SendException.OutcomeUnknown("modem '" + config.name() + "' did not answer part "
                                + part.partNumber() + " of message " + id, e, outcome(skip, ids));
                    }
                    throw new SendException.RetryLater("modem '" + config.name() + "' did not answer", e, outcome(skip, ids));
                } catch (AtException e) {
                    failed(mine, e);
                    throw new SendException.RetryLater("modem '" + config.name() + "' failed: " + e.getMessage(), e,
                            outcome(skip, ids));
                }
            }
            return outcome(skip, ids);
        } finally {
            sending.decrementAndGet();
        }
    }

    private SubmitOutcome outcome(int skip, List<String> ids) {
        return new SubmitOutcome(config.name(), skip + 1, ids);
    }

    private void waitForRate() {
        long wait = rate.reserve();
        if (wait > 0) {
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SendException.RetryLater("interrupted waiting for modem '" + config.name() + "' rate", e);
            }
        }
    }
}

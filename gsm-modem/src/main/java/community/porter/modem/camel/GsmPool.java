package community.porter.modem.camel;

import community.porter.modem.pdu.Address;
import community.porter.modem.pdu.SubmitPart;
import community.porter.modem.pdu.SubmitPduEncoder;
import community.porter.modem.pdu.SubmitRequest;
import community.porter.modem.serial.SerialLink;
import community.porter.sms.OutboundSms;
import community.porter.sms.SendException;
import community.porter.sms.SubmitOutcome;
import community.porter.sms.TransportReadiness;
import community.porter.sms.codec.ConcatScheme;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The modems of one {@code gsm:<pool>}, shared by its endpoints. A message goes through the
 * least loaded running modem (fewest sends running or waiting, then most rate budget left);
 * when that modem fails it before any part was accepted, the next one is tried in the same
 * call. A message whose first parts went through one modem stays on it: another SIM would
 * send the rest from another number, which the handset could not join.
 */
public final class GsmPool {

    private static final Logger LOG = LoggerFactory.getLogger(GsmPool.class);

    private final String name;
    private final GsmConfiguration options;
    private final List<ModemWorker> modems = new ArrayList<>();

    GsmPool(String name, GsmConfiguration options, Function<ModemConfig, SerialLink> links) {
        this(name, options, links, new PortClaims());
    }

    GsmPool(String name, GsmConfiguration options, Function<ModemConfig, SerialLink> links, PortClaims claims) {
        this.name = name;
        this.options = options;
        for (ModemConfig modem : options.getModems()) {
            ModemWorker worker = new ModemWorker(modem, options, links, claims);
            worker.poolName(name);
            modems.add(worker);
        }
    }

    /** @return the pool's name */
    public String name() {
        return name;
    }

    /** @return the options the pool was opened with */
    GsmConfiguration options() {
        return options;
    }

    /** @return the pool's modems */
    public List<ModemWorker> modems() {
        return List.copyOf(modems);
    }

    /** @return what each modem is doing */
    public List<ModemStatus> status() {
        return modems.stream().map(ModemWorker::status).toList();
    }

    /** @return READY when a modem runs, else DOWN */
    public TransportReadiness.State readiness() {
        return readiness(null);
    }

    /**
     * @param only a modem's name, or {@code null} for any
     * @return READY when that modem (or any) runs, else DOWN
     */
    TransportReadiness.State readiness(String only) {
        return modems.stream().filter(m -> only == null || m.name().equals(only)).anyMatch(m -> m.state() == ModemState.RUNNING)
                ? TransportReadiness.State.READY : TransportReadiness.State.DOWN;
    }

    void start() {
        if (modems.isEmpty()) {
            LOG.warn("gsm pool '{}' has no modems", name);
        }
        modems.forEach(ModemWorker::start);
    }

    void stop() {
        modems.forEach(ModemWorker::stop);
    }

    void receive(InboundHandler handler) {
        modems.forEach(m -> m.receive(handler));
    }

    void stopReceiving() {
        modems.forEach(ModemWorker::stopReceiving);
    }

    /**
     * Sends a message, or the rest of one.
     *
     * @param sms  the message
     * @param only the one modem to use, or {@code null} for the least loaded
     * @return the parts sent, named {@code <mr>:<recipient digits>} like their status reports
     * @throws SendException when it could not be sent; {@link SendException#accepted()} names the
     *                       parts that went
     */
    SubmitOutcome send(OutboundSms sms, String only) {
        if (sms.validUntil() != null && Instant.now().isAfter(sms.validUntil())) {
            throw new SendException.Expired("message " + sms.id() + " expired at " + sms.validUntil());
        }
        List<SubmitPart> parts = split(sms);
        if (sms.acceptedParts() > parts.size()) {
            throw new SendException.Rejected("PARTS_CHANGED", new IllegalStateException("message " + sms.id() + " had "
                    + sms.acceptedParts() + " parts accepted but now splits into " + parts.size()));
        }
        if (only != null && sms.isPartlySent() && !only.equals(sms.pinnedTo())) {
            throw new SendException.RetryLater("message " + sms.id() + " continues on modem '" + sms.pinnedTo()
                    + "', not '" + only + "'", null);
        }
        if (sms.isPartlySent()) {
            ModemWorker pinned = modems.stream().filter(m -> m.name().equals(sms.pinnedTo())).findFirst()
                    .orElseThrow(() -> new SendException.Rejected("NO_SUCH_MODEM", new IllegalStateException("message "
                            + sms.id() + " continues on modem '" + sms.pinnedTo() + "', which pool '" + name + "' lacks")));
            return pinned.send(sms.id(), sms.to(), parts, sms.acceptedParts());
        }
        SendException last = null;
        for (ModemWorker modem : candidates(only)) {
            try {
                return modem.send(sms.id(), sms.to(), parts, 0);
            } catch (SendException.RetryLater | SendException.OutcomeUnknown e) {
                if (e.accepted().isPresent()) {
                    throw e;
                }
                // Nothing went through this modem: another may do better now.
                LOG.info("gsm pool '{}': message {} failed on modem '{}' ({}); trying the next modem", name, sms.id(),
                        modem.name(), e.getMessage());
                last = e;
            }
        }
        if (last != null) {
            throw last;
        }
        throw new SendException.RetryLater("gsm pool '" + name + "' has no running modem", null);
    }

    /** Running modems, least loaded first. */
    private List<ModemWorker> candidates(String only) {
        return modems.stream().filter(m -> m.state() == ModemState.RUNNING)
                .filter(m -> only == null || m.name().equals(only))
                .sorted(Comparator.comparingInt(ModemWorker::load)
                        .thenComparing(Comparator.comparingInt(ModemWorker::rateBudget).reversed()))
                .toList();
    }

    /**
     * Splits the same way on every try: the concatenation reference comes from the outbox id,
     * so the rest of a partly sent message joins its first parts.
     */
    private static List<SubmitPart> split(OutboundSms sms) {
        Address to;
        try {
            to = Address.parse(sms.to());
        } catch (IllegalArgumentException e) {
            throw new SendException.Rejected("INVALID_DESTINATION", e);
        }
        SubmitRequest request = SubmitRequest.to(to, sms.text())
                .withConcatenation(ConcatScheme.UDH8, (int) (sms.id() & 0xFF));
        if (sms.receipt()) {
            request = request.withStatusReport();
        }
        try {
            return SubmitPduEncoder.encode(request);
        } catch (RuntimeException e) {
            throw new SendException.Rejected("UNENCODABLE", e);
        }
    }

    /** @return the modem of that name */
    Optional<ModemWorker> modem(String modemName) {
        return modems.stream().filter(m -> m.name().equals(modemName)).findFirst();
    }
}

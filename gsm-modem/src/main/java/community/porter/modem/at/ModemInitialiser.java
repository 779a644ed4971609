package community.porter.modem.at;

import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sets a modem up for Porter, in this order:
 *
 * <ol>
 *   <li>{@code AT} until it answers ({@link ModemSettings#probeAttempts()}). Not ATZ or AT&amp;F:
 *       both reload stored or factory settings, which can undo what an operator fixed on
 *       purpose (a locked baud rate, a saved profile), and after AT&amp;F some modems change
 *       their serial speed and stop answering. Porter sets what it relies on explicitly
 *       instead;</li>
 *   <li>{@code ATE0}, {@code AT+CMEE=1} (numeric errors; a modem that refuses keeps bare
 *       ERROR);</li>
 *   <li>{@code AT+CGMI}, {@code AT+CGMM} to choose the {@link ModemDialect};</li>
 *   <li>{@code AT+CPIN?}, and {@code AT+CPIN="<pin>"} once if the SIM asks for its PIN and one
 *       is configured. A refused PIN is never entered again: three wrong PINs lock the SIM
 *       until its PUK is entered, so a person must look;</li>
 *   <li>{@code AT+CMGF=0} (PDU mode), {@code AT+CSMS=0} (no +CNMA needed; a modem that refuses
 *       is left as it is), {@code AT+CPMS} with the configured storage;</li>
 *   <li>{@code AT+CNMI}: the configured parameters, or the dialect's list until one is taken;</li>
 *   <li>{@code AT+CREG=1} (registration changes reported), then {@code AT+CREG?},
 *       {@code AT+CSQ}, {@code AT+CGSN} and the ICCID for the record.</li>
 * </ol>
 *
 * <p>Messages already stored are not touched: sweeping them (AT+CMGL) is the caller's next step.
 */
public final class ModemInitialiser {

    private static final Logger LOG = LoggerFactory.getLogger(ModemInitialiser.class);

    private final ModemCommands commands;

    /**
     * @param commands the commands of the session to set up
     */
    public ModemInitialiser(ModemCommands commands) {
        this.commands = commands;
    }

    /**
     * @param settings what to set up
     * @return what was learnt about the modem
     * @throws SimNotReadyException when the SIM needs a person (missing, PUK, refused PIN, PIN
     *                              needed and none configured)
     * @throws AtException          when a required step failed: try again later (e.g.
     *                              {@link CmeError#SIM_BUSY} right after power-on)
     */
    public ModemInfo initialise(ModemSettings settings) throws AtException {
        String where = commands.session().description();
        probe(settings.probeAttempts());
        commands.echoOff();
        optional(commands::numericErrors, "AT+CMEE=1");
        String manufacturer = optionalValue(commands::manufacturer, "AT+CGMI");
        String model = optionalValue(commands::model, "AT+CGMM");
        ModemDialect dialect = ModemDialect.recognise(manufacturer, model);
        new SimUnlock(commands).unlock(settings.pin());
        commands.pduMode();
        optional(() -> commands.messageService(0), "AT+CSMS=0");
        MessageStorage storage = commands.preferredStorage(settings.storage());
        String indications = newMessageIndications(settings.newMessageIndications()
                .map(List::of).orElseGet(dialect::newMessageIndications));
        optional(() -> commands.registrationReports(1), "AT+CREG=1");
        NetworkRegistration registration = commands.registration();
        SignalQuality signal = commands.signal();
        String imei = optionalValue(commands::imei, "AT+CGSN");
        Optional<String> iccid = commands.iccid();
        ModemInfo info = new ModemInfo(manufacturer, model, dialect, imei, iccid, storage, indications, registration,
                signal);
        LOG.info("{}: modem ready: {} {} ({}), IMEI {}, storage {} {}/{}, {}, signal {} dBm", where, manufacturer,
                model, dialect, imei, storage.memory(), storage.used(), storage.total(), registration.state(),
                signal.dbm().isPresent() ? signal.dbm().getAsInt() : "unknown");
        return info;
    }

    private void probe(int attempts) throws AtException {
        for (int attempt = 1; ; attempt++) {
            try {
                commands.probe();
                return;
            } catch (AtTimeoutException e) {
                if (attempt >= attempts) {
                    throw e;
                }
            }
        }
    }

    private String newMessageIndications(List<String> candidates) throws AtException {
        AtCommandException refused = null;
        for (String parameters : candidates) {
            try {
                commands.newMessageIndications(parameters);
                return parameters;
            } catch (AtCommandException e) {
                LOG.debug("{}: AT+CNMI={} refused: {}", commands.session().description(), parameters, e.finalResult());
                refused = e;
            }
        }
        throw refused;
    }

    private void optional(Step step, String what) throws AtException {
        try {
            step.run();
        } catch (AtCommandException e) {
            LOG.info("{}: {} refused ({}); going on without it", commands.session().description(), what,
                    e.finalResult());
        }
    }

    private String optionalValue(Query query, String what) throws AtException {
        try {
            return query.get();
        } catch (AtCommandException e) {
            LOG.info("{}: {} refused ({})", commands.session().description(), what, e.finalResult());
            return "";
        }
    }

    @FunctionalInterface
    private interface Step {
        void run() throws AtException;
    }

    @FunctionalInterface
    private interface Query {
        String get() throws AtException;
    }
}

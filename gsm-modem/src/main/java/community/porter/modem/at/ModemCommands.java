package community.porter.modem.at;

import community.porter.modem.pdu.EncodedPdu;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The AT commands Porter uses, one method each, on one {@link AtSession}, returning typed
 * answers (3GPP TS 27.005 for messages, TS 27.007 for the rest). Every method runs one command
 * (AT+ICCID's variants aside), so deadlines and failures are the session's: see
 * {@link AtException} for what to do about each.
 *
 * <p>{@link ModemInitialiser} puts them together into the start-up sequence.
 */
public final class ModemCommands {

    private static final String CPIN = "+CPIN:";
    private static final String CMGS = "+CMGS:";

    private final AtSession session;

    /**
     * @param session the session to run the commands on
     */
    public ModemCommands(AtSession session) {
        this.session = Objects.requireNonNull(session, "session");
    }

    /** @return the session the commands run on */
    public AtSession session() {
        return session;
    }

    /**
     * {@code AT}: does the modem answer?
     *
     * @throws AtException when it does not
     */
    public void probe() throws AtException {
        session.execute(AtCommand.of("AT"));
    }

    /**
     * {@code ATE0}: no echo. The session copes with echo, but without it the PDU typed after the
     * prompt is not sent back, halving the traffic of a send.
     *
     * @throws AtException when the modem refuses
     */
    public void echoOff() throws AtException {
        session.execute(AtCommand.of("ATE0"));
    }

    /**
     * {@code AT+CMEE=1}: errors as {@code +CME ERROR: <number>} instead of a bare ERROR.
     *
     * @throws AtException when the modem refuses
     */
    public void numericErrors() throws AtException {
        session.execute(AtCommand.of("AT+CMEE=1"));
    }

    /**
     * {@code AT+CGMI}.
     *
     * @return the manufacturer as the modem names it
     * @throws AtException when the modem refuses
     */
    public String manufacturer() throws AtException {
        return firstValue(session.execute(AtCommand.of("AT+CGMI")), "+CGMI:");
    }

    /**
     * {@code AT+CGMM}.
     *
     * @return the model as the modem names it
     * @throws AtException when the modem refuses
     */
    public String model() throws AtException {
        return firstValue(session.execute(AtCommand.of("AT+CGMM")), "+CGMM:");
    }

    /**
     * {@code AT+CGSN}: the IMEI, which names the modem in logs and health reports.
     *
     * @return the IMEI (15 digits, or 16 for an IMEISV)
     * @throws AtException when the modem refuses
     */
    public String imei() throws AtException {
        return firstValue(session.execute(AtCommand.of("AT+CGSN")), "+CGSN:");
    }

    /**
     * The SIM's ICCID. No standard command reads it, so the makers' ones are tried in order:
     * {@code AT+CCID} (SIMCom, Sierra/Wavecom, ZTE), {@code AT+ICCID} (some Quectel and
     * SIMCom), {@code AT^ICCID?} (Huawei), {@code AT+QCCID} (Quectel).
     *
     * @return the ICCID, empty when no command gave one
     * @throws AtTimeoutException when the modem stopped answering
     * @throws AtLinkException    when the link failed
     */
    public Optional<String> iccid() throws AtException {
        for (IccidQuery query : IccidQuery.values()) {
            try {
                Optional<String> iccid = query.find(session.execute(AtCommand.of(query.command())));
                if (iccid.isPresent()) {
                    return iccid;
                }
            } catch (AtCommandException notThisOne) {
                // An unknown command is ERROR: try the next maker's.
            }
        }
        return Optional.empty();
    }

    /**
     * {@code AT+CPIN?}.
     *
     * @return what the SIM waits for
     * @throws AtException when the modem refuses (e.g. {@link CmeError#SIM_NOT_INSERTED},
     *                     {@link CmeError#SIM_BUSY} while the SIM starts)
     */
    public PinStatus pinStatus() throws AtException {
        AtResponse response = session.execute(AtCommand.of("AT+CPIN?").expecting(CPIN));
        return PinStatus.parse(response.value(CPIN).orElse(""));
    }

    /**
     * {@code AT+CPIN="<pin>"}. Never call it twice with a PIN the SIM refused: the third
     * wrong PIN locks the SIM until its PUK is entered.
     *
     * @param pin the SIM PIN, 4 to 8 digits
     * @throws AtException when the SIM refuses it ({@link CmeError#INCORRECT_PASSWORD})
     */
    public void enterPin(String pin) throws AtException {
        if (pin == null || !pin.matches("[0-9]{4,8}")) {
            throw new IllegalArgumentException("a SIM PIN is 4 to 8 digits");
        }
        session.execute(AtCommand.of("AT+CPIN=\"" + pin + "\"").in(AtCommand.TimeoutClass.LONG).asSensitive());
    }

    /**
     * {@code AT+CMGF=0}: PDU mode, the only mode Porter speaks.
     *
     * @throws AtException when the modem refuses
     */
    public void pduMode() throws AtException {
        session.execute(AtCommand.of("AT+CMGF=0"));
    }

    /**
     * {@code AT+CSMS=<service>}: 0 is the phase 2 message service, in which directly routed
     * messages and reports need no +CNMA acknowledgement.
     *
     * @param service 0 or 1
     * @throws AtException when the modem refuses
     */
    public void messageService(int service) throws AtException {
        session.execute(AtCommand.of("AT+CSMS=" + service).expecting("+CSMS:"));
    }

    /**
     * {@code AT+CPMS="<mem>","<mem>","<mem>"}: read, write and receive into one storage.
     *
     * @param memory {@code SM} (SIM), {@code ME} (modem) or {@code MT} (both)
     * @return how full it is
     * @throws AtException when the modem refuses (e.g. {@link CmeError#SIM_BUSY})
     */
    public MessageStorage preferredStorage(String memory) throws AtException {
        if (!memory.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("a message storage is two capital letters such as SM, ME or MT");
        }
        String quoted = "\"" + memory + "\"";
        AtResponse response = session.execute(
                AtCommand.of("AT+CPMS=" + quoted + "," + quoted + "," + quoted).expecting("+CPMS:"));
        return response.value("+CPMS:").flatMap(value -> MessageStorage.parse(memory, value))
                .orElse(new MessageStorage(memory, 0, 0));
    }

    /**
     * {@code AT+CNMI=<mode>,<mt>,<bm>,<ds>,<bfr>}: which new-message indications to send.
     *
     * @param parameters the five parameters, e.g. {@code 2,1,0,2,0}
     * @throws AtException when the modem refuses
     */
    public void newMessageIndications(String parameters) throws AtException {
        if (!parameters.matches("[0-9](,[0-9]){0,4}")) {
            throw new IllegalArgumentException("AT+CNMI takes up to five single-digit parameters, got " + parameters);
        }
        session.execute(AtCommand.of("AT+CNMI=" + parameters));
    }

    /**
     * {@code AT+CREG=<n>}: 1 for an unsolicited {@code +CREG: <stat>} on every change.
     *
     * @param mode 0, 1 or 2
     * @throws AtException when the modem refuses
     */
    public void registrationReports(int mode) throws AtException {
        session.execute(AtCommand.of("AT+CREG=" + mode));
    }

    /**
     * {@code AT+CREG?}.
     *
     * @return the registration
     * @throws AtException when the modem refuses
     */
    public NetworkRegistration registration() throws AtException {
        AtResponse response = session.execute(AtCommand.of("AT+CREG?").expecting("+CREG:"));
        // Should an unsolicited +CREG: <stat> slip in while the command runs, the answer is the
        // last line, which the modem prints just before OK.
        List<String> answers = response.lines().stream().filter(l -> l.regionMatches(true, 0, "+CREG:", 0, 6)).toList();
        String value = answers.isEmpty() ? "" : AtFields.afterPrefix(answers.get(answers.size() - 1), "+CREG:");
        return NetworkRegistration.parseAnswer(value);
    }

    /**
     * {@code AT+CSQ}.
     *
     * @return the signal quality
     * @throws AtException when the modem refuses
     */
    public SignalQuality signal() throws AtException {
        return SignalQuality.parse(session.execute(AtCommand.of("AT+CSQ").expecting("+CSQ:")).value("+CSQ:")
                .orElse("99,99"));
    }

    /**
     * {@code AT+CMGR=<index>}: reads one stored message; an unread one becomes read.
     *
     * @param index its index in the preferred storage
     * @return the message (decoded, or malformed with its raw hex), empty when the slot is empty
     *         (no +CMGR line, a length of 0, or {@link CmsError#INVALID_MEMORY_INDEX})
     * @throws AtException when the modem refuses otherwise
     */
    public Optional<StoredSms> read(int index) throws AtException {
        checkIndex(index);
        try {
            AtResponse response = session.execute(
                    AtCommand.of("AT+CMGR=" + index).expecting(StoredSmsParser.READ_PREFIX));
            return StoredSmsParser.read(index, response.lines());
        } catch (CmsErrorException e) {
            if (e.error().filter(error -> error == CmsError.INVALID_MEMORY_INDEX).isPresent()) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /**
     * {@code AT+CMGL=4}: lists every stored message, whatever its status.
     *
     * @return the messages, each decoded or malformed with its raw hex, in the modem's order
     * @throws AtException when the modem refuses
     */
    public List<StoredSms> listAll() throws AtException {
        AtResponse response = session.execute(AtCommand.of("AT+CMGL=4").expecting(StoredSmsParser.LIST_PREFIX)
                .in(AtCommand.TimeoutClass.LONG));
        return StoredSmsParser.listing(response.lines());
    }

    /**
     * {@code AT+CMGD=<index>}: deletes one stored message. Call it only once the message is
     * safely kept elsewhere.
     *
     * @param index its index
     * @throws AtException when the modem refuses
     */
    public void delete(int index) throws AtException {
        checkIndex(index);
        session.execute(AtCommand.of("AT+CMGD=" + index));
    }

    /**
     * {@code AT+CMGS=<length>}, the prompt, the PDU and Ctrl-Z: sends one SMS-SUBMIT. Completes
     * on {@code +CMGS: <mr>} even without the OK that should follow, as some modems leave it
     * out.
     *
     * @param pdu the part to send, as {@link community.porter.modem.pdu.SubmitPduEncoder} made it
     * @return the message reference TP-MR the network gave it (to match status reports), empty
     *         when the modem said OK without one: the message went out all the same
     * @throws AtException when it was not sent ({@link CmsErrorException} says whether trying
     *                     again may help); an {@link AtTimeoutException} at stage
     *                     {@link AtTimeoutException.Stage#PAYLOAD_SENT} means it may have been
     */
    public OptionalInt send(EncodedPdu pdu) throws AtException {
        AtResponse response = session.execute(AtCommand.of("AT+CMGS=" + pdu.tpduLength())
                .completingOn(CMGS).withPayload(pdu.hex()));
        return response.value(CMGS).map(value -> AtFields.number(AtFields.split(value).get(0)))
                .orElse(OptionalInt.empty());
    }

    /**
     * Restarts the modem with the dialect's command ({@link ModemDialect#resetCommand()}). A
     * USB modem leaves the bus while it restarts, so the link usually fails next: open a new
     * session and initialise again. Some modems restart before they answer; a timeout here is
     * taken as a restart under way.
     *
     * @param dialect the modem's dialect
     * @throws AtException when the modem refuses, or the link failed
     */
    public void reset(ModemDialect dialect) throws AtException {
        try {
            session.execute(AtCommand.of(dialect.resetCommand()).in(AtCommand.TimeoutClass.LONG));
        } catch (AtTimeoutException restarting) {
            // The modem went away before answering: that is what a restart looks like.
        }
    }

    private static String firstValue(AtResponse response, String prefix) {
        return response.lines().stream().findFirst().map(line -> AtFields.afterPrefix(line, prefix))
                .map(value -> value.replace("\"", "").strip()).orElse("");
    }

    private static void checkIndex(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("a storage index is 0 or more, got " + index);
        }
    }
}

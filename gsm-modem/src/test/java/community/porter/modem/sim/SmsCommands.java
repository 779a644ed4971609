package community.porter.modem.sim;

import static community.porter.modem.sim.SimulatedModem.CMS_INVALID_INDEX;
import static community.porter.modem.sim.SimulatedModem.CMS_INVALID_PDU_PARAMETER;
import static community.porter.modem.sim.SimulatedModem.CMS_NO_NETWORK;
import static community.porter.modem.sim.SimulatedModem.CMS_OPERATION_NOT_ALLOWED;
import static community.porter.modem.sim.SimulatedModem.CMS_OPERATION_NOT_SUPPORTED;
import static community.porter.modem.sim.SimulatedModem.cmsError;

import community.porter.modem.pdu.PduDecoder;
import community.porter.modem.pdu.SmsPdu;
import community.porter.modem.pdu.SmsSubmit;
import community.porter.modem.sim.AtCommand.Form;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The 27.005 commands in PDU mode: message format, service, memories, indications, and
 * listing, reading, deleting and sending messages.
 */
final class SmsCommands {

    /** Longest TPDU an SMS-SUBMIT can be: 140 octets of user data and the most header fields. */
    private static final int MAX_TPDU = 164;
    private static final List<String> READ_MEMORIES = List.of("SM", "ME", "SR");
    private static final List<String> STORE_MEMORIES = List.of("SM", "ME");

    private final SimulatedModem modem;

    SmsCommands(SimulatedModem modem) {
        this.modem = modem;
    }

    void install(Map<String, CommandHandler> handlers) {
        handlers.put("+CMGF", this::messageFormat);
        handlers.put("+CSMS", this::messageService);
        handlers.put("+CPMS", this::memories);
        handlers.put("+CNMI", this::indications);
        handlers.put("+CMGL", this::list);
        handlers.put("+CMGR", this::read);
        handlers.put("+CMGD", this::delete);
        handlers.put("+CMGS", this::startSend);
        handlers.put("+CSCA", this::serviceCentre);
        handlers.put("+CNMA", (command, reply) -> { });
    }

    private void messageFormat(AtCommand command, Reply reply) {
        switch (command.form()) {
            case SET -> {
                int format = command.number(0, 0);
                if (format == 0 || (format == 1 && modem.textModeSupported())) {
                    modem.settings().messageFormat = format;
                } else {
                    reply.fail("ERROR");
                }
            }
            case READ -> reply.line("+CMGF: " + modem.settings().messageFormat);
            case TEST -> reply.line(modem.textModeSupported() ? "+CMGF: (0,1)" : "+CMGF: (0)");
            case EXECUTE -> modem.settings().messageFormat = 0;
        }
    }

    private void messageService(AtCommand command, Reply reply) {
        switch (command.form()) {
            case SET -> {
                int service = command.number(0, 0);
                if (service != 0 && service != 1) {
                    reply.fail(cmsError(CMS_OPERATION_NOT_SUPPORTED));
                } else {
                    modem.settings().messageService = service;
                    reply.line("+CSMS: 1,1,1");
                }
            }
            case READ -> reply.line("+CSMS: " + modem.settings().messageService + ",1,1,1");
            case TEST -> reply.line("+CSMS: (0,1)");
            case EXECUTE -> reply.fail("ERROR");
        }
    }

    private void memories(AtCommand command, Reply reply) {
        switch (command.form()) {
            case SET -> {
                if (!modem.requireSim(reply, true)) {
                    return;
                }
                if (command.count() < 1 || command.count() > 3) {
                    reply.fail("ERROR");
                    return;
                }
                String[] chosen = modem.settings().memories.clone();
                for (int i = 0; i < command.count(); i++) {
                    String memory = command.text(i).toUpperCase(Locale.ROOT);
                    if (!(i == 0 ? READ_MEMORIES : STORE_MEMORIES).contains(memory)) {
                        reply.fail(cmsError(CMS_OPERATION_NOT_ALLOWED));
                        return;
                    }
                    chosen[i] = memory;
                }
                modem.settings().memories = chosen;
                reply.line("+CPMS: " + usage(false));
            }
            case READ -> {
                if (modem.requireSim(reply, true)) {
                    reply.line("+CPMS: " + usage(true));
                }
            }
            case TEST -> reply.line("+CPMS: (\"SM\",\"ME\",\"SR\"),(\"SM\",\"ME\"),(\"SM\",\"ME\")");
            case EXECUTE -> reply.fail("ERROR");
        }
    }

    private String usage(boolean named) {
        StringBuilder usage = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            MessageStore store = modem.memory(i);
            if (i > 0) {
                usage.append(',');
            }
            if (named) {
                usage.append('"').append(store.name()).append("\",");
            }
            usage.append(store.used()).append(',').append(store.capacity());
        }
        return usage.toString();
    }

    private void indications(AtCommand command, Reply reply) {
        int[] current = modem.settings().newMessageIndications;
        switch (command.form()) {
            case SET -> {
                int[] limits = {3, 3, 3, 2, 1};
                int[] chosen = current.clone();
                if (command.count() > limits.length) {
                    reply.fail("ERROR");
                    return;
                }
                for (int i = 0; i < command.count(); i++) {
                    OptionalInt value = command.number(i);
                    if (value.isPresent()) {
                        if (value.getAsInt() < 0 || value.getAsInt() > limits[i]) {
                            reply.fail(cmsError(CMS_OPERATION_NOT_SUPPORTED));
                            return;
                        }
                        chosen[i] = value.getAsInt();
                    }
                }
                modem.settings().newMessageIndications = chosen;
            }
            case READ -> reply.line("+CNMI: " + Arrays.stream(current)
                    .mapToObj(Integer::toString).collect(Collectors.joining(",")));
            case TEST -> reply.line("+CNMI: (0-3),(0-3),(0-3),(0-2),(0,1)");
            case EXECUTE -> reply.fail("ERROR");
        }
    }

    private boolean pduMode(Reply reply) {
        if (!modem.requireSim(reply, true)) {
            return false;
        }
        if (modem.settings().messageFormat != 0) {
            // Text mode is accepted by AT+CMGF=1 but not simulated; its commands are refused.
            reply.fail(cmsError(CMS_OPERATION_NOT_ALLOWED));
            return false;
        }
        return true;
    }

    private void list(AtCommand command, Reply reply) {
        if (command.form() == Form.TEST) {
            reply.line("+CMGL: (0-4)");
            return;
        }
        if (command.form() == Form.READ || !pduMode(reply)) {
            if (!reply.failed()) {
                reply.fail("ERROR");
            }
            return;
        }
        int status = command.number(0, StoredMessage.RECEIVED_UNREAD);
        if (status < 0 || status > 4) {
            reply.fail(cmsError(CMS_INVALID_PDU_PARAMETER));
            return;
        }
        List<StoredMessage> listed = modem.memory(0).list(status);
        for (int i = 0; i < listed.size(); i++) {
            StoredMessage message = listed.get(i);
            if (i > 0) {
                modem.listingNoise().ifPresent(noise -> {
                    reply.line("");
                    reply.line(noise);
                });
            }
            reply.line("+CMGL: " + message.index() + "," + message.status() + ",," + message.tpduLength());
            reply.line(message.pdu());
        }
    }

    private void read(AtCommand command, Reply reply) {
        if (command.form() == Form.TEST) {
            return;
        }
        if (command.form() != Form.SET || !pduMode(reply)) {
            if (!reply.failed()) {
                reply.fail("ERROR");
            }
            return;
        }
        int index = command.number(0).orElseThrow(() -> new IllegalArgumentException("no index"));
        MessageStore store = modem.memory(0);
        if (!store.inRange(index)) {
            reply.fail(cmsError(CMS_INVALID_INDEX));
            return;
        }
        Optional<StoredMessage> message = store.read(index);
        if (message.isPresent()) {
            reply.line("+CMGR: " + message.get().status() + ",," + message.get().tpduLength());
            reply.line(message.get().pdu());
        } else if (!modem.family().freePlaceReadsOk()) {
            reply.fail(cmsError(CMS_INVALID_INDEX));
        }
    }

    private void delete(AtCommand command, Reply reply) {
        MessageStore store = modem.memory(0);
        if (command.form() == Form.TEST) {
            reply.line("+CMGD: (" + store.indexes().stream().map(String::valueOf).collect(Collectors.joining(","))
                    + "),(0-4)");
            return;
        }
        if (command.form() != Form.SET || !modem.requireSim(reply, true)) {
            if (!reply.failed()) {
                reply.fail("ERROR");
            }
            return;
        }
        int index = command.number(0).orElseThrow(() -> new IllegalArgumentException("no index"));
        int flag = command.number(1, 0);
        Predicate<StoredMessage> which = switch (flag) {
            case 0 -> null;
            case 1 -> message -> message.status() == StoredMessage.RECEIVED_READ;
            case 2 -> message -> message.status() == StoredMessage.RECEIVED_READ
                    || message.status() == StoredMessage.STORED_SENT;
            case 3 -> message -> message.status() != StoredMessage.RECEIVED_UNREAD;
            case 4 -> message -> true;
            default -> throw new IllegalArgumentException("delete flag " + flag);
        };
        if (which != null) {
            modem.recordDeleted(store.deleteAll(which));
        } else if (!store.inRange(index)) {
            reply.fail(cmsError(CMS_INVALID_INDEX));
        } else {
            store.delete(index).ifPresent(message -> modem.recordDeleted(List.of(message)));
        }
    }

    private void startSend(AtCommand command, Reply reply) {
        if (command.form() == Form.TEST) {
            return;
        }
        if (command.form() != Form.SET || !pduMode(reply)) {
            if (!reply.failed()) {
                reply.fail("ERROR");
            }
            return;
        }
        int length = command.number(0).orElseThrow(() -> new IllegalArgumentException("no length"));
        if (length < 1 || length > MAX_TPDU) {
            reply.fail(cmsError(CMS_INVALID_PDU_PARAMETER));
            return;
        }
        reply.prompt(length);
    }

    /**
     * The PDU typed after the prompt, ended by Ctrl-Z. Like a modem, this reads the SMSC field's
     * own length first and holds the rest to the {@code <length>} of AT+CMGS.
     *
     * @param hex    what was typed
     * @param length the {@code <length>} of AT+CMGS
     * @param reply  +CMGS: mr, or +CMS ERROR
     */
    void send(String hex, int length, Reply reply) {
        Optional<SmsSubmit> submit = submitOf(hex, length);
        if (submit.isEmpty()) {
            reply.fail(cmsError(CMS_INVALID_PDU_PARAMETER));
            return;
        }
        if (!modem.currentRegistration().registered() || modem.settings().functionality != 1) {
            reply.fail(cmsError(CMS_NO_NETWORK));
            return;
        }
        OptionalInt failure = modem.takeSendFailure();
        if (failure.isPresent()) {
            reply.fail(cmsError(failure.getAsInt()));
            return;
        }
        int reference = modem.nextMessageReference();
        modem.accepted(new SubmittedMessage(reference, hex.toUpperCase(Locale.ROOT), length, submit.get(), Instant.now()));
        reply.line("+CMGS: " + reference);
    }

    private static Optional<SmsSubmit> submitOf(String hex, int length) {
        byte[] octets;
        try {
            octets = HexFormat.of().parseHex(hex);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (octets.length == 0 || octets.length != 1 + (octets[0] & 0xFF) + length) {
            return Optional.empty();
        }
        try {
            SmsPdu pdu = PduDecoder.decode(hex);
            return pdu instanceof SmsSubmit submit ? Optional.of(submit) : Optional.empty();
        } catch (IllegalArgumentException e) { // MalformedPduException among them
            return Optional.empty();
        }
    }

    private void serviceCentre(AtCommand command, Reply reply) {
        switch (command.form()) {
            case READ -> reply.line("+CSCA: \"" + modem.serviceCentre() + "\",145");
            case SET, TEST -> { }
            case EXECUTE -> reply.fail("ERROR");
        }
    }
}

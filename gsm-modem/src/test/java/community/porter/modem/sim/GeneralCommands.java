package community.porter.modem.sim;

import community.porter.modem.sim.AtCommand.Form;
import java.util.Map;

/**
 * The commands every modem answers alike: V.250 basics (E, Z, &amp;F, V, Q, I, S-registers)
 * and the 27.007 ones for identity, SIM, errors, registration, signal and functionality.
 */
final class GeneralCommands {

    private final SimulatedModem modem;

    GeneralCommands(SimulatedModem modem) {
        this.modem = modem;
    }

    void install(Map<String, CommandHandler> handlers) {
        handlers.put("E", this::echo);
        handlers.put("Z", this::restoreProfile);
        handlers.put("&F", this::restoreProfile);
        handlers.put("V", (command, reply) -> requireArgument(command, "1", reply));
        handlers.put("Q", (command, reply) -> requireArgument(command, "0", reply));
        handlers.put("&W", (command, reply) -> { });
        handlers.put("&C", (command, reply) -> { });
        handlers.put("&D", (command, reply) -> { });
        handlers.put("I", this::information);
        for (int register = 0; register <= 12; register++) {
            handlers.put("S" + register, this::register);
        }
        handlers.put("+CMEE", this::errorMode);
        handlers.put("+CPIN", this::pin);
        handlers.put("+CREG", this::registration);
        handlers.put("+CSQ", this::signal);
        handlers.put("+CGSN", identity(modem.imei()));
        handlers.put("+GSN", identity(modem.imei()));
        handlers.put("+CGMI", identity(modem.family().manufacturer()));
        handlers.put("+GMI", identity(modem.family().manufacturer()));
        handlers.put("+CGMM", identity(modem.family().model()));
        handlers.put("+GMM", identity(modem.family().model()));
        handlers.put("+CGMR", identity(modem.family().revision()));
        handlers.put("+GMR", identity(modem.family().revision()));
        handlers.put("+CIMI", this::imsi);
        handlers.put("+CFUN", this::functionality);
        handlers.put("+COPS", this::operator);
        handlers.put("+CSCS", this::characterSet);
    }

    private void echo(AtCommand command, Reply reply) {
        String value = command.text(0);
        switch (value) {
            case "", "0" -> modem.settings().echo = false;
            case "1" -> modem.settings().echo = true;
            default -> reply.fail("ERROR");
        }
    }

    private void restoreProfile(AtCommand command, Reply reply) {
        ModemSettings restored = ModemSettings.powerUp(modem.family());
        restored.functionality = modem.settings().functionality;
        ModemSettings current = modem.settings();
        current.echo = restored.echo;
        current.errorMode = restored.errorMode;
        current.messageFormat = restored.messageFormat;
        current.newMessageIndications = restored.newMessageIndications;
        current.registrationReports = restored.registrationReports;
        current.messageService = restored.messageService;
        current.characterSet = restored.characterSet;
    }

    /** Only verbose results (V1) and results on (Q0) are simulated. */
    private static void requireArgument(AtCommand command, String supported, Reply reply) {
        String value = command.text(0).isEmpty() ? "0" : command.text(0);
        if (!value.equals(supported)) {
            reply.fail("ERROR");
        }
    }

    private void information(AtCommand command, Reply reply) {
        reply.line(modem.family().manufacturer());
        reply.line(modem.family().model());
        reply.line("Revision: " + modem.family().revision());
    }

    private void register(AtCommand command, Reply reply) {
        if (command.form() == Form.READ) {
            reply.line(String.format("%03d", switch (command.name()) {
                case "S3" -> 13;
                case "S4" -> 10;
                case "S5" -> 8;
                default -> 0;
            }));
        }
    }

    private void errorMode(AtCommand command, Reply reply) {
        switch (command.form()) {
            case SET -> {
                int mode = command.number(0, 0);
                if (mode < 0 || mode > 2) {
                    reply.fail("ERROR");
                } else {
                    modem.settings().errorMode = mode;
                }
            }
            case READ -> reply.line("+CMEE: " + modem.settings().errorMode);
            case TEST -> reply.line("+CMEE: (0-2)");
            case EXECUTE -> modem.settings().errorMode = 0;
        }
    }

    private void pin(AtCommand command, Reply reply) {
        SimCard sim = modem.sim();
        switch (command.form()) {
            case READ -> sim.state().code().ifPresentOrElse(code -> reply.line("+CPIN: " + code),
                    () -> reply.fail(modem.cmeError(13)));
            case SET -> {
                SimCard.State before = sim.state();
                SimCard.Entry entry = switch (before) {
                    case PIN -> sim.enterPin(command.text(0));
                    case PUK -> command.count() < 2 ? SimCard.Entry.NOT_EXPECTED
                            : sim.enterPuk(command.text(0), command.text(1));
                    default -> SimCard.Entry.NOT_EXPECTED;
                };
                switch (entry) {
                    case ACCEPTED -> reply.afterwards(modem::simUnlocked);
                    case WRONG -> reply.fail(modem.cmeError(16));
                    case NOT_EXPECTED -> reply.fail(modem.cmeError(switch (before) {
                        case PUK -> 12;
                        case BLOCKED -> 13;
                        default -> 3;
                    }));
                }
            }
            case TEST -> { }
            case EXECUTE -> reply.fail("ERROR");
        }
    }

    private void registration(AtCommand command, Reply reply) {
        switch (command.form()) {
            case SET -> {
                int mode = command.number(0, 0);
                if (mode < 0 || mode > 2) {
                    reply.fail("ERROR");
                } else {
                    modem.settings().registrationReports = mode;
                }
            }
            case READ -> {
                Registration state = modem.currentRegistration();
                int mode = modem.settings().registrationReports;
                reply.line("+CREG: " + mode + "," + state.code()
                        + (mode == 2 && state.registered() ? modem.location() : ""));
            }
            case TEST -> reply.line("+CREG: (0-2)");
            case EXECUTE -> reply.fail("ERROR");
        }
    }

    private void signal(AtCommand command, Reply reply) {
        switch (command.form()) {
            case EXECUTE -> reply.line("+CSQ: " + (modem.settings().functionality == 1 ? modem.rssi() : 99) + ",99");
            case TEST -> reply.line("+CSQ: (0-31,99),(0-7,99)");
            default -> reply.fail("ERROR");
        }
    }

    /** 27.007 identity answers are the bare value, no prefix. */
    private static CommandHandler identity(String value) {
        return (command, reply) -> {
            if (command.form() == Form.EXECUTE) {
                reply.line(value);
            } else if (command.form() != Form.TEST) {
                reply.fail("ERROR");
            }
        };
    }

    private void imsi(AtCommand command, Reply reply) {
        if (command.form() == Form.EXECUTE && modem.requireSim(reply, false)) {
            reply.line(modem.sim().imsi());
        }
    }

    private void functionality(AtCommand command, Reply reply) {
        switch (command.form()) {
            case SET -> {
                int fun = command.number(0, 1);
                int reset = command.number(1, 0);
                if ((fun != 0 && fun != 1 && fun != 4) || (reset != 0 && reset != 1)) {
                    reply.fail(modem.cmeError(4));
                } else if (reset == 1) {
                    reply.afterwards(modem::reset);
                } else {
                    reply.afterwards(() -> modem.functionality(fun));
                }
            }
            case READ -> reply.line("+CFUN: " + modem.settings().functionality);
            case TEST -> reply.line("+CFUN: (0,1,4),(0-1)");
            case EXECUTE -> reply.fail("ERROR");
        }
    }

    private void operator(AtCommand command, Reply reply) {
        switch (command.form()) {
            case READ -> reply.line(modem.currentRegistration().registered()
                    ? "+COPS: 0,0,\"" + modem.operatorName() + "\"" : "+COPS: 0");
            case TEST -> {
                Dialect.Network network = modem.network();
                reply.line("+COPS: (2,\"" + network.operator() + "\",\"\",\"" + network.mcc()
                        + String.format("%02d", network.mnc()) + "\"),,(0-4),(0-2)");
            }
            default -> { }
        }
    }

    private void characterSet(AtCommand command, Reply reply) {
        switch (command.form()) {
            case SET -> {
                String set = command.text(0);
                if (set.equals("GSM") || set.equals("IRA") || set.equals("UCS2") || set.equals("HEX")) {
                    modem.settings().characterSet = set;
                } else {
                    reply.fail(modem.cmeError(4));
                }
            }
            case READ -> reply.line("+CSCS: \"" + modem.settings().characterSet + "\"");
            case TEST -> reply.line("+CSCS: (\"GSM\",\"IRA\",\"UCS2\",\"HEX\")");
            case EXECUTE -> reply.fail("ERROR");
        }
    }
}

package community.porter.modem.sim;

import community.porter.modem.sim.AtCommand.Form;
import java.util.Map;

/**
 * The commands only one family has: how it gives the ICCID, and how its own unsolicited
 * reports are turned off.
 */
final class FamilyCommands {

    /** EF_ICCID's file id (TS 51.011 §10.1.1), as AT+CRSM takes it. */
    private static final int EF_ICCID = 0x2FE2;
    /** AT+CRSM command READ BINARY. */
    private static final int READ_BINARY = 176;

    private final SimulatedModem modem;

    FamilyCommands(SimulatedModem modem) {
        this.modem = modem;
    }

    void install(Map<String, CommandHandler> handlers) {
        String iccid = modem.sim().iccid();
        switch (modem.family()) {
            case HUAWEI -> {
                handlers.put("^ICCID", (command, reply) -> {
                    if (command.form() == Form.READ) {
                        reply.line("^ICCID: " + iccid);
                    } else if (command.form() != Form.TEST) {
                        reply.fail("ERROR");
                    }
                });
                handlers.put("^CURC", this::huaweiReports);
            }
            case WAVECOM -> {
                handlers.put("+CCID", (command, reply) -> reply.line("+CCID: \"" + iccid + "\""));
                handlers.put("+WIND", this::wavecomIndications);
            }
            case ZTE -> {
                handlers.put("+ZGETICCID", (command, reply) -> reply.line("+ZGETICCID: " + iccid));
                handlers.put("+ICCID", (command, reply) -> reply.line("+ICCID: " + iccid));
                handlers.put("+CRSM", this::restrictedSimAccess);
            }
            case QUECTEL -> handlers.put("+QCCID", (command, reply) -> reply.line("+QCCID: " + iccid));
            case SIMCOM -> handlers.put("+CCID", (command, reply) -> reply.line(iccid));
        }
    }

    /** Huawei AT^CURC=0 turns its periodic reports off, 1 on. */
    private void huaweiReports(AtCommand command, Reply reply) {
        switch (command.form()) {
            case SET -> {
                int mode = command.number(0, 1);
                if (mode != 0 && mode != 1) {
                    reply.fail("ERROR");
                } else {
                    modem.settings().familyReports = mode == 1;
                }
            }
            case READ -> reply.line("^CURC: " + (modem.settings().familyReports ? 1 : 0));
            case TEST -> reply.line("^CURC: (0-1)");
            case EXECUTE -> reply.fail("ERROR");
        }
    }

    /** Wavecom AT+WIND=<mask> picks the +WIND events; 0 turns them all off. */
    private void wavecomIndications(AtCommand command, Reply reply) {
        switch (command.form()) {
            case SET -> {
                int mask = command.number(0).orElseThrow(() -> new IllegalArgumentException("no mask"));
                modem.settings().windMask = mask;
                modem.settings().familyReports = mask != 0;
            }
            case READ -> reply.line("+WIND: " + modem.settings().windMask);
            case TEST -> reply.line("+WIND: (0-1023)");
            case EXECUTE -> reply.fail("ERROR");
        }
    }

    /** AT+CRSM=176,12258,0,0,10 reads EF_ICCID; anything else reports the file not found. */
    private void restrictedSimAccess(AtCommand command, Reply reply) {
        if (command.form() != Form.SET) {
            if (command.form() != Form.TEST) {
                reply.fail("ERROR");
            }
            return;
        }
        if (command.number(0, -1) == READ_BINARY && command.number(1, -1) == EF_ICCID) {
            reply.line("+CRSM: 144,0,\"" + modem.sim().iccidAsStored() + "\"");
        } else {
            reply.line("+CRSM: 106,130,\"\""); // SW 6A82: file not found
        }
    }
}

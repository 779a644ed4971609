package community.porter.modem.sim;

import static community.porter.modem.sim.HostSteps.drain;
import static community.porter.modem.sim.HostSteps.listedIndexes;
import static community.porter.modem.sim.HostSteps.messageReference;
import static community.porter.modem.sim.HostSteps.pdus;
import static community.porter.modem.sim.HostSteps.send;
import static community.porter.modem.sim.HostSteps.settle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import community.porter.modem.pdu.Address;
import community.porter.modem.pdu.DeliveryStatus;
import community.porter.modem.pdu.SmsDeliver;
import community.porter.modem.pdu.SmsPdu;
import community.porter.modem.pdu.SmsStatusReport;
import community.porter.modem.pdu.SubmitPart;
import community.porter.modem.pdu.SubmitPduEncoder;
import community.porter.modem.pdu.SubmitRequest;
import community.porter.sms.codec.ConcatInfo;
import community.porter.sms.codec.ConcatScheme;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The simulator as a host sees it through the pty, family by family. */
class SimulatedModemTest {

    private static final String SENDER = "+8613912345678";
    /** 100 Chinese characters: UCS-2, two 67-character parts and a third. */
    private static final String LONG_CHINESE = "开门请回复一二三四五六七八九十".repeat(10).substring(0, 140);

    private SimulatedModem modem;
    private AtTerminal host;

    private void open(SimulatedModem.Builder builder) {
        modem = builder.start();
        host = AtTerminal.open(modem.hostPath());
    }

    private void open(Dialect dialect) {
        open(SimulatedModem.builder(dialect));
    }

    @AfterEach
    void close() {
        if (host != null) {
            host.close();
        }
        if (modem != null) {
            modem.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void echoes_commands_as_modems_power_up_until_ATE0(Dialect dialect) {
        open(dialect);
        assertThat(host.command("AT")).containsSubsequence("AT", "OK");

        assertThat(host.command("AT+CSQ")).containsExactly("AT+CSQ", "+CSQ: 20,99", "OK");
        assertThat(host.command("ATE0")).containsExactly("ATE0", "OK");
        assertThat(host.command("AT+CSQ")).containsExactly("+CSQ: 20,99", "OK");
        assertThat(host.command("ATE1")).containsExactly("OK");
        assertThat(host.command("AT")).containsExactly("AT", "OK");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void answers_identity_questions_with_bare_values(Dialect dialect) {
        open(dialect);
        settle(host);

        assertThat(host.command("AT+CGSN")).containsExactly(modem.imei(), "OK");
        assertThat(modem.imei()).hasSize(15).isEqualTo(Luhn.complete(modem.imei().substring(0, 14)));
        assertThat(host.command("AT+CGMI")).containsExactly(dialect.manufacturer(), "OK");
        assertThat(host.command("AT+CGMM")).containsExactly(dialect.model(), "OK");
        assertThat(host.command("AT+CGMR")).containsExactly(dialect.revision(), "OK");
        assertThat(host.command("AT+CIMI")).containsExactly(modem.imsi(), "OK");
        assertThat(host.command("AT+FOO")).containsExactly("ERROR");
    }

    @Test
    void each_family_gives_the_ICCID_its_own_way() {
        Map<Dialect, Map<String, String>> answers = Map.of(
                Dialect.HUAWEI, Map.of("AT^ICCID?", "^ICCID: %s"),
                Dialect.WAVECOM, Map.of("AT+CCID", "+CCID: \"%s\""),
                Dialect.ZTE, Map.of("AT+ZGETICCID", "+ZGETICCID: %s", "AT+ICCID", "+ICCID: %s"),
                Dialect.QUECTEL, Map.of("AT+QCCID", "+QCCID: %s"),
                Dialect.SIMCOM, Map.of("AT+CCID", "%s"));
        for (Dialect dialect : Dialect.values()) {
            open(SimulatedModem.builder(dialect).iccid("89860012345678901234"));
            settle(host);
            answers.get(dialect).forEach((command, answer) ->
                    assertThat(host.command(command)).as(dialect + " " + command)
                            .containsExactly(answer.formatted("89860012345678901234"), "OK"));
            if (dialect != Dialect.QUECTEL) {
                assertThat(host.command("AT+QCCID")).as(dialect + " has no AT+QCCID").containsExactly("ERROR");
            }
            close();
        }
    }

    @Test
    void zte_reads_the_iccid_file_with_swapped_digits_through_CRSM() {
        open(SimulatedModem.builder(Dialect.ZTE).iccid("8986001234567890123"));
        settle(host);

        assertThat(host.command("AT+CRSM=176,12258,0,0,10"))
                .containsExactly("+CRSM: 144,0,\"986800214365870921F3\"", "OK");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void prints_the_family_boot_lines_again_after_a_reset(Dialect dialect) {
        Map<Dialect, List<String>> bootMarks = Map.of(
                Dialect.HUAWEI, List.of("^BOOT:20952851,0,0,0,72", "^SIMST:1", "^SRVST:2", "^MODE:5,4"),
                Dialect.WAVECOM, List.of("+WIND: 1", "+WIND: 3", "+WIND: 4"),
                Dialect.ZTE, List.of("+ZUSIMR:2", "+ZPASR: \"UMTS\"", "+ZDONR: \"CHINA MOBILE\",460,0,\"CS_PS\",\"ROAM_OFF\""),
                Dialect.QUECTEL, List.of("RDY", "+CFUN: 1", "+CPIN: READY", "+QIND: SMS DONE"),
                Dialect.SIMCOM, List.of("RDY", "+CPIN: READY", "Call Ready", "SMS Ready"));
        open(dialect);
        settle(host);
        List<String> marks = bootMarks.get(dialect);

        int mark = host.mark();
        host.write("AT+CFUN=1,1\r");
        host.awaitLine(mark, marks.get(marks.size() - 1)::equals);

        assertThat(host.lines(mark)).containsSubsequence(marks);
        assertThat(host.lines(mark).get(0)).as("OK before the reboot").isEqualTo("OK");
        assertThat(modem.boots()).isEqualTo(2);
        drain(host); // registration lines may follow the last boot line
        assertThat(host.command("AT")).as("echo is on again after a reset").containsExactly("AT", "OK");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void announces_a_delivered_text_and_reads_it_back_as_the_same_text(Dialect dialect) {
        open(dialect);
        settle(host);
        assertThat(host.command("AT+CMGF=0")).containsExactly("OK");
        assertThat(host.command("AT+CNMI=2,1,0,0,0")).containsExactly("OK");

        int mark = host.mark();
        List<Integer> stored = modem.deliver(SENDER, "KM 1-1 open");

        int first = dialect.firstIndex();
        assertThat(stored).containsExactly(first);
        assertThat(host.awaitLine(mark, line -> line.startsWith("+CMTI:"))).isEqualTo("+CMTI: \"SM\"," + first);
        List<String> read = host.command("AT+CMGR=" + first);
        assertThat(read.get(0)).startsWith("+CMGR: 0,,");
        List<SmsPdu> pdus = pdus(read, "+CMGR:");
        SmsDeliver deliver = (SmsDeliver) pdus.get(0);
        assertThat(deliver.originator().displayValue()).isEqualTo(SENDER);
        assertThat(deliver.userData().text()).contains("KM 1-1 open");
        assertThat(host.command("AT+CMGR=" + first).get(0)).as("read once, then read").startsWith("+CMGR: 1,,");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void lists_the_parts_of_a_long_ucs2_text_with_16_bit_references(Dialect dialect) {
        open(dialect);
        settle(host);

        List<Integer> stored = modem.deliver(IncomingSms.of(SENDER, LONG_CHINESE)
                .withConcatenation(ConcatScheme.UDH16, 0x1234));

        assertThat(stored).hasSize(3);
        List<String> listing = host.command("AT+CMGL=4");
        assertThat(listedIndexes(listing)).isEqualTo(stored);
        List<SmsDeliver> parts = pdus(listing, "+CMGL:").stream().map(SmsDeliver.class::cast).toList();
        assertThat(parts).extracting(part -> part.userData().concat().orElseThrow())
                .containsExactly(new ConcatInfo(0x1234, 3, 1, true), new ConcatInfo(0x1234, 3, 2, true),
                        new ConcatInfo(0x1234, 3, 3, true));
        assertThat(parts.stream().map(part -> part.userData().text().orElseThrow()).collect(Collectors.joining()))
                .isEqualTo(LONG_CHINESE);
        assertThat(host.command("AT+CMGL=0")).as("listing made them read").containsExactly("OK");
        assertThat(listedIndexes(host.command("AT+CMGL=1"))).isEqualTo(stored);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void deletes_one_message_and_then_all(Dialect dialect) {
        open(dialect);
        settle(host);
        int first = modem.deliver(SENDER, "one").get(0);
        modem.deliver(SENDER, "two");
        modem.deliver(SENDER, "three");
        drain(host);

        assertThat(host.command("AT+CMGD=" + first)).containsExactly("OK");

        assertThat(modem.storage()).doesNotContainKey(first).hasSize(2);
        assertThat(modem.deleted()).extracting(StoredMessage::index).containsExactly(first);
        assertThat(host.command("AT+CMGR=" + first))
                .containsExactly(dialect.freePlaceReadsOk() ? "OK" : "+CMS ERROR: 321");
        assertThat(host.command("AT+CMGD=" + (first + 99))).as("outside the memory").containsExactly("+CMS ERROR: 321");

        assertThat(host.command("AT+CMGD=" + first + ",4")).containsExactly("OK");
        assertThat(modem.storage()).isEmpty();
        assertThat(modem.deleted()).hasSize(3);
        assertThat(modem.deliver(SENDER, "four")).as("the lowest free place again").containsExactly(first);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void records_each_decoded_submit_and_numbers_them(Dialect dialect) {
        open(dialect);
        settle(host);
        String text = "Visitor pass 4821 valid today until 22:00. ".repeat(5);
        List<SubmitPart> parts = SubmitPduEncoder.encode(
                SubmitRequest.to(Address.international("8613900000001"), text).withConcatenation(ConcatScheme.UDH8, 7));
        assertThat(parts).hasSize(2);

        int first = messageReference(send(host, parts.get(0).pdu(), "> "));
        int second = messageReference(send(host, parts.get(1).pdu(), "> "));

        assertThat(second).isEqualTo((first + 1) & 0xFF);
        assertThat(modem.submitted()).extracting(SubmittedMessage::messageReference).containsExactly(first, second);
        assertThat(modem.submitted()).extracting(SubmittedMessage::destination).containsOnly("+8613900000001");
        assertThat(modem.submitted().stream().map(s -> s.text().orElseThrow()).collect(Collectors.joining()))
                .isEqualTo(text);
        assertThat(modem.submitted()).extracting(s -> s.part().orElseThrow())
                .containsExactly(new ConcatInfo(7, 2, 1, false), new ConcatInfo(7, 2, 2, false));
        assertThat(modem.submitted().get(0).pdu()).isEqualTo(parts.get(0).pdu().hex());
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void shows_a_status_report_directly_when_CNMI_asks_for_CDS(Dialect dialect) {
        open(dialect);
        settle(host);
        assertThat(host.command("AT+CNMI=2,1,0,1,0")).containsExactly("OK");
        SubmitPart part = SubmitPduEncoder.encode(
                SubmitRequest.to(Address.international("8613900000001"), "door open").withStatusReport()).get(0);
        int reference = messageReference(send(host, part.pdu(), "> "));
        assertThat(modem.submitted().get(0).statusReportRequested()).isTrue();

        int mark = host.mark();
        modem.reportDelivered(reference);

        host.awaitLine(mark, line -> line.startsWith("+CDS: "));
        host.awaitLine(mark, line -> line.matches("[0-9A-F]{20,}"));
        SmsStatusReport report = (SmsStatusReport) pdus(host.lines(mark), "+CDS:").get(0);
        assertThat(report.messageReference()).isEqualTo(reference);
        assertThat(report.recipient().displayValue()).isEqualTo("+8613900000001");
        assertThat(report.status()).isEqualTo(DeliveryStatus.RECEIVED);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void stores_a_status_report_when_CNMI_asks_for_CDSI(Dialect dialect) {
        open(SimulatedModem.builder(dialect).statusReportsAfter(Duration.ofMillis(50)));
        settle(host);
        assertThat(host.command("AT+CNMI=2,1,0,2,0")).containsExactly("OK");
        SubmitPart part = SubmitPduEncoder.encode(
                SubmitRequest.to(Address.unknown("10086"), "balance").withStatusReport()).get(0);

        int mark = host.mark();
        int reference = messageReference(send(host, part.pdu(), "> "));

        String indication = host.awaitLine(mark, line -> line.startsWith("+CDSI: "));
        assertThat(indication).isEqualTo("+CDSI: \"SR\"," + dialect.firstIndex());
        assertThat(host.command("AT+CPMS=\"SR\"")).first().asString().startsWith("+CPMS: 1,20,");
        SmsStatusReport report = (SmsStatusReport) pdus(host.command("AT+CMGR=" + dialect.firstIndex()), "+CMGR:").get(0);
        assertThat(report.messageReference()).isEqualTo(reference);
        assertThat(report.recipient().displayValue()).isEqualTo("10086");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void reports_memories_and_fills_the_receiving_one(Dialect dialect) {
        open(SimulatedModem.builder(dialect).simCapacity(2));
        settle(host);
        assertThat(host.command("AT+CPMS=\"SM\",\"SM\",\"SM\"")).containsExactly("+CPMS: 0,2,0,2,0,2", "OK");
        assertThat(host.command("AT+CNMI=2,1,0,0,0")).containsExactly("OK");
        modem.deliver(SENDER, "one");
        modem.deliver(SENDER, "two");
        drain(host);

        int mark = host.mark();
        assertThat(modem.deliver(SENDER, "three")).as("no room").isEmpty();

        dialect.memoryFullLine("SM").ifPresent(line -> host.awaitLine(mark, line::equals));
        drain(host);
        assertThat(host.command("AT+CPMS?")).containsExactly("+CPMS: \"SM\",2,2,\"SM\",2,2,\"SM\",2,2", "OK");
        assertThat(host.lines(mark)).noneMatch(line -> line.startsWith("+CMTI"));
        dialect.memoryFullLine("SM").ifPresent(line -> assertThat(host.lines(mark)).contains(line));
        assertThat(host.command("AT+CPMS=\"XX\"")).containsExactly("+CMS ERROR: 302");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void delivers_directly_with_CMT_when_CNMI_asks_for_it(Dialect dialect) {
        open(dialect);
        settle(host);
        assertThat(host.command("AT+CNMI=2,2,0,0,0")).containsExactly("OK");

        int mark = host.mark();
        assertThat(modem.deliver(SENDER, "direct")).isEmpty();

        host.awaitLine(mark, line -> line.startsWith("+CMT: ,"));
        host.awaitLine(mark, line -> line.matches("[0-9A-F]{20,}"));
        SmsDeliver deliver = (SmsDeliver) pdus(host.lines(mark), "+CMT:").get(0);
        assertThat(deliver.userData().text()).contains("direct");
        assertThat(modem.storage()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void reports_registration_changes_once_CREG_reports_are_on(Dialect dialect) {
        open(dialect);
        settle(host);
        assertThat(host.command("AT+CREG?")).containsExactly("+CREG: 0,1", "OK");
        assertThat(host.command("AT+CREG=2")).containsExactly("OK");
        assertThat(host.command("AT+CREG?")).containsExactly("+CREG: 2,1,\"1A2B\",\"00C3F1A2\"", "OK");

        int mark = host.mark();
        modem.registration(Registration.SEARCHING);
        modem.registration(Registration.HOME);

        host.awaitLine(mark, line -> line.startsWith("+CREG: 1"));
        assertThat(host.lines(mark)).containsSubsequence("+CREG: 2", "+CREG: 1,\"1A2B\",\"00C3F1A2\"");
    }

    @Test
    void registers_after_a_while_when_told_to_take_time() {
        open(SimulatedModem.builder(Dialect.QUECTEL).registrationDelay(Duration.ofMillis(200)));
        settle(host);
        assertThat(host.command("AT+CREG=1")).containsExactly("OK");

        int mark = host.mark();
        host.awaitLine(mark, "+CREG: 1"::equals);

        assertThat(modem.registration()).isEqualTo(Registration.HOME);
        await().atMost(Duration.ofSeconds(5)).until(() -> modem.registration() == Registration.HOME);
    }
}

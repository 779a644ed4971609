package community.porter.modem.pdu;

import java.util.List;

/**
 * PDUs published in specifications, manufacturers' AT command manuals and well-known PDU
 * documentation, with where each comes from. They are facts about the format; the tests check
 * that Porter reads them as their sources explain them.
 */
final class PublishedVectors {

    /**
     * SMS-DELIVER "hellohello" from +27838890001 (type C8), SMSC +27381000015, time stamp
     * 99-03-29 15:16:59 at +2 h. Source: Lars Pettersson, "SMS messages and the PDU format"
     * (dreamfabric), receiving example.
     */
    static final String DREAMFABRIC_DELIVER =
            "07917283010010F5040BC87238880900F10000993092516195800AE8329BFD4697D9EC37";

    /**
     * SMS-SUBMIT "hellohello" to +46708251358, modem's own SMSC, TP-VP AA (4 days). Source: Lars
     * Pettersson, "SMS messages and the PDU format" (dreamfabric), sending example.
     */
    static final String DREAMFABRIC_SUBMIT = "0011000B916407281553F80000AA0AE8329BFD4697D9EC37";

    /**
     * AT+CMGS=42: a text to +358401234567 through SMSC +448888888, TP-VP 0B (one hour). The
     * guide's prose calls it "Testing a SMS messaging over LTE"; the septets in its hex are
     * "Testing a sms messaging over lte". Source: Nordic Semiconductor, nRF91 AT Commands Command
     * Reference Guide, "Send message +CMGS" example.
     */
    static final String NORDIC_CMGS =
            "069144888888F811000C9153481032547600000B20D4F29C9E769F4161D0BC3D07B5CBF379F89C769F416F7B590E62D3CB";
    static final int NORDIC_CMGS_LENGTH = 42;

    /**
     * +CDS: 25, a status report as printed, but 24 octets with no TP-MR: the example is not a
     * valid PDU, and the length check must say so. Source: Nordic Semiconductor, nRF91 AT
     * Commands Command Reference Guide, "Delivery status notification in PDU mode +CDS".
     */
    static final String NORDIC_CDS_WITHOUT_MESSAGE_REFERENCE = "060C91534810325476171160316255001711603152120000";
    static final int NORDIC_CDS_LENGTH = 25;

    /**
     * AT+CMGS=23: UCS-2 "hello" to 13421839693 (type 81), first octet 01 (no TP-VP), with the
     * SMSC of China Unicom +8613800755500 and with the modem's own (00). Source: Neoway N11 AT
     * Commands Manual, SMS PDU example.
     */
    static final String NEOWAY_CMGS_WITH_SMSC = "0891683108705505F001000B813124819396F300080A00680065006C006C006F";
    static final String NEOWAY_CMGS = "0001000B813124819396F300080A00680065006C006C006F";
    static final int NEOWAY_CMGS_LENGTH = 23;

    /**
     * AT+CMGS=17: UCS-2 "华为" (DCS 18: UCS-2, class 0) to 13901000453, first octet 81 (TP-RP
     * set), once with the national SMSC 13902900 (type A1, printed in lower case) and once
     * with 00. Source: Huawei MU509 HSDPA LGA Module AT Command Interface Specification, +CMGS
     * examples.
     */
    static final String HUAWEI_CMGS_WITH_SMSC = "05a13109920081000B813109010054F3001804534E4E3A";
    static final String HUAWEI_CMGS = "0081000B813109010054F3001804534E4E3A";
    static final int HUAWEI_CMGS_LENGTH = 17;

    /**
     * +CMGL: 26,2,,17 — a stored unsent SMS-SUBMIT, TP-MR 0x64, to 0165872928 (type 81), DCS 14
     * (8-bit, class 0), TP-VP A7 (24 hours), four octets of data. Source: Telit UC864-E/G AT
     * Commands Reference Guide (80304ST10041a), +CMGL example.
     */
    static final String TELIT_CMGL_SUBMIT = "08812801009901025911640A8110567892820014A704C7D1B1DB";
    static final int TELIT_CMGL_LENGTH = 17;

    /**
     * AT+CMGS=17: 8-bit "hello" (DCS F6: 8-bit, class 2) to 1234567 (type 81), TP-VP AA, SMSC
     * +491710760000. Source: "SMS PDU mode, data format and length calculation" (9cbs.com),
     * 8-bit example.
     */
    static final String EIGHT_BIT_HELLO_SUBMIT = "079194710167000011000781214365F700F6AA0568656C6C6F";
    static final int EIGHT_BIT_HELLO_LENGTH = 17;

    /**
     * +CMT: ,24 — UCS-2 "你好" from +8613752141860, SMSC +8613800220500, time stamp 06-08-30
     * 13:22:00 +0, printed in lower case. Source: "ARM Linux system transplant: 3G dial-up
     * Internet, SMS" (republished CSDN article), PDU mode example.
     */
    static final String CHINESE_CMT = "0891683108200205f0240d91683157121468f0000860800331220000044f60597d";
    static final int CHINESE_CMT_LENGTH = 24;

    /**
     * +CMGR of a UCS-2 message of two Arabic letters (0628 062A) from +20101014063, SMSC
     * +20105996500, time stamp 02-12-19 03:25:51 at +2 h. Source: Nokia Developer forum thread
     * "how to send UCS character".
     */
    static final String NOKIA_FORUM_UCS2_DELIVER = "07910201956905F0040B910201014160F3000820219130521580040628062A";

    /**
     * +CMGL: 0,1,,86 — part 1 of 3 (8-bit reference 0x65) of a UCS-2 Arabic text from the
     * alphanumeric sender "etisalat" (type D0), TP-PID 34, time stamp 16-10-29 10:36:09 +0.
     * Source: Stack Overflow question 40373979, decoding an alphanumeric sender id from a PDU.
     */
    static final String ETISALAT_CMGL = "0791021197003899440ED0657A7A1E6687E93408610192016390004205000365030106440642"
            + "062F002006270633062A064706440643062A0020064306440020062706440648062D062F0627062A0020062706440645"
            + "062C06270646064A";
    static final int ETISALAT_CMGL_LENGTH = 86;

    /** The text of {@link #ETISALAT_CMGL}, as its UCS-2 code units list it. */
    static final String ETISALAT_TEXT = "\u0644\u0642\u062F \u0627\u0633\u062A\u0647\u0644\u0643\u062A \u0643\u0644 "
            + "\u0627\u0644\u0648\u062D\u062F\u0627\u062A \u0627\u0644\u0645\u062C\u0627\u0646\u064A";

    /**
     * +CMGL from a Wavecom modem: part 3 of a long message whose header is broken (IEI C0 with
     * length 0x1B in a five-octet header), time stamp 15-04-27 23:59:25 at −7 h. Source: Stack
     * Overflow question "Reading Multipart SMS with AT+CMGL using Wavecom modem".
     */
    static final String WAVECOM_BROKEN_HEADER =
            "07914140540500F9440B917130263521F600005140723295528A1805C01B5B0303CEEEB3DB7D769FDD67B7D96D76ABD5";

    /**
     * +CDS printed without the SMSC field: TP-MR 0 for +20121875612, SCTS 07-09-12 15:10:12 and
     * discharge 15:10:17 at +2 h, TP-ST 00. Source: "Receiving SMS Status Report message"
     * (amro.blogspot.com).
     */
    static final String AMRO_CDS_TPDU = "06000B910221815716F2709021510121807090215101718000";
    static final int AMRO_CDS_LENGTH = 25;

    /**
     * A status report with SMSC field 00: TP-MR 8, SCTS and discharge 06-02-07 14:56:03 +0,
     * TP-ST 00. (The post's prose gives the recipient as 13853167777; its hex, used here, says
     * 8613853176777.) Source: CSDN blog article 1503482 on reading SMS-STATUS-REPORT with AT
     * commands.
     */
    static final String CSDN_STATUS_REPORT = "0006080D91683158136777F7602070416530006020704165300000";

    /** Every vector above that decodes, for the tests that run over all of them. */
    static final List<String> VALID = List.of(DREAMFABRIC_DELIVER, DREAMFABRIC_SUBMIT, NORDIC_CMGS,
            NEOWAY_CMGS_WITH_SMSC, NEOWAY_CMGS, HUAWEI_CMGS_WITH_SMSC, HUAWEI_CMGS, TELIT_CMGL_SUBMIT,
            EIGHT_BIT_HELLO_SUBMIT, CHINESE_CMT, NOKIA_FORUM_UCS2_DELIVER, ETISALAT_CMGL, CSDN_STATUS_REPORT);

    private PublishedVectors() {
    }
}

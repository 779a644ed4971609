package community.porter.modem.pdu;

/** Bits of a TPDU's first octet (TS 23.040 §9.2.3.1 to §9.2.3.26). */
final class FirstOctet {

    /** TP-MTI, bits 1-0. */
    static final int MESSAGE_TYPE = 0x03;
    static final int TYPE_DELIVER = 0x00;
    static final int TYPE_SUBMIT = 0x01;
    static final int TYPE_STATUS_REPORT = 0x02;

    /** TP-MMS of SMS-DELIVER and SMS-STATUS-REPORT: set when NO more messages are waiting. */
    static final int NO_MORE_MESSAGES = 0x04;
    /** TP-RD of SMS-SUBMIT. */
    static final int REJECT_DUPLICATES = 0x04;
    /** TP-VPF of SMS-SUBMIT, bits 4-3. */
    static final int VALIDITY_FORMAT = 0x18;
    static final int VALIDITY_RELATIVE = 0x10;
    static final int VALIDITY_ENHANCED = 0x08;
    static final int VALIDITY_ABSOLUTE = 0x18;
    /** TP-SRI (deliver), TP-SRR (submit), TP-SRQ (status report): all bit 5. */
    static final int STATUS_REPORT = 0x20;
    /** TP-UDHI. */
    static final int USER_DATA_HEADER = 0x40;
    /** TP-RP. */
    static final int REPLY_PATH = 0x80;

    private FirstOctet() {
    }

    static boolean isSet(int firstOctet, int bit) {
        return (firstOctet & bit) != 0;
    }
}

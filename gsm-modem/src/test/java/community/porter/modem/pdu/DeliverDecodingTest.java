package community.porter.modem.pdu;

import static community.porter.modem.pdu.PublishedVectors.CHINESE_CMT;
import static community.porter.modem.pdu.PublishedVectors.CHINESE_CMT_LENGTH;
import static community.porter.modem.pdu.PublishedVectors.DREAMFABRIC_DELIVER;
import static community.porter.modem.pdu.PublishedVectors.ETISALAT_CMGL;
import static community.porter.modem.pdu.PublishedVectors.ETISALAT_CMGL_LENGTH;
import static community.porter.modem.pdu.PublishedVectors.ETISALAT_TEXT;
import static community.porter.modem.pdu.PublishedVectors.NOKIA_FORUM_UCS2_DELIVER;
import static org.assertj.core.api.Assertions.assertThat;

import community.porter.sms.codec.Alphabet;
import community.porter.sms.codec.ConcatInfo;
import community.porter.sms.codec.ConcatenationBuffer;
import community.porter.sms.codec.GsmAlphabet;
import community.porter.sms.codec.InformationElement;
import community.porter.sms.codec.Reassembled;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeliverDecodingTest {

    @Test
    void dreamfabricHelloHelloIsReadAsItsSourceExplainsIt() {
        SmsDeliver deliver = (SmsDeliver) PduDecoder.decode(DREAMFABRIC_DELIVER);

        assertThat(deliver.serviceCentre()).contains(Address.international("27381000015"));
        assertThat(deliver.originator()).isEqualTo(new Address(TypeOfNumber.SUBSCRIBER, 8, "27838890001"));
        assertThat(deliver.protocolIdentifier()).isZero();
        assertThat(deliver.dataCoding()).isEqualTo(DataCodingScheme.GSM7);
        assertThat(deliver.serviceCentreTimestamp()).isEqualTo(OffsetDateTime.parse("1999-03-29T15:16:59+02:00"));
        assertThat(deliver.userData().text()).contains("hellohello");
        assertThat(deliver.moreMessagesToSend()).isFalse();
        assertThat(deliver.statusReportIndication()).isFalse();
        assertThat(deliver.replyPath()).isFalse();
    }

    @Test
    void lowerCaseCmtWithChineseUcs2TextAndItsLengthChecked() {
        SmsDeliver deliver = (SmsDeliver) PduDecoder.decode(CHINESE_CMT, CHINESE_CMT_LENGTH);

        assertThat(deliver.serviceCentre()).contains(Address.international("8613800220500"));
        assertThat(deliver.originator().displayValue()).isEqualTo("+8613752141860");
        assertThat(deliver.dataCoding().alphabet()).isEqualTo(Alphabet.UCS2);
        assertThat(deliver.serviceCentreTimestamp()).isEqualTo(OffsetDateTime.parse("2006-08-30T13:22:00Z"));
        assertThat(deliver.userData().text()).contains("你好");
        // First octet 24: no more messages waiting, and the sender asked for a status report.
        assertThat(deliver.moreMessagesToSend()).isFalse();
        assertThat(deliver.statusReportIndication()).isTrue();
    }

    @Test
    void ucs2ArabicFromTheNokiaForum() {
        SmsDeliver deliver = (SmsDeliver) PduDecoder.decode(NOKIA_FORUM_UCS2_DELIVER);

        assertThat(deliver.serviceCentre()).contains(Address.international("20105996500"));
        assertThat(deliver.originator()).isEqualTo(Address.international("20101014063"));
        assertThat(deliver.serviceCentreTimestamp()).isEqualTo(OffsetDateTime.parse("2002-12-19T03:25:51+02:00"));
        assertThat(deliver.userData().text()).contains("\u0628\u062A");
    }

    @Test
    void alphanumericSenderWithAConcatenatedUcs2Part() {
        SmsDeliver deliver = (SmsDeliver) PduDecoder.decode(ETISALAT_CMGL, ETISALAT_CMGL_LENGTH);

        assertThat(deliver.originator()).isEqualTo(Address.alphanumeric("etisalat"));
        assertThat(deliver.originator().displayValue()).isEqualTo("etisalat");
        assertThat(deliver.protocolIdentifier()).isEqualTo(0x34);
        assertThat(deliver.serviceCentreTimestamp()).isEqualTo(OffsetDateTime.parse("2016-10-29T10:36:09Z"));
        assertThat(deliver.userData().concat()).contains(new ConcatInfo(0x65, 3, 1, false));
        assertThat(deliver.userData().text()).contains(ETISALAT_TEXT);
    }

    @Test
    void flashMessageWithAWesternTimeZoneAndNoSmscAddress() {
        // Built by hand per TS 23.040 §9.2.2.1: SMSC 00, from +12345678901, TP-DCS F0 (GSM 7-bit,
        // class 0), the Wikipedia "GSM 03.40" time stamp 31 30 52 32 10 65 8A (GMT-7), "Hello".
        String pdu = "00" + "04" + "0B912143658709F1" + "00" + "F0" + "3130523210658A" + "05" + "C8329BFD06";
        SmsDeliver deliver = (SmsDeliver) PduDecoder.decode(pdu, 24);

        assertThat(deliver.serviceCentre()).isEmpty();
        assertThat(deliver.dataCoding().messageClass()).contains(MessageClass.CLASS_0);
        assertThat(deliver.serviceCentreTimestamp().getOffset()).isEqualTo(ZoneOffset.ofHours(-7));
        assertThat(deliver.serviceCentreTimestamp().toInstant()).isEqualTo(Instant.parse("2013-03-26T06:01:56Z"));
        assertThat(deliver.userData().text()).contains("Hello");
    }

    @ParameterizedTest(name = "{0} encodes back to itself")
    @ValueSource(strings = {DREAMFABRIC_DELIVER, CHINESE_CMT, NOKIA_FORUM_UCS2_DELIVER, ETISALAT_CMGL})
    void publishedDeliversEncodeBackToTheSameOctets(String pdu) {
        EncodedPdu encoded = PduEncoder.encode(PduDecoder.decode(pdu));

        assertThat(encoded.hex()).isEqualToIgnoringCase(pdu);
    }

    @Test
    void partsDecodedFromPdusReassembleInTheConcatenationBuffer() {
        Address sender = Address.international("8613752141860");
        List<String> pdus = List.of(deliverPart(sender, 2, "Door code: "), deliverPart(sender, 1, "KM 3-502 "),
                deliverPart(sender, 3, "1234"));
        ConcatenationBuffer buffer = new ConcatenationBuffer(Clock.systemUTC(), Duration.ofMinutes(5));

        Optional<Reassembled> whole = Optional.empty();
        for (String pdu : pdus) {
            SmsDeliver part = (SmsDeliver) PduDecoder.decode(pdu);
            whole = buffer.add(part.originator().displayValue(), part.userData().concat().orElseThrow(),
                    part.userData().text().orElseThrow());
        }

        assertThat(whole).map(Reassembled::text).contains("KM 3-502 Door code: 1234");
    }

    private static String deliverPart(Address sender, int sequence, String text) {
        UserData userData = new UserData(
                List.of(new InformationElement(0x00, new byte[] {0x2A, 3, (byte) sequence})),
                Alphabet.GSM7, GsmAlphabet.encode(text));
        SmsDeliver deliver = new SmsDeliver(Optional.of(Address.international("8613800220500")), sender,
                false, false, false, 0, DataCodingScheme.GSM7,
                OffsetDateTime.parse("2026-01-15T10:00:00+08:00"), userData);
        return PduEncoder.encode(deliver).hex();
    }
}
